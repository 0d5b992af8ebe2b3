// IOMMU_IOAS_MAP_FILE and IOMMU_IOAS_CHANGE_PROCESS (ioas.c, Linux 6.13+ as in 6.19): mappings whose pages
// come from a memfd rather than the process's address space, and moving their pin accounting to a new process.
import { fail } from '../errors.ts';
import { PAGE_SIZE, toHex, U64_MAX, ULONG_MAX } from '../u64.ts';
import { checkU64 } from './args.ts';
import type { Context } from './context.ts';
import { Ioas } from './ioas.ts';
import { IoPages } from './memory.ts';

/** SIZE_MAX on a 64-bit host. */
const SIZE_MAX = U64_MAX;

export interface MapFileArgs {
  /** FIXED_IOVA when given. */
  iova?: bigint | undefined;
  fd: number;
  /** File offset of the first byte. */
  start: bigint;
  length: bigint;
  readable: boolean;
  writable: boolean;
}

/** IOMMU_IOAS_MAP_FILE, checks in iommufd_ioas_map_file → iopt_map_file_pages → iopt_alloc_file_pages order. */
export function ioasMapFile(ctx: Context, ioasId: number, args: MapFileArgs): bigint {
  if (args.iova !== undefined) checkU64(args.iova, 'iova');
  checkU64(args.start, 'start');
  checkU64(args.length, 'length');
  if ((args.iova ?? 0n) >= ULONG_MAX) fail('EOVERFLOW', 'iova must be below ULONG_MAX', 'iova');
  if (args.length >= ULONG_MAX) fail('EOVERFLOW', 'length must be below ULONG_MAX', 'length');
  if (!args.readable && !args.writable) fail('EINVAL', 'a mapping must be readable or writable', 'readable');
  const ioas = ctx.lookup(ioasId, 'IOAS', 'ioasId');
  // fget(cmd->fd)
  const file = ctx.file(args.fd);
  if (!file) fail('EBADF', `fd ${args.fd} is not open`, 'fd');
  if (file.kind === 'DMABUF') {
    // iopt_alloc_dmabuf_pages: the range must lie inside the dmabuf; a revoked one cannot be mapped.
    if (args.length === 0n || args.start + args.length > file.size)
      fail('EINVAL', 'the range is empty or not inside the dmabuf', 'length');
    if (file.revoked) fail('ENODEV', 'the dmabuf is revoked', 'fd');
  }
  // iopt_alloc_file_pages: start + length - 1 must not wrap, then iopt_alloc_pages' length checks.
  if (args.length !== 0n && args.start + args.length - 1n > U64_MAX)
    fail('EOVERFLOW', 'start + length overflows', 'start');
  if (args.length === 0n || args.length > SIZE_MAX - PAGE_SIZE)
    fail('EINVAL', 'length is 0 or too large', 'length');
  const pages = new IoPages(file, args.start, args.length, args.writable);
  return ioas.iopt.mapPages([{ pages, startByte: 0n, length: args.length }], args.length, args.iova, args);
}

/**
 * IOMMU_IOAS_CHANGE_PROCESS (iommufd_ioas_change_process): charge every pinned page to the calling process.
 * Only file-backed mappings survive a process change (user VAs mean nothing in the new mm): any other area in
 * any IOAS is EINVAL; a new limit too small for what is pinned is ENOMEM; either way nothing moves.
 */
export function ioasChangeProcess(ctx: Context, memlockLimit: bigint): void {
  if (memlockLimit < 0n) fail('EINVAL', 'memlock limit is negative', 'memlockLimit');
  for (const object of ctx.objects()) {
    if (!(object instanceof Ioas)) continue;
    for (const area of object.areas()) {
      if (area.pages.memory.kind !== 'FILE') {
        fail(
          'EINVAL',
          `IOAS ${object.id} maps process memory at IOVA ${toHex(area.iova)}: only file mappings can move`,
          'contextId',
        );
      }
    }
  }
  // iopt_pages_update_pinned on the new mm: the whole charge moves or none of it does.
  if (ctx.memory.pinnedPages > memlockLimit / PAGE_SIZE) {
    fail(
      'ENOMEM',
      `${ctx.memory.pinnedPages} pinned pages exceed the new process's memlock limit`,
      'memlockLimit',
    );
  }
  ctx.memory.moveToNewProcess(memlockLimit);
}
