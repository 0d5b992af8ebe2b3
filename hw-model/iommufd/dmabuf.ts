// A dmabuf as iommufd imports it for IOMMU_IOAS_MAP_FILE (Linux 6.19, pages.c): one physically contiguous range
// (MMIO for peer-to-peer) that its exporter may revoke. Its pages are not pinned memory, so no memlock is charged;
// while revoked nothing maps it and DMA to it faults (iopt_revoke_notify).
import { PAGE_SIZE } from '../u64.ts';
import type { PageSource } from './memory.ts';

export class Dmabuf implements PageSource {
  readonly kind = 'DMABUF' as const;
  readonly unbackedErrno = 'EINVAL' as const;
  revoked = false;

  constructor(
    readonly fd: number,
    readonly size: bigint,
    /** Physical address of its first byte. */
    readonly physical: bigint,
  ) {}

  isBacked(first: bigint, last: bigint): boolean {
    return first <= last && last < this.size + PAGE_SIZE - 1n;
  }

  physicalAddress(offset: bigint): bigint | undefined {
    return this.revoked || offset >= this.size ? undefined : this.physical + offset;
  }

  contiguousPhysical(offset: bigint, length: bigint): bigint | undefined {
    return this.revoked || offset + length > this.size ? undefined : this.physical + offset;
  }

  /** MMIO needs no frames. */
  faultIn(): void {}
}
