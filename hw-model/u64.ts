// 64-bit address arithmetic. Addresses are bigint everywhere inside the model.
export const U64_MAX = (1n << 64n) - 1n;
/** The kernel's ULONG_MAX on a 64-bit host. */
export const ULONG_MAX = U64_MAX;
export const PAGE_SIZE = 4096n;

export function toHex(value: bigint | number): string {
  return `0x${value.toString(16)}`;
}

export function isPowerOfTwo(value: bigint): boolean {
  return value > 0n && (value & (value - 1n)) === 0n;
}

export function alignUp(value: bigint, alignment: bigint): bigint {
  return ((value + alignment - 1n) / alignment) * alignment;
}

export function alignDown(value: bigint, alignment: bigint): bigint {
  return (value / alignment) * alignment;
}

/** Index of the lowest set bit (value must be non-zero). */
export function lowestSetBit(value: bigint): number {
  let bit = 0;
  while (((value >> BigInt(bit)) & 1n) === 0n) bit++;
  return bit;
}

/** floor(log2(value)) for value > 0. */
export function log2Floor(value: bigint): number {
  return value.toString(2).length - 1;
}

export function roundUpPowerOfTwo(value: bigint): bigint {
  if (value <= 1n) return 1n;
  return 1n << BigInt((value - 1n).toString(2).length);
}
