// One-member input unions (HwptDataInput, InvalidationRequestInput) to the model's tagged data.
import { fail } from '../hw-model/errors.ts';
import type { HwptData, InvalidationRequest } from '../hw-model/iommufd/index.ts';

interface HwptDataInput {
  vtdS1?: { pgtblAddr: bigint; addrWidth: number; flags?: number | null } | null;
  armSmmuv3?: { ste: bigint[] } | null;
  selftest?: { iotlb: number } | null;
}

interface InvalidationRequestInput {
  vtdS1?: { addr: bigint; npages: bigint; leaf?: boolean | null } | null;
  armSmmuv3?: { cmd: bigint[] } | null;
  selftest?: { flags?: number | null; id?: number | null; vdevId?: bigint | null } | null;
}

/** The one member set, or EINVAL naming the field (the ioctl's data_type/data_len pair cannot say two things). */
function oneMember<T extends object>(input: T, field: string): keyof T {
  const set = (Object.keys(input) as (keyof T)[]).filter((key) => input[key] != null);
  if (set.length !== 1) fail('EINVAL', `${field} needs exactly one member, got ${set.length}`, field);
  return set[0]!;
}

export function hwptData(input: HwptDataInput | null | undefined): HwptData | undefined {
  if (input == null) return undefined;
  const member = oneMember(input, 'data');
  if (member === 'vtdS1') {
    const v = input.vtdS1!;
    return { type: 'VTD_S1', pgtblAddr: v.pgtblAddr, addrWidth: v.addrWidth, flags: v.flags ?? 0 };
  }
  if (member === 'armSmmuv3') return { type: 'ARM_SMMUV3', ste: input.armSmmuv3!.ste };
  return { type: 'SELFTEST', iotlb: input.selftest!.iotlb };
}

/** The entries of one IOMMU_HWPT_INVALIDATE call; they share one data type, as the ioctl's data_type says. */
export function invalidationRequests(inputs: readonly InvalidationRequestInput[]): InvalidationRequest[] {
  const requests = inputs.map((input): InvalidationRequest => {
    const member = oneMember(input, 'requests');
    if (member === 'vtdS1') {
      const v = input.vtdS1!;
      return { type: 'VTD_S1', addr: v.addr, npages: v.npages, leaf: v.leaf ?? false };
    }
    if (member === 'armSmmuv3') return { type: 'ARM_SMMUV3', cmd: input.armSmmuv3!.cmd };
    const s = input.selftest!;
    return { type: 'SELFTEST', flags: s.flags ?? 0, id: s.id ?? 0, vdevId: s.vdevId ?? undefined };
  });
  if (new Set(requests.map((r) => r.type)).size > 1) {
    fail('EINVAL', 'all entries of one invalidation share one data type', 'requests');
  }
  return requests;
}
