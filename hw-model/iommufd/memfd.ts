// A memfd as iommufd sees it through IOMMU_IOAS_MAP_FILE: a shmem file of some size whose pages are pinned
// with memfd_pin_folios. It is an fd of the context's process, numbered like an fd (lowest free from 3).
import type { Host } from '../host/host.ts';
import { alignUp, PAGE_SIZE } from '../u64.ts';
import { type PageSource, ProcessMemory } from './memory.ts';

export class Memfd implements PageSource {
  readonly kind = 'FILE' as const;
  /** memfd_pin_folios refuses pages at or past EOF (shmem_get_folio: -EINVAL). */
  readonly unbackedErrno = 'EINVAL' as const;
  /** The shmem pages, addressed by file offset; frames are given on first pin. */
  private readonly frames: ProcessMemory;

  constructor(
    host: Host,
    readonly fd: number,
    /** Bytes (ftruncate at creation). */
    readonly size: bigint,
    /** F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL added: the size can no longer change. iommufd does not check seals. */
    readonly sealed: boolean,
  ) {
    this.frames = new ProcessMemory(host);
  }

  isBacked(first: bigint, last: bigint): boolean {
    return first <= last && last < alignUp(this.size, PAGE_SIZE);
  }

  physicalAddress(offset: bigint): bigint | undefined {
    return this.frames.physicalAddress(offset);
  }

  contiguousPhysical(offset: bigint, length: bigint): bigint | undefined {
    return this.frames.contiguousPhysical(offset, length);
  }

  faultIn(first: bigint, end: bigint): void {
    this.frames.faultIn(first, end);
  }
}
