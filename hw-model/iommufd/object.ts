// The base of every iommufd object: its ID in the context's table and its `users` refcount (struct iommufd_object).
import type { Context } from './context.ts';

export type ObjectType =
  | 'DEVICE'
  | 'IOAS'
  | 'HWPT_PAGING'
  | 'HWPT_NESTED'
  | 'FAULT'
  | 'VIOMMU'
  | 'VDEVICE'
  | 'VEVENTQ'
  | 'HW_QUEUE'
  | 'ACCESS';

export abstract class IommufdObject {
  abstract readonly type: ObjectType;
  /**
   * iommufd_object_remove: starts at 1, the object table's own reference; every long-lived referrer adds one.
   * IOMMU_DESTROY succeeds only at 1.
   */
  users = 1;

  constructor(
    readonly context: Context,
    readonly id: number,
  ) {}

  /** A referrer (attachment, child HWPT, ...) starts holding this object. */
  addUser(): void {
    this.users++;
  }

  dropUser(): void {
    if (this.users <= 1) throw new Error(`iommufd object ${this.id} dropped below its table reference`);
    this.users--;
  }

  /** Called once when the object leaves the table: release what it holds on others. */
  abstract teardown(): void;
}
