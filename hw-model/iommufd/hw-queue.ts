// IOMMUFD_OBJ_HW_QUEUE (iommufd_hw_queue_alloc_ioctl, 6.17): a guest queue (a command queue the hardware reads
// straight from guest memory) living in the vIOMMU's nest-parent IOAS. The core checks the arguments, pins the
// queue's pages through an internal access (iommufd_hw_queue_alloc_phys) so they cannot be unmapped while the
// queue lives, and hands the physical base to the driver's hw_queue_init_phys, which owns the index rules.
import type { HwQueueState } from '../drivers/ops.ts';
import { fail } from '../errors.ts';
import { alignDown, PAGE_SIZE, toHex, ULONG_MAX } from '../u64.ts';
import type { Context } from './context.ts';
import type { IopArea } from './io-pagetable.ts';
import { IommufdObject } from './object.ts';
import type { Viommu } from './viommu.ts';

/** enum iommu_hw_queue_type (IOMMU_HW_QUEUE_TYPE_SELFTEST is 0xdeadbeef). DEFAULT is never allocatable. */
export type HwQueueType = 'DEFAULT' | 'TEGRA241_CMDQV' | 'SELFTEST';
export const HW_QUEUE_TYPE_CODES: Readonly<Record<HwQueueType, number>> = {
  DEFAULT: 0,
  TEGRA241_CMDQV: 1,
  SELFTEST: 0xdeadbeef,
};

export interface HwQueueAllocArgs {
  flags?: number;
  type: HwQueueType;
  index: number;
  /** nesting_parent_iova: the queue's base in the vIOMMU's stage-2 (guest physical) space. */
  nestingParentIova: bigint;
  length: bigint;
}

export class HwQueue extends IommufdObject {
  readonly type = 'HW_QUEUE' as const;

  constructor(
    context: Context,
    id: number,
    readonly viommu: Viommu,
    readonly queueType: HwQueueType,
    readonly index: number,
    readonly nestingParentIova: bigint,
    readonly length: bigint,
    /** The host physical address the driver was given (base_addr_pa). */
    readonly basePhys: bigint,
    /** The areas the internal access locks (iopt_area num_locks): UNMAP of them is EBUSY. */
    private readonly lockedAreas: readonly IopArea[],
    /** What the driver keeps for the queue, released on destroy. */
    private readonly driverState: HwQueueState,
  ) {
    super(context, id);
  }

  teardown(): void {
    this.driverState.destroy();
    for (const area of this.lockedAreas) area.numLocks--;
    this.viommu.hwQueues.delete(this);
    this.viommu.dropUser();
  }
}

/**
 * iommufd_hw_queue_alloc_phys's pinning through an internal access: the page-rounded range must be mapped
 * (ENOENT) and its host pages one physically contiguous run (EFAULT), as the driver gets a single base address.
 * Returns the areas to lock and the physical address of the queue's first byte.
 */
function pinQueuePages(
  ctx: Context,
  viommu: Viommu,
  iova: bigint,
  length: bigint,
): { areas: IopArea[]; basePhys: bigint } {
  const first = alignDown(iova, PAGE_SIZE);
  const pages = (iova - first + length + PAGE_SIZE - 1n) / PAGE_SIZE;
  const last = first + pages * PAGE_SIZE - 1n;
  if (last > ULONG_MAX) fail('ERANGE', 'the page-rounded queue range overflows', 'nestingParentIova');
  const iopt = viommu.parent.ioas.iopt;
  const areas: IopArea[] = [];
  let firstPhys = 0n;
  for (let cursor = first; ; ) {
    const area = iopt.areaContaining(cursor);
    if (!area)
      fail('ENOENT', `${toHex(cursor)} is not mapped in the nest parent's IOAS`, 'nestingParentIova');
    const chunkLast = area.last < last ? area.last : last;
    const phys = ctx.memory.contiguousPhysical(area.userVa + (cursor - area.iova), chunkLast - cursor + 1n);
    if (areas.length === 0 && phys !== undefined) firstPhys = phys;
    if (phys === undefined || phys !== firstPhys + (cursor - first)) {
      fail('EFAULT', 'the queue memory is not physically contiguous', 'nestingParentIova');
    }
    areas.push(area);
    if (chunkLast === last) break;
    cursor = chunkLast + 1n;
  }
  return { areas, basePhys: firstPhys + (iova - first) };
}

/** IOMMU_HW_QUEUE_ALLOC (iommufd_hw_queue_alloc_ioctl), checks in kernel order. */
export function hwQueueAlloc(ctx: Context, viommuId: number, args: HwQueueAllocArgs): HwQueue {
  if ((args.flags ?? 0) !== 0) fail('EOPNOTSUPP', `flags ${args.flags} are not supported`, 'flags');
  if (args.type === 'DEFAULT') fail('EOPNOTSUPP', 'IOMMU_HW_QUEUE_TYPE_DEFAULT is not a queue type', 'type');
  if (!Number.isInteger(args.index) || args.index < 0 || args.index > 0xffffffff) {
    fail('EINVAL', `index ${args.index} is not a u32`, 'index');
  }
  const { nestingParentIova: iova, length } = args;
  if (length <= 0n) fail('EINVAL', 'length is 0', 'length');
  if (iova < 0n || iova + length - 1n > ULONG_MAX) {
    fail('EOVERFLOW', 'nestingParentIova + length overflows', 'nestingParentIova');
  }
  const viommu = ctx.lookup(viommuId, 'VIOMMU', 'viommuId');
  const ops = viommu.ops.hwQueue;
  if (!ops || ops.type !== args.type) {
    fail('EOPNOTSUPP', `the ${viommu.viommuType} vIOMMU has no ${args.type} HW queues`, 'type');
  }
  const { areas, basePhys } = pinQueuePages(ctx, viommu, iova, length);
  return ctx.createObject((id) => {
    // hw_queue_init_phys: the driver's own rules (index order, size, alignment) come after the pinning.
    const driverState = ops.initPhys(viommu, { index: args.index, iova, length, basePhys });
    const queue = new HwQueue(
      ctx,
      id,
      viommu,
      args.type,
      args.index,
      iova,
      length,
      basePhys,
      areas,
      driverState,
    );
    for (const area of areas) area.numLocks++;
    viommu.hwQueues.add(queue);
    viommu.addUser();
    return queue;
  });
}
