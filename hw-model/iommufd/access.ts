// iommufd_access (device.c): an in-kernel user of an IOAS — what an mdev driver is — that pins pages by
// IOVA without a domain. Before an unmap removes an area it pins, the IOAS tells every access (ops->unmap,
// iommufd_access_notify_unmap) and the access must unpin; the selftest mock in ../selftest drives this API.
import { fail } from '../errors.ts';
import { PAGE_SIZE, toHex, U64_MAX } from '../u64.ts';
import { checkU64 } from './args.ts';
import type { Context } from './context.ts';
import type { IopArea } from './io-pagetable.ts';
import type { Ioas } from './ioas.ts';
import { PinPlan } from './memory.ts';
import { IommufdObject } from './object.ts';

/** struct iommufd_access_ops: the driver's side. */
export interface AccessOps {
  /** Called with the IOVA range about to be unmapped; the driver must unpin what it holds there. */
  unmap(access: Access, iova: bigint, length: bigint): void;
}

/** One iommufd_access_pin_pages call: the area pieces it pins (each a PinUsers user of the area's pages). */
export class AccessPin {
  constructor(
    readonly iova: bigint,
    readonly length: bigint,
    readonly pieces: { area: IopArea; user: object }[],
  ) {}

  get last(): bigint {
    return this.iova + this.length - 1n;
  }
}

export class Access extends IommufdObject {
  readonly type = 'ACCESS' as const;
  ioas: Ioas | null = null;
  readonly pins = new Set<AccessPin>();

  constructor(
    context: Context,
    id: number,
    readonly ops: AccessOps,
  ) {
    super(context, id);
  }

  /** IOMMU_DESTROY: pins must be gone (the mock unpins first); drops its user on the IOAS. */
  teardown(): void {
    for (const pin of [...this.pins]) accessUnpinPages(this, pin);
    this.detach();
  }

  attach(ioas: Ioas): void {
    ioas.addUser();
    ioas.iopt.accesses.add(this);
    this.ioas = ioas;
  }

  detach(): void {
    if (!this.ioas) return;
    this.ioas.iopt.accesses.delete(this);
    this.ioas.dropUser();
    this.ioas = null;
  }

  /** iommufd_access_notify_unmap's per-access step. */
  notifyUnmap(iova: bigint, length: bigint): void {
    this.ops.unmap(this, iova, length);
  }
}

/** iommufd_access_create + iommufd_access_attach: an ACCESS object on an IOAS (ENOENT if not one). */
export function accessCreate(ictx: Context, ioasId: number, ops: AccessOps): Access {
  ictx.assertOpen();
  const ioas = ictx.lookup(ioasId, 'IOAS', 'ioasId');
  const access = ictx.createObject((id) => new Access(ictx, id, ops));
  access.attach(ioas);
  return access;
}

/**
 * iommufd_access_replace: moves to another IOAS. EBUSY while it holds pins (the kernel WARNs and refuses,
 * as pins are against the old IOAS's areas); ENOENT if the new ID is no IOAS.
 */
export function accessReplaceIoas(access: Access, ioasId: number): void {
  const ioas = access.context.lookup(ioasId, 'IOAS', 'ioasId');
  if (access.pins.size) fail('EBUSY', `access ${access.id} still has pages pinned`, 'accessId');
  if (access.ioas === ioas) return;
  access.detach();
  access.attach(ioas);
}

/**
 * iommufd_access_pin_pages: pins [iova, iova + length) from contiguous areas. length 0 → EINVAL, overflow →
 * EOVERFLOW, no IOAS → ENOENT; per area: being unmapped (prevent_access) or a join off page boundaries →
 * EINVAL, a write pin of a read-only area → EPERM; a hole → ENOENT. Then EFAULT/ENOMEM from pinning; all or nothing.
 */
export function accessPinPages(access: Access, iova: bigint, length: bigint, write: boolean): AccessPin {
  checkU64(iova, 'iova');
  checkU64(length, 'length');
  if (length === 0n) fail('EINVAL', 'length is 0', 'length');
  const last = iova + length - 1n;
  if (last > U64_MAX) fail('EOVERFLOW', 'iova + length overflows', 'length');
  const iopt = access.ioas?.iopt ?? fail('ENOENT', `access ${access.id} has no IOAS`, 'accessId');
  const pieces: { area: IopArea; user: object }[] = [];
  const plan = new PinPlan(iopt.memory);
  let cursor = iova;
  for (let area = iopt.areaContaining(cursor); ; area = iopt.areaContaining(cursor)) {
    if (!area) fail('ENOENT', `${toHex(cursor)} is not mapped`, 'iova');
    if (area.preventAccess) fail('EINVAL', `the area at ${toHex(area.iova)} is being unmapped`, 'iova');
    const pieceLast = area.last < last ? area.last : last;
    // iopt_area_contig_is_aligned: areas may only join where both IOVA and user address are page aligned.
    if (cursor !== iova && (area.pageOffset !== 0n || area.iova % PAGE_SIZE !== 0n)) {
      fail('EINVAL', `the area at ${toHex(area.iova)} does not start on a page boundary`, 'iova');
    }
    if (pieceLast !== last && (pieceLast + 1n) % PAGE_SIZE !== 0n) {
      fail('EINVAL', `the area at ${toHex(area.iova)} does not end on a page boundary`, 'iova');
    }
    if (write && !area.writable) fail('EPERM', `the area at ${toHex(area.iova)} is read-only`, 'flags');
    const user = {};
    plan.pin(area.pages, user, area.userVa + (cursor - area.iova), pieceLast - cursor + 1n);
    pieces.push({ area, user });
    if (pieceLast === last) break;
    cursor = pieceLast + 1n;
  }
  plan.check();
  plan.commit();
  for (const piece of pieces) piece.area.accessPins++;
  const pin = new AccessPin(iova, length, pieces);
  access.pins.add(pin);
  return pin;
}

/** iommufd_access_unpin_pages. */
export function accessUnpinPages(access: Access, pin: AccessPin): void {
  if (!access.pins.delete(pin)) return;
  const plan = new PinPlan(access.context.memory);
  for (const piece of pin.pieces) {
    plan.unpin(piece.area.pages, piece.user);
    piece.area.accessPins--;
  }
  plan.commit();
}
