// The two VMM nesting flows of QEMU and cloud-hypervisor, as reusable scripts (run in-process and over real HTTP).
import { expect } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  DmaSimulateDocument,
  HwptInvalidateDocument,
  NestedHwptAllocDocument,
  NestedTranslateDocument,
  Stage1MapDocument,
  Stage1UnmapDocument,
  VdeviceAllocDocument,
  ViommuAllocDocument,
} from '../gql/graphql.ts';
import type { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, map, ok, openContext } from './iommufd-helpers.ts';

const GUEST_RAM_VA = 0x7f40_0000_0000n;
const GUEST_RAM = 0x4000_0000n; // 1 GiB
/** Where guest RAM starts: 0 on a q35 PC, 1 GiB on Arm's virt machine (below it sit the SMMU's SW_MSI window). */
const RAM_BASE = { x86: 0n, arm: 0x4000_0000n };

/** Context, device, IOAS with guest RAM at `ramBase` (stage 2 maps GPA → host memory), and a nest parent on it. */
async function stage2(client: TestClient, host: string, bdf: string, ramBase: bigint) {
  const deviceId = (await deviceIds(client, host)).get(bdf)!;
  const ctx = await openContext(client, host);
  const dev = await bind(client, ctx, deviceId);
  const ioas = await allocIoas(client, ctx);
  ok(await map(client, ioas, { iova: hex(ramBase), length: hex(GUEST_RAM), userVa: hex(GUEST_RAM_VA) }));
  const parent = ok(
    (
      await client.data(NestedHwptAllocDocument, {
        input: { boundDeviceId: dev, ptId: ioas, nestParent: true },
      })
    ).hwptAlloc,
  ).hwpt!;
  expect(parent).toMatchObject({ type: 'HWPT_PAGING', nestParent: true });
  return { deviceId, dev, ioas, parent };
}

async function translateAt(client: TestClient, deviceId: string, iova: bigint) {
  return (await client.data(NestedTranslateDocument, { input: { deviceId, iova: hex(iova) } })).translate;
}

type Translated = { physicalAddress: string; intermediateAddress: string; iotlbStale: boolean };

/**
 * Stage 1 maps IOVA → GPA A; DMA fills the IOTLB; the guest moves the page to GPA B without invalidating (translate
 * shows the stale IOTLB entry, DMA still reaches A); `invalidate` runs; translate and DMA now agree on B.
 */
async function staleThenInvalidate(
  client: TestClient,
  deviceId: string,
  hwptId: string,
  ramBase: bigint,
  invalidate: () => Promise<{ entriesHandled: number; userErrors: unknown[] }>,
) {
  const iova = 0x10_0000n;
  const gpaA = ramBase + 0x20_0000n;
  const gpaB = ramBase + 0x30_0000n;
  ok(
    (
      await client.data(Stage1MapDocument, {
        input: { hwptId, iova: hex(iova), gpa: hex(gpaA), length: '0x1000' },
      })
    ).stage1Map,
  );
  const first = (await translateAt(client, deviceId, iova + 0x10n)) as Translated;
  expect(first).toMatchObject({
    __typename: 'Translation',
    intermediateAddress: hex(gpaA + 0x10n),
    iotlbStale: false,
  });

  const dma = (
    await client.data(DmaSimulateDocument, {
      input: { deviceId, iova: hex(iova), length: '0x1000', access: 'READ' },
    })
  ).dmaSimulate;
  expect(ok(dma).completedBytes).toBe('0x1000');

  ok(
    (await client.data(Stage1UnmapDocument, { input: { hwptId, iova: hex(iova), length: '0x1000' } }))
      .stage1Unmap,
  );
  ok(
    (
      await client.data(Stage1MapDocument, {
        input: { hwptId, iova: hex(iova), gpa: hex(gpaB), length: '0x1000' },
      })
    ).stage1Map,
  );
  const stale = (await translateAt(client, deviceId, iova + 0x10n)) as Translated & {
    iotlb: { intermediateAddress: string };
  };
  expect(stale.intermediateAddress).toBe(hex(gpaB + 0x10n));
  expect(stale.iotlbStale).toBe(true);
  expect(BigInt(stale.iotlb.intermediateAddress) & ~0xfffn).toBe(gpaA);

  const handled = await invalidate();
  expect(handled.userErrors).toEqual([]);
  expect(handled.entriesHandled).toBe(1);
  const fresh = (await translateAt(client, deviceId, iova + 0x10n)) as Translated;
  expect(fresh).toMatchObject({ intermediateAddress: hex(gpaB + 0x10n), iotlbStale: false });
  // Stage 2 still maps guest RAM: the two GPAs are 1 MiB apart in host memory too.
  expect(BigInt(fresh.physicalAddress) - BigInt(first.physicalAddress)).toBe(gpaB - gpaA);
}

/** QEMU intel_iommu x-flts: a VT-d stage-1 HWPT nested directly on the parent; VT-d S1 invalidations. */
export async function vtdXfltsFlow(client: TestClient) {
  const { deviceId, dev, parent } = await stage2(client, 'spr-01', '0000:6a:01.0', RAM_BASE.x86);
  const nested = ok(
    (
      await client.data(NestedHwptAllocDocument, {
        input: {
          boundDeviceId: dev,
          ptId: parent.id,
          data: { vtdS1: { pgtblAddr: '0x1000', addrWidth: 48 } },
        },
      })
    ).hwptAlloc,
  ).hwpt!;
  expect(nested).toMatchObject({
    type: 'HWPT_NESTED',
    dataType: 'VTD_S1',
    parent: { objectId: parent.objectId },
  });
  ok(await attach(client, dev, nested.id));
  await staleThenInvalidate(
    client,
    deviceId,
    nested.id,
    RAM_BASE.x86,
    async () =>
      (
        await client.data(HwptInvalidateDocument, {
          input: { hwptId: nested.id, requests: [{ vtdS1: { addr: '0x100000', npages: '1' } }] },
        })
      ).hwptInvalidate,
  );
  return { nested };
}

const V_S1_TRANS = 0xbn; // STE0: V=1, Config=0b101 (stage 1 translate, stage 2 from the parent)
const CMD_TLBI_NH_VA = 0x12n;
const CMD_ATC_INV = 0x40n;
const VSID = 0x42n;

/** QEMU arm-smmuv3 accel: vIOMMU on the nest parent, a vDEVICE for the endpoint, a nested STE HWPT on the vIOMMU. */
export async function smmuv3AccelFlow(client: TestClient) {
  const { deviceId, dev, parent } = await stage2(client, 'grace-01', '0000:01:00.0', RAM_BASE.arm);
  const viommu = ok(
    (
      await client.data(ViommuAllocDocument, {
        input: { boundDeviceId: dev, hwptId: parent.id, viommuType: 'ARM_SMMUV3' },
      })
    ).viommuAlloc,
  ).viommu!;
  expect(viommu).toMatchObject({ viommuType: 'ARM_SMMUV3', parent: { objectId: parent.objectId } });
  const vdevice = ok(
    (
      await client.data(VdeviceAllocDocument, {
        input: { viommuId: viommu.id, boundDeviceId: dev, virtId: hex(VSID) },
      })
    ).vdeviceAlloc,
  ).vdevice!;
  expect(vdevice).toMatchObject({ virtId: hex(VSID), device: { device: { bdf: '0000:01:00.0' } } });
  const nested = ok(
    (
      await client.data(NestedHwptAllocDocument, {
        input: {
          boundDeviceId: dev,
          ptId: viommu.id,
          data: { armSmmuv3: { ste: [hex(V_S1_TRANS), '0x0'] } },
        },
      })
    ).hwptAlloc,
  ).hwpt!;
  expect(nested).toMatchObject({ dataType: 'ARM_SMMUV3', viommu: { objectId: viommu.objectId } });
  ok(await attach(client, dev, nested.id));

  // TLBI_NH_VAA-style invalidation by VA (ASID 0), sent to the vIOMMU.
  await staleThenInvalidate(
    client,
    deviceId,
    nested.id,
    RAM_BASE.arm,
    async () =>
      (
        await client.data(HwptInvalidateDocument, {
          input: { hwptId: viommu.id, requests: [{ armSmmuv3: { cmd: [hex(CMD_TLBI_NH_VA), '0x100000'] } }] },
        })
      ).hwptInvalidate,
  );

  // ATC_INV naming the guest's Stream ID: resolved to the GH200 through the vDEVICE.
  const atcInv = [hex(CMD_ATC_INV | (VSID << 32n)), hex(52n)];
  const atc = (
    await client.data(HwptInvalidateDocument, {
      input: { hwptId: viommu.id, requests: [{ armSmmuv3: { cmd: atcInv } }] },
    })
  ).hwptInvalidate;
  expect(ok(atc).entriesHandled).toBe(1);

  // An unknown vSID after a good entry: partial progress, then the kernel's EIO.
  const unknown = [hex(CMD_ATC_INV | (0x99n << 32n)), hex(52n)];
  const partial = (
    await client.data(HwptInvalidateDocument, {
      input: {
        hwptId: viommu.id,
        requests: [{ armSmmuv3: { cmd: atcInv } }, { armSmmuv3: { cmd: unknown } }],
      },
    })
  ).hwptInvalidate;
  expect(partial.entriesHandled).toBe(1);
  expect(partial.userErrors[0]?.code).toBe('EIO');
  return { viommu, nested };
}
