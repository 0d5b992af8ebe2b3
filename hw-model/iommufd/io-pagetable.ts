// io_pagetable: an IOAS's areas (a B+ tree keyed by IOVA), reserved and allowed ranges, its domains,
// alignment (iopt_calculate_iova_alignment) and automatic IOVA allocation (iopt_alloc_iova).
import { fail, IommufdError } from '../errors.ts';
import { lowestSetBit, PAGE_SIZE, roundUpPowerOfTwo, toHex, ULONG_MAX } from '../u64.ts';
import { AreaIndex } from './area-index.ts';
import { type BTree, numericTree } from './btree.ts';
import { HoleTree } from './hole-tree.ts';
import {
  gapsWithin,
  type IovaRange,
  intersectsAny,
  maxOf,
  mergeRanges,
  minOf,
  rangesIntersect,
} from './iova-range.ts';
import { type IoPages, PinPlan, type ProcessMemory } from './memory.ts';

/** The kernel caps automatic IOVA alignment at HPAGE_SIZE (2 MiB with transparent huge pages). */
export const HPAGE_SIZE = 2n << 20n;

/** Numbers hold every integer below 2^53 exactly. */
const EXACT_NUMBER_LIMIT = 1n << 53n;

/** What the io_pagetable needs of a paging domain joining it. */
export interface IoptDomain {
  readonly minPageSize: bigint;
  readonly aperture: IovaRange;
}

/** Who put a reserved range there: a domain (aperture), a bound device (its regions), or null (test op). */
export type ReservationOwner = object | null;

interface Reservation extends IovaRange {
  owner: ReservationOwner;
}

/** One area: what one MAP created, or one source area's share of a COPY. */
export class IopArea {
  readonly last: bigint;
  /** area->num_locks: internal accesses (HW queues) that pin it; UNMAP of a locked area is EBUSY. */
  numLocks = 0;
  /** area->num_accesses: access pins (iommufd_access_pin_pages) holding part of it. */
  accessPins = 0;
  /** area->prevent_access: an unmap is waiting for accesses to unpin; new pins are EINVAL. */
  preventAccess = false;

  /** `iova` and `last` as numbers when `last` is below 2^53 (exact there), else NaN: the bigint path. */
  readonly iovaNumber: number;
  readonly lastNumber: number;

  constructor(
    readonly iova: bigint,
    readonly length: bigint,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly pages: IoPages,
    /** Offset of the area's first byte inside its pages. */
    readonly startByte: bigint,
  ) {
    this.last = iova + length - 1n;
    const exact = this.last < EXACT_NUMBER_LIMIT;
    this.iovaNumber = exact ? Number(iova) : Number.NaN;
    this.lastNumber = exact ? Number(this.last) : Number.NaN;
  }

  get userVa(): bigint {
    return this.pages.userVa + this.startByte;
  }

  /** area->page_offset: the area's offset inside its first user page. */
  get pageOffset(): bigint {
    return this.userVa % PAGE_SIZE;
  }

  /**
   * The physical address of the area's first byte when all of it is one physically contiguous run,
   * found once: process memory extents are never split, moved or freed (ProcessMemory.faultIn only
   * fills gaps), so the answer cannot change. Saves translate two tree descents per call.
   */
  private physicalBase: bigint | undefined;

  private contiguousBase(): bigint | undefined {
    if (this.physicalBase === undefined) {
      this.physicalBase = this.pages.memory.contiguousPhysical(this.userVa, this.length);
    }
    return this.physicalBase;
  }

  /** contiguousBase as a number when the whole physical run is below 2^53, else NaN. */
  physicalBaseNumber(): number {
    const base = this.contiguousBase();
    return base !== undefined && base + this.length <= EXACT_NUMBER_LIMIT ? Number(base) : Number.NaN;
  }

  /** The host physical address behind `iova` (inside the area), undefined until its page was faulted in. */
  physicalAddressAt(iova: bigint): bigint | undefined {
    const base = this.contiguousBase();
    if (base !== undefined) return base + (iova - this.iova);
    return this.pages.memory.physicalAddress(this.userVa + (iova - this.iova));
  }

  /** The physical address of `iova` when [iova, iova+length), inside the area, is physically contiguous. */
  contiguousPhysicalAt(iova: bigint, length: bigint): bigint | undefined {
    const base = this.contiguousBase();
    if (base !== undefined) return base + (iova - this.iova);
    return this.pages.memory.contiguousPhysical(this.userVa + (iova - this.iova), length);
  }
}

/** A run of pages to map: what iopt_get_pages hands a COPY, or the single run of a MAP. */
export interface PagesSegment {
  pages: IoPages;
  startByte: bigint;
  length: bigint;
}

/** What the io_pagetable tells before unmapping an area an access pins (iopt->access_list). */
export interface UnmapNotified {
  notifyUnmap(iova: bigint, length: bigint): void;
}

/** iopt_unmap_iova_range gives up (EDEADLOCK) when accesses still pin an area after this many notifications. */
export const UNMAP_NOTIFY_TRIES = 100;

export interface UnmapResult {
  unmapped: bigint;
  error: IommufdError | null;
}

export class IoPagetable {
  readonly domains: IoptDomain[] = [];
  /** Accesses attached to the IOAS, told before an area they pin is unmapped. */
  readonly accesses = new Set<UnmapNotified>();
  private readonly areaTree: BTree<bigint, IopArea> = numericTree();
  /** A sorted-array snapshot of areaTree for lookups (translate's hot path). */
  private readonly areaIndex = new AreaIndex<IopArea>(
    () => this.areaTree.values(),
    () => this.areaTree.size,
  );
  private readonly reservations: Reservation[] = [];
  private mergedReserved: IovaRange[] = [];
  private allowed: IovaRange[] = [];
  /** Free IOVA space: everything not in an area or a reserved range. */
  private readonly holes = new HoleTree({ start: 0n, last: ULONG_MAX });
  private disableLargePages = false;

  constructor(readonly memory: ProcessMemory) {}

  // ---- state -------------------------------------------------------------------------------------

  get areaCount(): number {
    return this.areaTree.size;
  }

  areas(): IterableIterator<IopArea> {
    return this.areaTree.values();
  }

  /** Up to `limit` areas whose IOVA is above `afterIova` (all when null), in IOVA order. */
  areasFrom(afterIova: bigint | null, limit: number): IopArea[] {
    const found: IopArea[] = [];
    if (limit <= 0) return found;
    for (const area of this.areaTree.values(afterIova === null ? undefined : afterIova + 1n)) {
      found.push(area);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** The area mapping `iova`: O(log areas). */
  areaContaining(iova: bigint): IopArea | undefined {
    const indexed = this.areaIndex.find(iova);
    if (indexed !== null) return indexed;
    const pair = this.areaTree.getPairOrNextLower(iova);
    return pair && pair[1].last >= iova ? pair[1] : undefined;
  }

  /** The lowest area meeting [first, last]. */
  firstAreaIn(first: bigint, last: bigint): IopArea | undefined {
    const containing = this.areaContaining(first);
    if (containing) return containing;
    const next = this.areaTree.getPairOrNextHigher(first);
    return next && next[0] <= last ? next[1] : undefined;
  }

  get hugePages(): boolean {
    return !this.disableLargePages;
  }

  /** iopt_calculate_iova_alignment: max(1, or PAGE_SIZE without huge pages; each domain's smallest page). */
  get iovaAlignment(): bigint {
    return this.alignmentWith(this.domains, this.disableLargePages);
  }

  get allowedIovas(): IovaRange[] {
    return this.allowed.map((range) => ({ ...range }));
  }

  /** Reserved ranges, merged. */
  get reservedRanges(): IovaRange[] {
    return this.mergedReserved.map((range) => ({ ...range }));
  }

  /** Reservations with their owners, as inserted. */
  get reservationEntries(): readonly Readonly<Reservation>[] {
    return this.reservations;
  }

  /** iommufd_ioas_iova_ranges: the holes of the reserved ranges over [0, ULONG_MAX]; the allowed list does not narrow them. */
  iovaRanges(): IovaRange[] {
    return gapsWithin(this.mergedReserved, 0n, ULONG_MAX);
  }

  // ---- map, copy, unmap ----------------------------------------------------------------------------

  /** iopt_check_iova: a FIXED_IOVA destination (iopt_map_user_pages). */
  checkIova(iova: bigint, length: bigint): void {
    if (iova % this.iovaAlignment !== 0n) {
      fail(
        'EINVAL',
        `iova ${toHex(iova)} is not a multiple of the IOAS alignment ${this.iovaAlignment}`,
        'iova',
      );
    }
    const last = iova + length - 1n;
    if (last > ULONG_MAX) fail('EOVERFLOW', 'iova + length overflows', 'iova');
    // iopt_map_user_pages: a reserved range is EINVAL here (EADDRINUSE is for reservations meeting areas).
    if (intersectsAny(this.mergedReserved, iova, last)) {
      fail('EINVAL', `${toHex(iova)}..${toHex(last)} meets a reserved IOVA range`, 'iova');
    }
    const area = this.firstAreaIn(iova, last);
    if (area)
      fail('EEXIST', `${toHex(iova)}..${toHex(last)} overlaps the area at ${toHex(area.iova)}`, 'iova');
  }

  /** iopt_alloc_iova. `addr` is the source's user address (or 0). */
  allocIova(addr: bigint, length: bigint): bigint {
    if (length === 0n || length >= ULONG_MAX / 2n) fail('EOVERFLOW', 'length too large to align', 'length');
    // Keep the alignment present in addr (the lowest set bit, __ffs64) to give huge pages a chance.
    let alignment = roundUpPowerOfTwo(length);
    if (addr !== 0n) {
      const addrAlignment = 1n << BigInt(lowestSetBit(addr));
      if (addrAlignment < alignment) alignment = addrAlignment;
    }
    if (alignment >= HPAGE_SIZE) alignment = HPAGE_SIZE;
    if (alignment < this.iovaAlignment) {
      fail(
        'EINVAL',
        `source alignment ${alignment} is below the IOAS alignment ${this.iovaAlignment}`,
        'userVa',
      );
    }
    const pageOffset = addr % PAGE_SIZE;
    // iopt_alloc_iova: IOVA 0 is never returned: the search is clipped to [PAGE_SIZE, ULONG_MAX - PAGE_SIZE].
    const bounds = { start: PAGE_SIZE, last: ULONG_MAX - PAGE_SIZE };
    // Adjacent allowed ranges form one span, as the kernel's span iterator joins them.
    const spans = this.allowed.length ? mergeRanges(this.allowed) : [bounds];
    for (const span of spans) {
      if (!rangesIntersect(span, bounds)) continue;
      const spanStart = maxOf(span.start, bounds.start);
      const spanLast = minOf(span.last, bounds.last);
      // The kernel aligns the allowed span's start first, then looks for holes from there.
      const from = fitInRange(spanStart, spanLast, length, alignment, pageOffset);
      if (from === undefined) continue;
      const found = this.firstFitHole(from, spanLast, length, alignment, pageOffset);
      if (found !== undefined) return found;
    }
    return fail('ENOSPC', `no free IOVA range of ${length} bytes`, 'length');
  }

  /**
   * iopt_map_pages: validate the destination, then insert one area per segment; pins into the domains
   * (when there are any) before anything changes, so a failure leaves the IOAS as it was.
   */
  mapPages(
    segments: readonly PagesSegment[],
    length: bigint,
    fixedIova: bigint | undefined,
    access: { readable: boolean; writable: boolean },
  ): bigint {
    const alignment = this.iovaAlignment;
    if (length === 0n || length % alignment !== 0n) {
      fail('EINVAL', `length ${length} is not a multiple of the IOAS alignment ${alignment}`, 'length');
    }
    let iova: bigint;
    if (fixedIova === undefined) {
      const first = segments[0]!;
      iova = this.allocIova(first.pages.userVa + first.startByte, length);
    } else {
      this.checkIova(fixedIova, length);
      iova = fixedIova;
    }
    const areas: IopArea[] = [];
    let cursor = iova;
    for (const segment of segments) {
      const area = new IopArea(
        cursor,
        segment.length,
        access.readable,
        access.writable,
        segment.pages,
        segment.startByte,
      );
      if (area.pageOffset % alignment !== 0n) {
        fail(
          'EINVAL',
          `user address offset ${area.pageOffset} is not a multiple of the IOAS alignment`,
          'userVa',
        );
      }
      if (access.writable && !segment.pages.writable) {
        fail('EPERM', 'writable mapping of pages that were mapped read-only', 'writable');
      }
      areas.push(area);
      cursor += segment.length;
    }
    const plan = new PinPlan(this.memory);
    // iopt_map_user_pages: pages are pinned at map time only when a domain needs them.
    if (this.domains.length) for (const area of areas) plan.pin(area.pages, area, area.userVa, area.length);
    plan.check();
    for (const area of areas) {
      this.storeArea(area);
      this.holes.markUsed(area.iova, area.last);
    }
    plan.commit();
    return iova;
  }

  /** iopt_get_pages: the pages behind [iova, iova+length), which contiguous areas must cover (iommufd_ioas_copy). */
  getPages(iova: bigint, length: bigint): PagesSegment[] {
    if (length === 0n) fail('EINVAL', 'length is 0', 'length');
    const last = iova + length - 1n;
    if (last > ULONG_MAX) fail('EOVERFLOW', 'srcIova + length overflows', 'srcIova');
    const segments: PagesSegment[] = [];
    let cursor = iova;
    let area = this.areaContaining(iova);
    for (;;) {
      if (!area) fail('ENOENT', `source ${toHex(cursor)} is not mapped`, 'srcIova');
      const segmentLast = area.last < last ? area.last : last;
      segments.push({
        pages: area.pages,
        startByte: area.startByte + (cursor - area.iova),
        length: segmentLast - cursor + 1n,
      });
      if (segmentLast === last) return segments;
      cursor = segmentLast + 1n;
      area = this.areaTree.get(cursor);
    }
  }

  /**
   * iopt_unmap_iova_range: removes the areas inside [first, last] in IOVA order. Not atomic:
   * an area sticking out stops the walk with ENOENT and what was removed before it stays removed.
   */
  unmapRange(first: bigint, last: bigint): UnmapResult {
    let unmapped = 0n;
    let tries = 0;
    for (let area = this.firstAreaIn(first, last); area; area = this.firstAreaIn(first, last)) {
      if (area.iova < first || area.last > last) {
        const error = new IommufdError(
          'ENOENT',
          `the area at ${toHex(area.iova)} is not wholly inside the range`,
          'iova',
        );
        return { unmapped, error };
      }
      if (area.numLocks > 0) {
        const error = new IommufdError('EBUSY', `the area at ${toHex(area.iova)} backs a HW queue`, 'iova');
        return { unmapped, error };
      }
      if (area.accessPins > 0) {
        // Something is not responding to unmap requests: the kernel WARNs and stops.
        if (++tries > UNMAP_NOTIFY_TRIES) {
          area.preventAccess = false;
          const error = new IommufdError(
            'EDEADLK',
            `accesses keep the area at ${toHex(area.iova)} pinned`,
            'iova',
          );
          return { unmapped, error };
        }
        area.preventAccess = true;
        for (const access of [...this.accesses]) access.notifyUnmap(area.iova, area.length);
        continue;
      }
      this.removeArea(area);
      unmapped += area.length;
    }
    if (unmapped === 0n)
      return { unmapped, error: new IommufdError('ENOENT', 'nothing is mapped there', 'iova') };
    return { unmapped, error: null };
  }

  /** Whether an internal access (a HW queue) locks any area. */
  hasLockedArea(): boolean {
    for (const area of this.areaTree.values()) if (area.numLocks > 0) return true;
    return false;
  }

  /**
   * iopt_cut_iova: make each of `iovas` the last byte of an area, splitting the area holding it in two
   * (iopt_area_split). The halves share the pages; an IOVA already at an area's end or in no area is left.
   * The new start must keep the IOAS alignment (EINVAL), as the kernel's split requires.
   */
  cutIova(iovas: readonly bigint[]): void {
    for (const iova of iovas) {
      const area = this.areaContaining(iova);
      if (!area || area.last === iova) continue;
      const headLength = iova + 1n - area.iova;
      if ((iova + 1n) % this.iovaAlignment !== 0n) {
        fail('EINVAL', `cannot split the area at ${toHex(area.iova)} off the IOAS alignment`, 'iova');
      }
      const head = new IopArea(
        area.iova,
        headLength,
        area.readable,
        area.writable,
        area.pages,
        area.startByte,
      );
      const tail = new IopArea(
        iova + 1n,
        area.length - headLength,
        area.readable,
        area.writable,
        area.pages,
        area.startByte + headLength,
      );
      const plan = new PinPlan(this.memory);
      if (area.pages.pinUsers.has(area)) {
        plan.unpin(area.pages, area);
        plan.pin(head.pages, head, head.userVa, head.length);
        plan.pin(tail.pages, tail, tail.userVa, tail.length);
      }
      plan.commit();
      this.storeArea(head);
      this.storeArea(tail);
    }
  }

  /** iopt_unmap_all: succeeds (0 bytes) on an empty IOAS; accesses are told as for any unmap. */
  unmapAll(): bigint {
    if (this.areaTree.size === 0) return 0n;
    const result = this.unmapRange(0n, ULONG_MAX);
    if (result.error) throw result.error;
    return result.unmapped;
  }

  /** Every change to areaTree goes through here or removeArea, so the lookup index never goes stale. */
  private storeArea(area: IopArea): void {
    this.areaTree.set(area.iova, area);
    this.areaIndex.invalidate();
  }

  private removeArea(area: IopArea): void {
    const plan = new PinPlan(this.memory);
    plan.unpin(area.pages, area);
    plan.commit();
    this.areaTree.delete(area.iova);
    this.areaIndex.invalidate();
    this.holes.markFree(area.iova, area.last);
  }

  // ---- reserved and allowed ranges -----------------------------------------------------------------

  /** iopt_reserve_iova for each range, all or none: EADDRINUSE if one meets an area or an allowed range. */
  reserve(ranges: readonly IovaRange[], owner: ReservationOwner): void {
    for (const range of ranges) {
      const area = this.firstAreaIn(range.start, range.last);
      if (area) {
        fail(
          'EADDRINUSE',
          `${toHex(range.start)}..${toHex(range.last)} meets the area at ${toHex(area.iova)}`,
        );
      }
      if (intersectsAny(this.allowed, range.start, range.last)) {
        fail('EADDRINUSE', `${toHex(range.start)}..${toHex(range.last)} meets an allowed IOVA range`);
      }
    }
    for (const range of ranges) {
      this.reservations.push({ start: range.start, last: range.last, owner });
      this.holes.markUsed(range.start, range.last);
    }
    this.mergedReserved = mergeRanges(this.reservations);
  }

  /** Drops every reservation `owner` made (a domain leaving, a device detaching). */
  unreserve(owner: ReservationOwner): void {
    const before = this.mergedReserved;
    const kept = this.reservations.filter((entry) => entry.owner !== owner);
    if (kept.length === this.reservations.length) return;
    this.reservations.splice(0, this.reservations.length, ...kept);
    this.mergedReserved = mergeRanges(this.reservations);
    // Reserved ranges never hold areas, so whatever no other reservation covers is free again.
    for (const range of before) {
      for (const freed of gapsWithin(this.mergedReserved, range.start, range.last)) {
        this.holes.markFree(freed.start, freed.last);
      }
    }
  }

  /** iopt_set_allow_iova: replaces the allowed list; EADDRINUSE if one meets a reserved range. */
  setAllowed(ranges: readonly IovaRange[]): void {
    for (const range of ranges) {
      if (intersectsAny(this.mergedReserved, range.start, range.last)) {
        fail(
          'EADDRINUSE',
          `allowed ${toHex(range.start)}..${toHex(range.last)} meets a reserved range`,
          'ranges',
        );
      }
    }
    this.allowed = sortRanges(ranges);
  }

  // ---- options and domains -------------------------------------------------------------------------

  /** IOMMU_OPTION_HUGE_PAGES SET (iommufd_ioas_option). */
  setHugePages(enabled: boolean): void {
    if (enabled) {
      this.disableLargePages = false;
      return;
    }
    if (this.disableLargePages) return;
    if (this.domains.length && this.areaTree.size) {
      fail('EINVAL', 'huge pages cannot be disabled while a domain holds mappings', 'enabled');
    }
    const alignment = this.alignmentWith(this.domains, true);
    if (alignment !== this.iovaAlignment) this.checkAreasAligned(alignment);
    this.disableLargePages = true;
  }

  /** iopt_table_add_domain: alignment, aperture reservations, then fill (pin) — all or nothing. */
  addDomain(domain: IoptDomain): void {
    const current = this.iovaAlignment;
    const alignment = maxOf(domain.minPageSize, current);
    if (alignment > PAGE_SIZE) {
      fail('EINVAL', `the domain's smallest page ${domain.minPageSize} is larger than PAGE_SIZE`, 'ptId');
    }
    if (alignment !== current) this.checkAreasAligned(alignment);
    const outside: IovaRange[] = [];
    if (domain.aperture.start !== 0n) outside.push({ start: 0n, last: domain.aperture.start - 1n });
    if (domain.aperture.last !== ULONG_MAX)
      outside.push({ start: domain.aperture.last + 1n, last: ULONG_MAX });
    for (const range of outside) {
      const area = this.firstAreaIn(range.start, range.last);
      if (area) fail('EADDRINUSE', `the area at ${toHex(area.iova)} is outside the domain aperture`, 'ptId');
      if (intersectsAny(this.allowed, range.start, range.last)) {
        fail('EADDRINUSE', 'an allowed IOVA range is outside the domain aperture', 'ptId');
      }
    }
    const plan = new PinPlan(this.memory);
    // The first domain pins every area; later ones reuse the pinned pages.
    if (this.domains.length === 0)
      for (const area of this.areaTree.values()) plan.pin(area.pages, area, area.userVa, area.length);
    plan.check();
    this.reserve(outside, domain);
    this.domains.push(domain);
    plan.commit();
  }

  /** A domain leaves: its aperture reservations go, and without domains nothing stays pinned. */
  removeDomain(domain: IoptDomain): void {
    const index = this.domains.indexOf(domain);
    if (index < 0) return;
    this.domains.splice(index, 1);
    this.unreserve(domain);
    if (this.domains.length === 0) {
      const plan = new PinPlan(this.memory);
      for (const area of this.areaTree.values()) plan.unpin(area.pages, area);
      plan.commit();
    }
  }

  /** The IOAS is destroyed: every area goes. */
  destroy(): void {
    this.unmapAll();
  }

  private alignmentWith(domains: readonly IoptDomain[], disableLargePages: boolean): bigint {
    let alignment = disableLargePages ? PAGE_SIZE : 1n;
    for (const domain of domains) if (domain.minPageSize > alignment) alignment = domain.minPageSize;
    return alignment;
  }

  /** iopt_check_iova_alignment: raising the alignment over a misaligned area is EADDRINUSE (iopt_calculate_iova_alignment). */
  private checkAreasAligned(alignment: bigint): void {
    for (const area of this.areaTree.values()) {
      if (area.iova % alignment || area.length % alignment || area.pageOffset % alignment) {
        fail('EADDRINUSE', `the area at ${toHex(area.iova)} is not aligned to ${alignment}`);
      }
    }
  }

  /** First fit over the holes meeting [from, last] (the double-span walk of reserved ∪ areas). */
  private firstFitHole(from: bigint, last: bigint, length: bigint, alignment: bigint, pageOffset: bigint) {
    const clip = (hole: IovaRange) => ({
      start: hole.start > from ? hole.start : from,
      last: hole.last < last ? hole.last : last,
    });
    let cursor = from;
    const containing = this.holes.containing(from);
    if (containing) {
      const hole = clip(containing);
      const fit = fitInRange(hole.start, hole.last, length, alignment, pageOffset);
      if (fit !== undefined) return fit;
      cursor = containing.last + 1n;
    }
    // Holes smaller than `length` cannot fit, whatever the alignment: skip them in O(log n).
    for (let next = this.holes.firstFitFrom(cursor, length); next && next.start <= last; ) {
      const hole = clip(next);
      const fit = fitInRange(hole.start, hole.last, length, alignment, pageOffset);
      if (fit !== undefined) return fit;
      next = this.holes.firstFitFrom(next.last + 1n, length);
    }
    return undefined;
  }
}

/** __alloc_iova_check_range: align start up, keep the page offset, and check the length still fits. */
function fitInRange(start: bigint, last: bigint, length: bigint, alignment: bigint, pageOffset: bigint) {
  let aligned = start + alignment - 1n;
  if (aligned > ULONG_MAX) return undefined;
  aligned = (aligned & ~(alignment - 1n)) | pageOffset;
  if (aligned >= last || last - aligned < length - 1n) return undefined;
  return aligned;
}

function sortRanges(ranges: readonly IovaRange[]): IovaRange[] {
  return [...ranges]
    .map((range) => ({ start: range.start, last: range.last }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
