// Emulated process memory behind one context: user VAs get host physical frames in contiguous extents,
// and pinning is counted against a memlock limit the way the kernel accounts pinned pages (iopt_pages, io_pagetable.h).

import { fail } from '../errors.ts';
import type { Host } from '../host/host.ts';
import { alignDown, alignUp, PAGE_SIZE, toHex } from '../u64.ts';
import { type BTree, numericTree } from './btree.ts';
import { type PinSpan, PinUsers } from './pin-users.ts';

/** The canonical x86-64 user range that is backed; page 0 and kernel addresses are not (EFAULT). */
export const USER_VA_FIRST = 0x1000n;
export const USER_VA_LAST = 0x0000_7fff_ffff_ffffn;
export const DEFAULT_MEMLOCK_LIMIT = 64n << 30n;

interface Extent {
  userVa: bigint;
  length: bigint;
  physical: bigint;
}

/** Where an iopt_pages' frames come from: process memory (IOPT_ADDRESS_USER) or a file (IOPT_ADDRESS_FILE). */
export interface PageSource {
  readonly kind: 'USER' | 'FILE' | 'DMABUF';
  /** Whether every byte of [first, last] can be pinned. */
  isBacked(first: bigint, last: bigint): boolean;
  /** The errno pinning an unbacked page gives: EFAULT from GUP, EINVAL from memfd_pin_folios past EOF. */
  readonly unbackedErrno: 'EFAULT' | 'EINVAL';
  physicalAddress(address: bigint): bigint | undefined;
  contiguousPhysical(address: bigint, length: bigint): bigint | undefined;
  faultIn(first: bigint, end: bigint): void;
}

export class ProcessMemory implements PageSource {
  readonly kind = 'USER' as const;
  readonly unbackedErrno = 'EFAULT' as const;
  /** Bumped by IOMMU_IOAS_CHANGE_PROCESS: the process whose mm the pins are charged to now. */
  process = 1;
  /** Pages pinned by this context's IOASes, each iopt_pages counted once (iopt_pages `npinned`). */
  pinnedPages = 0n;
  private extents: BTree<bigint, Extent> = numericTree();

  constructor(
    readonly host: Host,
    /** RLIMIT_MEMLOCK in bytes. */
    public memlockLimit: bigint = DEFAULT_MEMLOCK_LIMIT,
  ) {}

  /** Whether every byte of [first, last] is in the backed user range. */
  isBacked(first: bigint, last: bigint): boolean {
    return first >= USER_VA_FIRST && last <= USER_VA_LAST && first <= last;
  }

  /** The host physical address behind `userVa`, once its page has been pinned. */
  physicalAddress(userVa: bigint): bigint | undefined {
    const extent = this.extentOf(userVa);
    return extent && extent.physical + (userVa - extent.userVa);
  }

  /** The physical address of `userVa` when [userVa, userVa+length) is one physically contiguous run. */
  contiguousPhysical(userVa: bigint, length: bigint): bigint | undefined {
    const extent = this.extentOf(userVa);
    if (!extent || userVa + length > extent.userVa + extent.length) return undefined;
    return extent.physical + (userVa - extent.userVa);
  }

  /** Give frames to the pages of [first, end) that have none yet; existing pages keep theirs. */
  faultIn(first: bigint, end: bigint): void {
    let cursor = first;
    const previous = this.extents.getPairOrNextLower(first);
    if (previous && previous[1].userVa + previous[1].length > cursor) {
      cursor = previous[1].userVa + previous[1].length;
    }
    while (cursor < end) {
      const next = this.extents.getPairOrNextHigher(cursor);
      const gapEnd = next && next[0] < end ? next[0] : end;
      if (gapEnd > cursor) {
        const length = gapEnd - cursor;
        this.extents.set(cursor, {
          userVa: cursor,
          length,
          physical: this.host.ram.allocate(cursor, length),
        });
      }
      if (!next || next[0] >= end) break;
      cursor = next[1].userVa + next[1].length;
    }
  }

  /**
   * The context now belongs to a new process (iommufd_ioas_change_process): the old address space is gone,
   * the pinned-page count moves with the (file-backed) pages.
   */
  moveToNewProcess(memlockLimit: bigint): void {
    this.extents = numericTree();
    this.memlockLimit = memlockLimit;
    this.process += 1;
  }

  private extentOf(userVa: bigint): Extent | undefined {
    const pair = this.extents.getPairOrNextLower(userVa);
    if (!pair) return undefined;
    const extent = pair[1];
    return userVa < extent.userVa + extent.length ? extent : undefined;
  }
}

/** Page-aligned user VA span [first, end) covering the bytes [userVa, userVa + length). */
export function pageSpan(userVa: bigint, length: bigint): { first: bigint; end: bigint } {
  return { first: alignDown(userVa, PAGE_SIZE), end: alignUp(userVa + length, PAGE_SIZE) };
}

/**
 * iopt_pages: the user memory one IOAS_MAP named. COPY shares it, so pages pinned for the source are
 * not pinned (or counted) again for the copy.
 */
export class IoPages {
  /** Page spans pinned on behalf of each user (an area that sits in a domain-bearing IOAS). */
  readonly pinUsers = new PinUsers();
  /** Pages of the union of pinUsers' spans. */
  pinnedPages = 0n;

  constructor(
    /** The frames' source; `userVa` is a file offset when it is a file. */
    readonly memory: PageSource,
    readonly userVa: bigint,
    readonly length: bigint,
    /** Mapped with WRITEABLE: a COPY asking for write access from read-only pages is EPERM (iopt_map_user_pages). */
    readonly writable: boolean,
  ) {}

  /** The page span of all of this user memory. */
  wholeSpan(): PinSpan {
    return pageSpan(this.userVa, this.length);
  }
}

function unionPages(spans: Iterable<{ first: bigint; end: bigint }>): bigint {
  const sorted = [...spans].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  let total = 0n;
  let coveredTo = -1n;
  for (const span of sorted) {
    const from = span.first > coveredTo ? span.first : coveredTo;
    if (span.end > from) {
      total += span.end - from;
      coveredTo = span.end;
    }
  }
  return total / PAGE_SIZE;
}

/**
 * A set of pin/unpin changes checked as a whole before any is applied, so a failed MAP, COPY or
 * domain join pins nothing (iopt_map_user_pages: EFAULT for unbacked memory, ENOMEM over the memlock limit).
 */
export class PinPlan {
  private readonly changes = new Map<IoPages, Map<object, { first: bigint; end: bigint } | null>>();
  private readonly newPinned = new Map<IoPages, bigint>();

  constructor(private readonly memory: ProcessMemory) {}

  pin(pages: IoPages, user: object, userVa: bigint, length: bigint): void {
    this.changesOf(pages).set(user, pageSpan(userVa, length));
  }

  unpin(pages: IoPages, user: object): void {
    if (pages.pinUsers.has(user) || this.changes.get(pages)?.has(user)) this.changesOf(pages).set(user, null);
  }

  /** Throws EFAULT or ENOMEM; changes nothing. */
  check(): void {
    let delta = 0n;
    for (const [pages, changes] of this.changes) {
      for (const span of changes.values()) {
        if (span && !pages.memory.isBacked(span.first, span.end - 1n)) {
          const what = pages.memory.kind === 'USER' ? 'user memory' : 'file range';
          const field = pages.memory.kind === 'USER' ? 'userVa' : 'start';
          fail(
            pages.memory.unbackedErrno,
            `${what} ${toHex(span.first)}..${toHex(span.end - 1n)} is not backed`,
            field,
          );
        }
      }
      const spans = new Map(pages.pinUsers.entries(pages.wholeSpan()));
      for (const [user, span] of changes) {
        if (span) spans.set(user, span);
        else spans.delete(user);
      }
      // A dmabuf's pages are its exporter's (MMIO): mapped, never pinned or charged.
      const pinned = pages.memory.kind === 'DMABUF' ? 0n : unionPages(spans.values());
      this.newPinned.set(pages, pinned);
      delta += pinned - pages.pinnedPages;
    }
    const limitPages = this.memory.memlockLimit / PAGE_SIZE;
    if (delta > 0n && this.memory.pinnedPages + delta > limitPages) {
      fail(
        'ENOMEM',
        `pinning ${delta} more pages exceeds the memlock limit of ${limitPages} pages`,
        'length',
      );
    }
  }

  /** Applies a checked plan. */
  commit(): void {
    if (this.newPinned.size !== this.changes.size) this.check();
    for (const [pages, changes] of this.changes) {
      for (const [user, span] of changes) {
        if (span) {
          pages.pinUsers.set(user, span, pages.wholeSpan());
          pages.memory.faultIn(span.first, span.end);
        } else {
          pages.pinUsers.delete(user);
        }
      }
      const pinned = this.newPinned.get(pages)!;
      this.memory.pinnedPages += pinned - pages.pinnedPages;
      pages.pinnedPages = pinned;
    }
  }

  private changesOf(pages: IoPages) {
    let changes = this.changes.get(pages);
    if (!changes) {
      changes = new Map();
      this.changes.set(pages, changes);
    }
    return changes;
  }
}
