// userErrors.field: the path of the input field at fault, one segment per level. The model names its
// arguments as the kernel's structs do (dev_id → devId, fault_id → faultId) and dots nested ones
// ("data.ste", "requests.0.cmd"), where the kernel has one data_type-tagged blob; the GraphQL inputs name
// some arguments differently and hold each blob in a one-member union (data.armSmmuv3.ste). This is the
// one place that maps the first to the second.

/** Model argument names whose GraphQL input field is called something else. */
const INPUT_NAMES: Readonly<Record<string, string>> = {
  devId: 'boundDeviceId',
  faultId: 'faultQueueId',
};

/** Driver-data fields, by the one-member union input holding them (HwptDataInput, InvalidationRequestInput). */
const UNION_MEMBER: Readonly<Record<'data' | 'requests', Readonly<Record<string, string>>>> = {
  data: { ste: 'armSmmuv3', pgtblAddr: 'vtdS1', addrWidth: 'vtdS1', flags: 'vtdS1', iotlb: 'selftest' },
  requests: {
    cmd: 'armSmmuv3',
    addr: 'vtdS1',
    npages: 'vtdS1',
    leaf: 'vtdS1',
    flags: 'selftest',
    id: 'selftest',
    vdevId: 'selftest',
  },
};

/** ["input", ...] for a model field such as "devId", "data.ste" or "requests.0.cmd". */
export function inputPath(modelField: string): string[] {
  const [head = '', ...rest] = modelField.split('.');
  const path = ['input', INPUT_NAMES[head] ?? head];
  if (head === 'data' && rest.length === 1) {
    const member = UNION_MEMBER.data[rest[0]!];
    return member ? [...path, member, rest[0]!] : [...path, ...rest];
  }
  if (head === 'requests' && rest.length === 2 && /^\d+$/.test(rest[0]!)) {
    const member = UNION_MEMBER.requests[rest[1]!];
    return member ? [...path, rest[0]!, member, rest[1]!] : [...path, ...rest];
  }
  return [...path, ...rest];
}
