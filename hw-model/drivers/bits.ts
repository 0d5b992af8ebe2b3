// Register field extraction for 64-bit IOMMU registers held as bigint.

/** Bits [high:low] of a register, inclusive, as a number. */
export function field(reg: bigint, high: number, low: number): number {
  const width = BigInt(high - low + 1);
  return Number((reg >> BigInt(low)) & ((1n << width) - 1n));
}

/** One bit of a register. */
export function bit(reg: bigint, index: number): boolean {
  return ((reg >> BigInt(index)) & 1n) === 1n;
}

/** Bits [high:low] of a 32-bit register held as a number. */
export function field32(reg: number, high: number, low: number): number {
  return field(BigInt(reg >>> 0), high, low);
}

export function bit32(reg: number, index: number): boolean {
  return bit(BigInt(reg >>> 0), index);
}

export const SZ_4K = 1n << 12n;
export const SZ_16K = 1n << 14n;
export const SZ_64K = 1n << 16n;
export const SZ_2M = 1n << 21n;
export const SZ_32M = 1n << 25n;
export const SZ_512M = 1n << 29n;
export const SZ_1G = 1n << 30n;
