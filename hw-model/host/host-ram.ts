// A host's RAM as processes get it: the next free physical address, so every context of a host gets
// distinct frames and two hosts never share an allocator.
import { alignUp, PAGE_SIZE } from '../u64.ts';

const GIB = 1n << 30n;
/** Where emulated host RAM handed to processes begins (below it: firmware, MMIO, the kernel). */
export const HOST_RAM_BASE = 4n * GIB;

export class HostRam {
  private next = HOST_RAM_BASE;

  /**
   * Physical frames for [userVa, userVa + length): physical ≡ user VA modulo a power of two up to 1 GiB
   * (as THP/hugetlb backing would), so large mappings can use large IOPTEs.
   */
  allocate(userVa: bigint, length: bigint): bigint {
    let alignment = PAGE_SIZE;
    while (alignment < GIB && alignment * 2n <= length) alignment *= 2n;
    const physical = alignUp(this.next, alignment) + (userVa % alignment);
    this.next = physical + length;
    return physical;
  }
}
