// Checks on numbers crossing into the model: a u64 field cannot hold a negative or 65-bit value.
import { fail } from '../errors.ts';
import { U64_MAX } from '../u64.ts';

/** A u64 ioctl field. The kernel never sees such values; the model refuses them the same way every time. */
export function checkU64(value: bigint, field: string): void {
  if (typeof value !== 'bigint') fail('EINVAL', `${field} must be a 64-bit unsigned integer`, field);
  if (value < 0n) fail('EINVAL', `${field} is negative`, field);
  if (value > U64_MAX) fail('EOVERFLOW', `${field} does not fit in 64 bits`, field);
}

/** A u64 word of driver data: anything else is a struct the kernel could not have copied (EINVAL). */
export function checkWord(value: unknown, field: string): bigint {
  if (typeof value !== 'bigint' || value < 0n || value > U64_MAX) {
    fail('EINVAL', `${field} is not a 64-bit word`, field);
  }
  return value;
}

/** A __u32 field of driver data (EINVAL otherwise). */
export function checkU32(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    fail('EINVAL', `${field} is not a 32-bit unsigned value`, field);
  }
  return value;
}
