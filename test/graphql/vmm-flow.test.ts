// A VMM's day through GraphQL on the Sapphire Rapids host: bind, IOAS, map guest RAM, attach, translate,
// unmap, close. What QEMU's iommufd backend does for one assigned NVMe, step by step.
import { describe, expect, it } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  ContextCloseDocument,
  ContextStateDocument,
  DeviceDetachDocument,
  HostContextsDocument,
  IoasStateDocument,
  IoasUnmapDocument,
  TranslateBatchDocument,
  TranslateDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, map, ok, openContext } from './iommufd-helpers.ts';

const GiB = 1n << 30n;
const GUEST_RAM = 4n * GiB;
const RAM_VA = 0x7f00_0000_0000n;

describe('VMM flow on spr-01 (NVMe 0000:17:00.0)', () => {
  const client = new TestClient();

  it('runs end to end', async () => {
    const devices = await deviceIds(client, 'spr-01');
    const nvme = devices.get('0000:17:00.0')!;
    const contextId = await openContext(client, 'spr-01');
    const dev = await bind(client, contextId, nvme);
    const ioas = await allocIoas(client, contextId);

    // Guest RAM below the MSI window, and the part above 4 GiB remapped high, as a q35 machine lays it out.
    const low = ok(await map(client, ioas, { iova: '0x0', length: hex(2n * GiB), userVa: hex(RAM_VA) }));
    expect(low.iova).toBe('0x0');
    const high = ok(
      await map(client, ioas, {
        iova: hex(4n * GiB),
        length: hex(GUEST_RAM - 2n * GiB),
        userVa: hex(RAM_VA + 2n * GiB),
      }),
    );
    expect(high.iova).toBe(hex(4n * GiB));
    // A read-only ROM image mapped where the IOAS chooses.
    const rom = ok(
      await map(client, ioas, {
        length: '0x20000',
        userVa: '0x7e0000000000',
        readable: true,
        writable: false,
      }),
    );
    expect(BigInt(rom.iova!)).toBeGreaterThan(0n);

    // Before attach, DMA is blocked.
    const blocked = await client.data(TranslateDocument, { input: { deviceId: nvme, iova: '0x1000' } });
    expect(blocked.translate).toMatchObject({ __typename: 'TranslationFault', reason: 'BLOCKED' });

    const attached = ok(await attach(client, dev, ioas));
    expect(attached.hwpt).toMatchObject({ type: 'HWPT_PAGING', autoDomain: true });
    expect(attached.boundDevice?.attachedHwpt?.objectId).toBe(attached.hwpt!.objectId);

    // The device's reserved MSI window is now reserved in the IOAS, and IOVA_RANGES has a hole for it.
    const state = await client.data(IoasStateDocument, { id: ioas });
    const ioasNode = state.node as Extract<typeof state.node, { objectId: number }>;
    expect(ioasNode.reservedRanges).toContainEqual({ start: '0xfee00000', last: '0xfeefffff' });
    expect(ioasNode.iovaRanges).toContainEqual({ start: '0x0', last: '0xfedfffff' });
    expect(ioasNode.mappings.totalCount).toBe(3);
    expect(ioasNode.hwpts).toEqual([{ objectId: attached.hwpt!.objectId, autoDomain: true }]);

    // Translate: guest RAM reaches host memory with large pages; holes and the ROM behave.
    const t1 = (await client.data(TranslateDocument, { input: { deviceId: nvme, iova: '0x1000' } }))
      .translate;
    expect(t1).toMatchObject({ __typename: 'Translation', readable: true, writable: true });
    const t1Pa = BigInt((t1 as { physicalAddress: string }).physicalAddress);
    const t2 = (await client.data(TranslateDocument, { input: { deviceId: nvme, iova: '0x2000' } }))
      .translate;
    expect(BigInt((t2 as { physicalAddress: string }).physicalAddress)).toBe(t1Pa + 0x1000n);
    expect(BigInt((t1 as { pageSize: string }).pageSize)).toBeGreaterThanOrEqual(0x1000n);

    const hole = (await client.data(TranslateDocument, { input: { deviceId: nvme, iova: hex(3n * GiB) } }))
      .translate;
    expect(hole).toMatchObject({ __typename: 'TranslationFault', reason: 'NOT_MAPPED' });
    const romWrite = (
      await client.data(TranslateDocument, { input: { deviceId: nvme, iova: rom.iova!, access: 'WRITE' } })
    ).translate;
    expect(romWrite).toMatchObject({ __typename: 'TranslationFault', reason: 'PERMISSION' });
    const beyond = (await client.data(TranslateDocument, { input: { deviceId: nvme, iova: hex(1n << 50n) } }))
      .translate;
    expect(beyond).toMatchObject({ __typename: 'TranslationFault', reason: 'OUT_OF_RANGE' });

    const batch = await client.data(TranslateBatchDocument, {
      input: { deviceId: nvme, iovas: ['0x1000', hex(3n * GiB), hex(4n * GiB + 0x123n)] },
    });
    expect(batch.translateBatch.map((r) => r.__typename)).toEqual([
      'Translation',
      'TranslationFault',
      'Translation',
    ]);
    expect(batch.translateBatch[0]).toMatchObject({ physicalAddress: hex(t1Pa) });

    // Pages are pinned now that a domain exists.
    const ctx = await client.data(ContextStateDocument, { id: contextId });
    const ctxNode = ctx.node as Extract<typeof ctx.node, { pinnedPages: string }>;
    expect(BigInt(ctxNode.pinnedPages)).toBe((GUEST_RAM + 0x20000n) / 0x1000n);

    // Unmap everything: 0 / U64_MAX.
    const unmap = ok(
      (
        await client.data(IoasUnmapDocument, {
          input: { ioasId: ioas, iova: '0', length: '0xffffffffffffffff' },
        })
      ).ioasUnmap,
    );
    expect(BigInt(unmap.unmapped!)).toBe(GUEST_RAM + 0x20000n);
    const gone = (await client.data(TranslateDocument, { input: { deviceId: nvme, iova: '0x1000' } }))
      .translate;
    expect(gone).toMatchObject({ __typename: 'TranslationFault', reason: 'NOT_MAPPED' });

    // Detach: blocked again; the auto domain goes with its last attachment.
    ok((await client.data(DeviceDetachDocument, { input: { boundDeviceId: dev } })).deviceDetach);
    const after = await client.data(ContextStateDocument, { id: contextId });
    const afterNode = after.node as Extract<typeof after.node, { objects: unknown[] }>;
    expect(afterNode.objects.map((o) => o.type)).toEqual(['DEVICE', 'IOAS']);

    // Close: everything destroyed, the device unowned, the context gone from the host.
    const closed = ok((await client.data(ContextCloseDocument, { input: { contextId } })).contextClose);
    expect(closed.destroyed).toBe(2);
    const contexts = await client.data(HostContextsDocument, { name: 'spr-01' });
    expect(contexts.host!.contexts).toEqual([]);
    const rebind = await openContext(client, 'spr-01');
    expect(await bind(client, rebind, nvme)).toBeTruthy();
  });
});
