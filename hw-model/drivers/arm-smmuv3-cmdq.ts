// SMMUv3 command-queue entries a guest sends through IOMMU_HWPT_INVALIDATE on a vIOMMU
// (IOMMU_VIOMMU_INVALIDATE_DATA_ARM_SMMUV3, one 128-bit command per entry). Linux forwards TLBI_NH_*,
// TLBI_NSNH_ALL (turned into NH_ALL), ATC_INV and CFGI_CD/CD_ALL, rewriting the vSID in the latter
// three through the vDEVICE table; every other opcode, and a vSID with no vDEVICE, is EIO
// (arm_vsmmu_convert_user_cmd, arm_vsmmu_vsid_to_sid). CFGI_STE is not forwarded: a VMM changes a
// nested STE by allocating a nested HWPT and replacing the attachment.
import { fail } from '../errors.ts';
import { toHex, U64_MAX } from '../u64.ts';

export const CMDQ_OP_CFGI_STE = 0x03;
export const CMDQ_OP_CFGI_ALL = 0x04;
export const CMDQ_OP_CFGI_CD = 0x05;
export const CMDQ_OP_CFGI_CD_ALL = 0x06;
export const CMDQ_OP_TLBI_NH_ALL = 0x10;
export const CMDQ_OP_TLBI_NH_ASID = 0x11;
export const CMDQ_OP_TLBI_NH_VA = 0x12;
export const CMDQ_OP_TLBI_NH_VAA = 0x13;
export const CMDQ_OP_TLBI_NSNH_ALL = 0x30;
export const CMDQ_OP_ATC_INV = 0x40;
export const CMDQ_OP_CMD_SYNC = 0x46;

/** A decoded command the model can carry out. */
export type Smmuv3Command =
  | { op: 'TLBI_ALL' }
  | { op: 'TLBI_ASID'; asid: number }
  | { op: 'TLBI_VA'; asid: number | null; start: bigint; last: bigint }
  | { op: 'CFGI_CD'; vsid: bigint; ssid: number }
  | { op: 'CFGI_CD_ALL'; vsid: bigint }
  | { op: 'ATC_INV'; vsid: bigint; ssid: number | null; start: bigint; last: bigint };

const bits = (word: bigint, high: number, low: number): bigint =>
  (word >> BigInt(low)) & ((1n << BigInt(high - low + 1)) - 1n);

/** The range a TLBI_NH_VA/VAA covers: one 4K page, or (TG set, range invalidation) (NUM+1) << SCALE granules. */
function tlbiRange(word0: bigint, word1: bigint): { start: bigint; last: bigint } {
  const address = word1 & ~0xfffn;
  const tg = Number(bits(word1, 11, 10));
  if (tg === 0) return { start: address, last: address + 0xfffn };
  const granule = [0n, 4096n, 16384n, 65536n][tg]!;
  const count = (bits(word0, 16, 12) + 1n) << bits(word0, 24, 20);
  const last = address + count * granule - 1n;
  return { start: address, last: last > U64_MAX ? U64_MAX : last };
}

/** ATC_INV: 2^SIZE pages of 4 KiB, aligned to their size; SIZE 52 or more is everything. */
function atcRange(word1: bigint): { start: bigint; last: bigint } {
  const size = bits(word1, 5, 0);
  if (size >= 52n) return { start: 0n, last: U64_MAX };
  const span = 4096n << size;
  const start = word1 & ~0xfffn & ~(span - 1n);
  return { start, last: start + span - 1n };
}

/** Decodes one command; unsupported opcodes are EIO. The vSID still has to be resolved. */
export function decodeSmmuv3Command(cmd: readonly bigint[]): Smmuv3Command {
  if (!Array.isArray(cmd) || cmd.length !== 2) fail('EINVAL', 'an SMMUv3 command is two 64-bit words', 'cmd');
  for (const word of cmd) {
    if (typeof word !== 'bigint' || word < 0n || word > U64_MAX)
      fail('EINVAL', 'a command word is a u64', 'cmd');
  }
  const [word0, word1] = cmd as [bigint, bigint];
  const opcode = Number(word0 & 0xffn);
  const vsid = bits(word0, 63, 32);
  switch (opcode) {
    case CMDQ_OP_TLBI_NSNH_ALL:
    case CMDQ_OP_TLBI_NH_ALL:
      return { op: 'TLBI_ALL' };
    case CMDQ_OP_TLBI_NH_ASID:
      return { op: 'TLBI_ASID', asid: Number(bits(word0, 63, 48)) };
    case CMDQ_OP_TLBI_NH_VA:
      return { op: 'TLBI_VA', asid: Number(bits(word0, 63, 48)), ...tlbiRange(word0, word1) };
    case CMDQ_OP_TLBI_NH_VAA:
      return { op: 'TLBI_VA', asid: null, ...tlbiRange(word0, word1) };
    case CMDQ_OP_CFGI_CD:
      return { op: 'CFGI_CD', vsid, ssid: Number(bits(word0, 31, 12)) };
    case CMDQ_OP_CFGI_CD_ALL:
      return { op: 'CFGI_CD_ALL', vsid };
    case CMDQ_OP_ATC_INV: {
      const ssv = bits(word0, 11, 11) === 1n;
      return { op: 'ATC_INV', vsid, ssid: ssv ? Number(bits(word0, 31, 12)) : null, ...atcRange(word1) };
    }
    default:
      return fail('EIO', `SMMUv3 command opcode ${toHex(opcode)} is not forwarded to the host`, 'cmd');
  }
}
