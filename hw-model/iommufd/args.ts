// Checks on numbers crossing into the model: a u64 field cannot hold a negative or 65-bit value.
import { fail } from '../errors.ts';
import { U64_MAX } from '../u64.ts';

/** A u64 ioctl field. The kernel never sees such values; the model refuses them the same way every time. */
export function checkU64(value: bigint, field: string): void {
  if (typeof value !== 'bigint') fail('EINVAL', `${field} must be a 64-bit unsigned integer`, field);
  if (value < 0n) fail('EINVAL', `${field} is negative`, field);
  if (value > U64_MAX) fail('EOVERFLOW', `${field} does not fit in 64 bits`, field);
}
