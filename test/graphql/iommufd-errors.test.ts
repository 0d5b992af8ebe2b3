// Every iommufd mutation with bad input through GraphQL: malformed, unknown, wrong-type and foreign IDs,
// unaligned and overflowing numbers. Each answers with the kernel's errno and leaves the state as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ContextCloseDocument,
  ContextStateDocument,
  DeviceAttachDocument,
  DeviceBindDocument,
  DeviceDetachDocument,
  DeviceReplaceDocument,
  DeviceUnbindDocument,
  DmaSimulateDocument,
  FaultQueueReadDocument,
  FaultRespondDocument,
  GetDirtyBitmapDocument,
  HwptAllocDocument,
  HwptInvalidateDocument,
  IoasAddReservedDocument,
  IoasAllocDocument,
  IoasAllowIovasDocument,
  IoasCopyDocument,
  IoasMapDocument,
  IoasSetHugePagesDocument,
  IoasStateDocument,
  IoasUnmapDocument,
  IopfInjectDocument,
  NestedHwptAllocDocument,
  ObjectDestroyDocument,
  PasidAllocDocument,
  SetDirtyTrackingDocument,
  Stage1MapDocument,
  TranslateDocument,
  VdeviceAllocDocument,
  VeventqAllocDocument,
  VfioIoasDocument,
  VfioIommuGetInfoDocument,
  VfioIommuMapDmaDocument,
  VfioIommuUnmapDmaDocument,
  VfioSetIommuDocument,
  ViommuAllocDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, map, ok, openContext } from './iommufd-helpers.ts';

const client = new TestClient();
const ids = {} as {
  host: string;
  ctx: string;
  ioas: string;
  dev: string;
  hwpt: string;
  nestParent: string;
  nested: string;
  otherCtx: string;
  otherIoas: string;
  spareDevice: string;
  plainDevice: string;
};
const MALFORMED = 'not-an-id';
/** The IOAS's global ID with its object ID replaced by one that was never allocated. */
const UNKNOWN_IOAS = () => {
  const key = Buffer.from(ids.ioas, 'base64')
    .toString()
    .replace(/\/\d+$/, '/999');
  return Buffer.from(key).toString('base64');
};

beforeAll(async () => {
  const devices = await deviceIds(client, 'mock-01');
  ids.plainDevice = devices.get('0000:00:01.0')!;
  ids.spareDevice = devices.get('0000:00:03.0')!;
  ids.ctx = await openContext(client, 'mock-01');
  ids.ioas = await allocIoas(client, ids.ctx);
  ids.dev = await bind(client, ids.ctx, ids.plainDevice);
  ids.hwpt = ok(await attach(client, ids.dev, ids.ioas)).hwpt!.id;
  ok(await map(client, ids.ioas, { iova: '0x1000000', length: '0x10000', userVa: '0x7f0000000000' }));
  const nestedAlloc = async (input: Record<string, unknown>) =>
    ok(
      (
        await client.data(NestedHwptAllocDocument, {
          input: { boundDeviceId: ids.dev, ptId: ids.ioas, ...input } as never,
        })
      ).hwptAlloc,
    ).hwpt!.id;
  ids.nestParent = await nestedAlloc({ nestParent: true });
  ids.nested = await nestedAlloc({ ptId: ids.nestParent, data: { selftest: { iotlb: 0 } } });
  ids.otherCtx = await openContext(client, 'mock-01');
  ids.otherIoas = await allocIoas(client, ids.otherCtx);
  ids.host = Buffer.from('Host:mock-01').toString('base64');
});

/** Everything a failed call could have touched. */
async function snapshot() {
  const [a, b, ioas, other] = await Promise.all([
    client.data(ContextStateDocument, { id: ids.ctx }),
    client.data(ContextStateDocument, { id: ids.otherCtx }),
    client.data(IoasStateDocument, { id: ids.ioas, first: 1000 }),
    client.data(IoasStateDocument, { id: ids.otherIoas, first: 1000 }),
  ]);
  return JSON.stringify([a, b, ioas, other]);
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef }[];
}
interface IntrospectedType {
  name: string;
  inputFields: { name: string; type: TypeRef }[] | null;
}
const unwrapNonNull = (type: TypeRef | null | undefined) =>
  type?.kind === 'NON_NULL' ? (type.ofType ?? undefined) : (type ?? undefined);

type Call = () => Promise<{ userErrors: { code: string; field?: string[] | null }[] }>;

const cases: [string, Call, string, string?][] = [
  [
    'ioasAlloc: malformed context ID',
    async () => (await client.data(IoasAllocDocument, { input: { contextId: MALFORMED } })).ioasAlloc,
    'ENOENT',
    'contextId',
  ],
  [
    'ioasAlloc: a Host ID as context',
    async () => (await client.data(IoasAllocDocument, { input: { contextId: ids.host } })).ioasAlloc,
    'ENOENT',
    'contextId',
  ],
  [
    'deviceBind: an IOAS as device',
    async () =>
      (await client.data(DeviceBindDocument, { input: { contextId: ids.ctx, deviceId: ids.ioas } }))
        .deviceBind,
    'ENOENT',
    'deviceId',
  ],
  [
    'deviceBind: a device owned by another context',
    async () =>
      (
        await client.data(DeviceBindDocument, {
          input: { contextId: ids.otherCtx, deviceId: ids.plainDevice },
        })
      ).deviceBind,
    'EINVAL',
  ],
  [
    'deviceBind: the same device twice',
    async () =>
      (await client.data(DeviceBindDocument, { input: { contextId: ids.ctx, deviceId: ids.plainDevice } }))
        .deviceBind,
    'EINVAL',
  ],
  [
    'deviceUnbind: an IOAS as bound device',
    async () =>
      (await client.data(DeviceUnbindDocument, { input: { boundDeviceId: ids.ioas } })).deviceUnbind,
    'ENOENT',
  ],
  [
    'deviceAttach: attached already',
    async () =>
      (await client.data(DeviceAttachDocument, { input: { boundDeviceId: ids.dev, ptId: ids.ioas } }))
        .deviceAttach,
    'EBUSY',
  ],
  [
    'deviceAttach: a pt of another context',
    async () =>
      (await client.data(DeviceAttachDocument, { input: { boundDeviceId: ids.dev, ptId: ids.otherIoas } }))
        .deviceAttach,
    'ENOENT', // the pt_id lookup comes before the "already attached" check
  ],
  [
    'deviceReplace: a pt of another context',
    async () =>
      (await client.data(DeviceReplaceDocument, { input: { boundDeviceId: ids.dev, ptId: ids.otherIoas } }))
        .deviceReplace,
    'ENOENT',
  ],
  [
    'deviceReplace: a device object as pt',
    async () =>
      (await client.data(DeviceReplaceDocument, { input: { boundDeviceId: ids.dev, ptId: ids.dev } }))
        .deviceReplace,
    'EINVAL',
  ],
  [
    'deviceDetach: a malformed ID',
    async () =>
      (await client.data(DeviceDetachDocument, { input: { boundDeviceId: MALFORMED } })).deviceDetach,
    'ENOENT',
  ],
  [
    'objectDestroy: an IOAS in use',
    async () => (await client.data(ObjectDestroyDocument, { input: { id: ids.ioas } })).objectDestroy,
    'EBUSY',
  ],
  [
    'objectDestroy: an attached HWPT',
    async () => (await client.data(ObjectDestroyDocument, { input: { id: ids.hwpt } })).objectDestroy,
    'EBUSY',
  ],
  [
    'objectDestroy: a Host ID',
    async () => (await client.data(ObjectDestroyDocument, { input: { id: ids.host } })).objectDestroy,
    'ENOENT',
  ],
  [
    'objectDestroy: an unknown object ID',
    async () => (await client.data(ObjectDestroyDocument, { input: { id: UNKNOWN_IOAS() } })).objectDestroy,
    'ENOENT',
  ],
  [
    'ioasMap: a HWPT as IOAS',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.hwpt, iova: '0x2000000', length: '0x1000', userVa: '0x7f0000000000' },
        })
      ).ioasMap,
    'ENOENT',
  ],
  [
    'ioasMap: IOVA not aligned to the mock 2 KiB pages',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.ioas, iova: '0x2000010', length: '0x1000', userVa: '0x7f0000000000' },
        })
      ).ioasMap,
    'EINVAL',
    'iova',
  ],
  [
    'ioasMap: length not aligned',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.ioas, iova: '0x2000000', length: '0x10', userVa: '0x7f0000000000' },
        })
      ).ioasMap,
    'EINVAL',
    'length',
  ],
  [
    'ioasMap: length U64_MAX',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: {
            ioasId: ids.ioas,
            iova: '0x2000000',
            length: '0xffffffffffffffff',
            userVa: '0x7f0000000000',
          },
        })
      ).ioasMap,
    'EOVERFLOW',
  ],
  [
    'ioasMap: user VA + length overflows',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.ioas, iova: '0x2000000', length: '0x1000', userVa: '0xfffffffffffff800' },
        })
      ).ioasMap,
    'EOVERFLOW',
  ],
  [
    'ioasMap: neither readable nor writable',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: {
            ioasId: ids.ioas,
            length: '0x1000',
            userVa: '0x7f0000000000',
            readable: false,
            writable: false,
          },
        })
      ).ioasMap,
    'EINVAL',
  ],
  [
    'ioasMap: zero length',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.ioas, length: '0', userVa: '0x7f0000000000' },
        })
      ).ioasMap,
    'EINVAL',
    'length',
  ],
  [
    'ioasMap: over an existing area',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.ioas, iova: '0x1008000', length: '0x10000', userVa: '0x7f0000000000' },
        })
      ).ioasMap,
    'EEXIST',
  ],
  [
    'ioasMap: into the reserved range below the aperture',
    async () =>
      (
        await client.data(IoasMapDocument, {
          input: { ioasId: ids.ioas, iova: '0x1000', length: '0x1000', userVa: '0x7f0000000000' },
        })
      ).ioasMap,
    'EINVAL',
  ],
  [
    'ioasCopy: source in another context',
    async () =>
      (
        await client.data(IoasCopyDocument, {
          input: { srcIoasId: ids.otherIoas, dstIoasId: ids.ioas, srcIova: '0x1000000', length: '0x1000' },
        })
      ).ioasCopy,
    'ENOENT',
  ],
  [
    'ioasCopy: source not mapped',
    async () =>
      (
        await client.data(IoasCopyDocument, {
          input: { srcIoasId: ids.ioas, dstIoasId: ids.ioas, srcIova: '0x3000000', length: '0x1000' },
        })
      ).ioasCopy,
    'ENOENT',
  ],
  [
    'ioasUnmap: part of an area',
    async () =>
      (
        await client.data(IoasUnmapDocument, {
          input: { ioasId: ids.ioas, iova: '0x1000000', length: '0x1000' },
        })
      ).ioasUnmap,
    'ENOENT',
  ],
  [
    'ioasUnmap: iova + length overflows',
    async () =>
      (
        await client.data(IoasUnmapDocument, {
          input: { ioasId: ids.ioas, iova: '0xfffffffffffff000', length: '0x2000' },
        })
      ).ioasUnmap,
    'EOVERFLOW',
  ],
  [
    'ioasAllowIovas: start > last',
    async () =>
      (
        await client.data(IoasAllowIovasDocument, {
          input: { ioasId: ids.ioas, ranges: [{ start: '0x2000', last: '0x1000' }] },
        })
      ).ioasAllowIovas,
    'EINVAL',
  ],
  [
    'ioasAllowIovas: over a reserved range',
    async () =>
      (
        await client.data(IoasAllowIovasDocument, {
          input: { ioasId: ids.ioas, ranges: [{ start: '0x0', last: '0xffff' }] },
        })
      ).ioasAllowIovas,
    'EADDRINUSE',
  ],
  [
    'ioasSetHugePages: off with a domain and mappings',
    async () =>
      (await client.data(IoasSetHugePagesDocument, { input: { ioasId: ids.ioas, enabled: false } }))
        .ioasSetHugePages,
    'EINVAL',
  ],
  [
    'ioasAddReserved: zero length',
    async () =>
      (
        await client.data(IoasAddReservedDocument, {
          input: { ioasId: ids.ioas, start: '0x5000000', length: '0' },
        })
      ).ioasAddReserved,
    'EINVAL',
  ],
  [
    'ioasAddReserved: over a mapping',
    async () =>
      (
        await client.data(IoasAddReservedDocument, {
          input: { ioasId: ids.ioas, start: '0x1000000', length: '0x1000' },
        })
      ).ioasAddReserved,
    'EADDRINUSE',
  ],
  [
    'ioasAddReserved: start + length overflows',
    async () =>
      (
        await client.data(IoasAddReservedDocument, {
          input: { ioasId: ids.ioas, start: '0xffffffffffffff00', length: '0x1000' },
        })
      ).ioasAddReserved,
    'EOVERFLOW',
  ],
  [
    'hwptAlloc: pt of another context (EINVAL, as Linux)',
    async () =>
      (await client.data(HwptAllocDocument, { input: { boundDeviceId: ids.dev, ptId: ids.otherIoas } }))
        .hwptAlloc,
    'EINVAL',
  ],
  [
    'hwptAlloc: a malformed pt ID',
    async () =>
      (await client.data(HwptAllocDocument, { input: { boundDeviceId: ids.dev, ptId: MALFORMED } }))
        .hwptAlloc,
    'EINVAL',
  ],
  [
    'hwptAlloc: an IOAS as the device',
    async () =>
      (await client.data(HwptAllocDocument, { input: { boundDeviceId: ids.ioas, ptId: ids.ioas } }))
        .hwptAlloc,
    'ENOENT',
  ],
  [
    'contextClose: a malformed ID',
    async () => (await client.data(ContextCloseDocument, { input: { contextId: MALFORMED } })).contextClose,
    'ENOENT',
  ],
  // Nesting, PASID, dirty tracking, faults and events: the same rules.
  [
    'stage1Map: a paging HWPT is not nested',
    async () =>
      (
        await client.data(Stage1MapDocument, {
          input: { hwptId: ids.hwpt, iova: '0x0', gpa: '0x0', length: '0x1000' },
        })
      ).stage1Map,
    'ENOENT',
  ],
  [
    'hwptInvalidate: an IOAS',
    async () =>
      (await client.data(HwptInvalidateDocument, { input: { hwptId: ids.ioas, requests: [] } }))
        .hwptInvalidate,
    'EINVAL',
  ],
  [
    'viommuAlloc: an IOAS as the parent',
    async () =>
      (
        await client.data(ViommuAllocDocument, {
          input: { boundDeviceId: ids.dev, hwptId: ids.ioas, viommuType: 'MOCK' },
        })
      ).viommuAlloc,
    'ENOENT',
  ],
  [
    'viommuAlloc: a parent that is not a nest parent',
    async () =>
      (
        await client.data(ViommuAllocDocument, {
          input: { boundDeviceId: ids.dev, hwptId: ids.hwpt, viommuType: 'MOCK' },
        })
      ).viommuAlloc,
    'EINVAL',
  ],
  [
    'vdeviceAlloc: an IOAS as the vIOMMU',
    async () =>
      (
        await client.data(VdeviceAllocDocument, {
          input: { viommuId: ids.ioas, boundDeviceId: ids.dev, virtId: '0x1' },
        })
      ).vdeviceAlloc,
    'ENOENT',
  ],
  [
    'veventqAlloc: an IOAS as the vIOMMU',
    async () =>
      (await client.data(VeventqAllocDocument, { input: { viommuId: ids.ioas, depth: 4 } })).veventqAlloc,
    'ENOENT',
  ],
  [
    'faultQueueRead: an IOAS as the FAULT',
    async () =>
      (await client.data(FaultQueueReadDocument, { input: { faultQueueId: ids.ioas } })).faultQueueRead,
    'ENOENT',
  ],
  [
    'faultRespond: an IOAS as the FAULT',
    async () =>
      (
        await client.data(FaultRespondDocument, {
          input: { faultQueueId: ids.ioas, cookie: 1, code: 'SUCCESS' },
        })
      ).faultRespond,
    'ENOENT',
  ],
  [
    'hwptSetDirtyTracking: an IOAS',
    async () =>
      (await client.data(SetDirtyTrackingDocument, { input: { hwptId: ids.ioas, enabled: true } }))
        .hwptSetDirtyTracking,
    'ENOENT',
  ],
  [
    'hwptSetDirtyTracking: a HWPT without DIRTY_TRACKING',
    async () =>
      (await client.data(SetDirtyTrackingDocument, { input: { hwptId: ids.hwpt, enabled: true } }))
        .hwptSetDirtyTracking,
    'EOPNOTSUPP',
  ],
  [
    'hwptGetDirtyBitmap: page size 0',
    async () =>
      (
        await client.data(GetDirtyBitmapDocument, {
          input: { hwptId: ids.hwpt, iova: '0x1000000', length: '0x10000', pageSize: '0' },
        })
      ).hwptGetDirtyBitmap,
    'EINVAL',
  ],
  [
    'pasidAlloc: a Context ID as the host',
    async () =>
      (await client.data(PasidAllocDocument, { input: { hostId: ids.ctx, min: 1, max: 10 } })).pasidAlloc,
    'ENOENT',
    'hostId',
  ],
  [
    'deviceAttach: a PASID on a HWPT without the PASID flag',
    async () =>
      (
        await client.data(DeviceAttachDocument, {
          input: { boundDeviceId: ids.dev, ptId: ids.hwpt, pasid: 5 },
        })
      ).deviceAttach,
    'EINVAL',
  ],
  [
    'dmaSimulate: zero length',
    async () =>
      (
        await client.data(DmaSimulateDocument, {
          input: { deviceId: ids.plainDevice, iova: '0x1000000', length: '0', access: 'READ' },
        })
      ).dmaSimulate,
    'EINVAL',
    'length',
  ],
  [
    'iopfInject: a device bound to nothing',
    async () =>
      (
        await client.data(IopfInjectDocument, {
          input: { deviceId: ids.spareDevice, groupId: 1, address: '0x1000', permissions: ['READ'] },
        })
      ).iopfInject,
    'ENODEV',
  ],
  [
    'hwptInvalidate: a mock IOTLB id past 3 names requests[0].selftest.id',
    async () =>
      (
        await client.data(HwptInvalidateDocument, {
          input: { hwptId: ids.nested, requests: [{ selftest: { id: 4 } }] },
        })
      ).hwptInvalidate,
    'EINVAL',
  ],
  [
    'hwptAlloc: a selftest iotlb outside 32 bits names data.selftest.iotlb',
    async () =>
      (
        await client.data(NestedHwptAllocDocument, {
          input: { boundDeviceId: ids.dev, ptId: ids.nestParent, data: { selftest: { iotlb: -1 } } },
        })
      ).hwptAlloc,
    'EINVAL',
  ],
  [
    'vfioIoas: SET with an IOAS of another context',
    async () =>
      (
        await client.data(VfioIoasDocument, {
          input: { contextId: ids.ctx, op: 'SET', ioasId: ids.otherIoas },
        })
      ).vfioIoas,
    'ENOENT',
    'ioasId',
  ],
  [
    'vfioIommuMapDma: an unknown flag bit (checked before the compat IOAS)',
    async () =>
      (
        await client.data(VfioIommuMapDmaDocument, {
          input: { contextId: ids.ctx, flags: 8, vaddr: '0x7f0000000000', iova: '0x1000000', size: '0x1000' },
        })
      ).vfioIommuMapDma,
    'EINVAL',
    'flags',
  ],
  [
    'vfioIommuMapDma: no compat IOAS',
    async () =>
      (
        await client.data(VfioIommuMapDmaDocument, {
          input: { contextId: ids.ctx, vaddr: '0x7f0000000000', iova: '0x1000000', size: '0x1000' },
        })
      ).vfioIommuMapDma,
    'ENODEV',
    'contextId',
  ],
  [
    'vfioIommuUnmapDma: argsz below 24',
    async () =>
      (
        await client.data(VfioIommuUnmapDmaDocument, {
          input: { contextId: ids.ctx, argsz: 16, iova: '0x1000000', size: '0x1000' },
        })
      ).vfioIommuUnmapDma,
    'EINVAL',
    'argsz',
  ],
  [
    'vfioSetIommu: a type other than TYPE1 and TYPE1v2',
    async () =>
      (await client.data(VfioSetIommuDocument, { input: { contextId: ids.ctx, type: 8 } })).vfioSetIommu,
    'EINVAL',
    'type',
  ],
  [
    'vfioIommuGetInfo: argsz below 16',
    async () =>
      (await client.data(VfioIommuGetInfoDocument, { input: { contextId: ids.ctx, argsz: 8 } }))
        .vfioIommuGetInfo,
    'EINVAL',
    'argsz',
  ],
];

/** Every userErrors.field the suite saw, with the mutation that reported it (the title's first word). */
const reportedFields: { mutation: string; field: string[] }[] = [];

describe('iommufd mutations reject bad input and change nothing', () => {
  it.each(cases.map(([title, call, code, field]) => ({ title, call, code, field })))(
    '$title → $code',
    async ({ title, call, code, field }) => {
      const before = await snapshot();
      const payload = await call();
      expect(payload.userErrors).toHaveLength(1);
      expect(payload.userErrors[0]!.code).toBe(code);
      if (field) expect(payload.userErrors[0]!.field).toEqual(['input', field]);
      const reported = payload.userErrors[0]!.field;
      if (reported) reportedFields.push({ mutation: title.split(':')[0]!, field: reported });
      expect(await snapshot()).toBe(before);
    },
  );

  it('every userErrors.field above is a path through the mutation input type (by introspection)', async () => {
    const typeRef = '{ kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
    const schema = await client.data<
      { __schema: { types: IntrospectedType[]; mutationType: { fields: IntrospectedField[] } } },
      never
    >(`{ __schema {
      mutationType { fields { name args { name type ${typeRef} } } }
      types { name inputFields { name type ${typeRef} } }
    } }`);
    const types = new Map(schema.__schema.types.map((t) => [t.name, t]));
    expect(reportedFields.length).toBeGreaterThan(20);
    // One segment per level, through the one-member unions, with the input's names (not the model's).
    expect(reportedFields).toContainEqual({
      mutation: 'hwptInvalidate',
      field: ['input', 'requests', '0', 'selftest', 'id'],
    });
    expect(reportedFields).toContainEqual({
      mutation: 'hwptAlloc',
      field: ['input', 'data', 'selftest', 'iotlb'],
    });
    expect(reportedFields).toContainEqual({ mutation: 'deviceUnbind', field: ['input', 'boundDeviceId'] });
    const broken: string[] = [];
    for (const { mutation, field } of reportedFields) {
      const root = schema.__schema.mutationType.fields.find((f) => f.name === mutation);
      let type: TypeRef | undefined = root?.args.find((a) => a.name === field[0])?.type;
      for (const segment of field.slice(1)) {
        type = unwrapNonNull(type);
        if (type?.kind === 'LIST') {
          type = /^\d+$/.test(segment) ? (type.ofType ?? undefined) : undefined;
          continue;
        }
        type = types.get(type?.name ?? '')?.inputFields?.find((f) => f.name === segment)?.type;
      }
      if (!root || !type) broken.push(`${mutation} ${JSON.stringify(field)}`);
    }
    expect(broken).toEqual([]);
  });

  it('rejects a UInt64 outside 0..2^64-1 before anything runs', async () => {
    const before = await snapshot();
    const result = await client.request(IoasMapDocument, {
      input: { ioasId: ids.ioas, length: '0x10000000000000000', userVa: '0x7f0000000000' },
    });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/UInt64/);
    expect(await snapshot()).toBe(before);
  });

  it('rejects negative, fractional and non-hex UInt64 values in variables', async () => {
    for (const value of ['-1', '1.5', '0xg']) {
      const result = await client.request(TranslateDocument, {
        input: { deviceId: ids.plainDevice, iova: value },
      });
      expect(result.errors?.[0]?.message).toMatch(/UInt64/);
    }
  });

  it('translate with an unknown device is a clear error, not a crash', async () => {
    const result = await client.request(TranslateDocument, { input: { deviceId: MALFORMED, iova: '0x0' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ errno: 'ENOENT' });
  });
});
