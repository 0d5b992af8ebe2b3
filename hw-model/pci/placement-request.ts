// Validation of a virtual-capability placement request: malformed input is EINVAL, as the
// kernel would answer a malformed ioctl, before any policy runs.
import { fail } from '../errors.ts';
import { PCI_EXT_CAP_ID } from './cap-names.ts';

export interface PlacementRequest {
  /** Extended capability ID; default 0x1b (PASID). */
  capId?: number;
  /** Bytes; default 8 (PCI_EXT_CAP_PASID_SIZEOF). */
  size?: number;
  /** An explicit offset to validate instead of choosing one. */
  offset?: number | null;
}

export interface ValidPlacementRequest {
  capId: number;
  size: number;
  offset: number | null;
}

export const DEFAULT_PLACEMENT_SIZE = 8;
/** Extended config space is 0xf00 bytes; nothing larger can fit. */
export const MAX_PLACEMENT_SIZE = 0xf00;

export function validatePlacementRequest(request: PlacementRequest = {}): ValidPlacementRequest {
  const capId = request.capId ?? PCI_EXT_CAP_ID.PASID;
  const size = request.size ?? DEFAULT_PLACEMENT_SIZE;
  const offset = request.offset ?? null;
  if (!Number.isInteger(capId) || capId < 1 || capId > 0xffff) {
    fail('EINVAL', `capId must be an extended capability ID in 1..0xffff, got ${capId}`, 'capId');
  }
  if (!Number.isInteger(size) || size < 4 || size % 4 !== 0 || size > MAX_PLACEMENT_SIZE) {
    fail('EINVAL', `size must be a multiple of 4 between 4 and 0xf00 bytes, got ${size}`, 'size');
  }
  if (offset !== null && !Number.isInteger(offset)) {
    fail('EINVAL', `offset must be an integer, got ${offset}`, 'offset');
  }
  return { capId, size, offset };
}
