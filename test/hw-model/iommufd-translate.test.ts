// translate(): the walk through a device's attachment, the IOPTE sizes a domain would use, and the
// process memory behind it (same user page, same frame; COPY shares; nothing per page).
import { describe, expect, it } from 'vitest';
import { translate } from '../../hw-model/dma/index.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { openContext } from '../../hw-model/iommufd/index.ts';
import {
  BUFFER,
  MOCK_APERTURE_LAST,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
  mockContext,
  PAGE_SIZE,
} from './iommufd-helpers.ts';

const MIB = 1n << 20n;
const GIB = 1n << 30n;
const rw = { readable: true, writable: true };

function ok(result: ReturnType<typeof translate>) {
  if (result.kind !== 'translation') throw new Error(`${result.reason}: ${result.message}`);
  return result;
}

describe('translate', () => {
  it('faults: BLOCKED unattached or unbound, NOT_MAPPED, PERMISSION, OUT_OF_RANGE', () => {
    const { ctx, devices } = mockContext(2);
    const ioas = ctx.ioasAlloc().id;
    expect(translate(devices[0]!, MOCK_APERTURE_START, 'READ')).toMatchObject({
      kind: 'fault',
      reason: 'BLOCKED',
    });
    const dev = ctx.deviceBind(devices[0]!).id;
    expect(translate(devices[0]!, MOCK_APERTURE_START, 'READ')).toMatchObject({ reason: 'BLOCKED' });
    const hwpt = ctx.deviceAttach(dev, ioas);
    expect(translate(devices[0]!, MOCK_APERTURE_START, 'READ')).toMatchObject({ reason: 'NOT_MAPPED' });
    expect(translate(devices[0]!, MOCK_APERTURE_LAST + 1n, 'READ')).toMatchObject({ reason: 'OUT_OF_RANGE' });
    expect(translate(devices[0]!, 0n, 'WRITE')).toMatchObject({ reason: 'OUT_OF_RANGE' });
    const iova = ctx.ioasMap(ioas, { length: PAGE_SIZE, userVa: BUFFER, readable: true, writable: false });
    expect(ok(translate(devices[0]!, iova + 5n, 'READ'))).toMatchObject({
      hwpt,
      readable: true,
      writable: false,
    });
    expect(translate(devices[0]!, iova, 'WRITE')).toMatchObject({ reason: 'PERMISSION' });
    const writeOnly = ctx.ioasMap(ioas, {
      length: PAGE_SIZE,
      userVa: BUFFER,
      readable: false,
      writable: true,
    });
    expect(translate(devices[0]!, writeOnly, 'READ')).toMatchObject({ reason: 'PERMISSION' });
    expect(translate(devices[0]!, iova, 'READ', 1)).toMatchObject({ reason: 'BLOCKED' });
    ctx.deviceDetach(dev);
    expect(translate(devices[0]!, iova, 'READ')).toMatchObject({ reason: 'BLOCKED' });
  });

  it('the same user page reaches the same frame; COPY shares it; other contexts get other frames', () => {
    const { ctx, devices, host } = mockContext(2);
    const ioas = ctx.ioasAlloc().id;
    const dev = ctx.deviceBind(devices[0]!).id;
    ctx.deviceAttach(dev, ioas);
    const a = ctx.ioasMap(ioas, { length: 4n * PAGE_SIZE, userVa: BUFFER, ...rw });
    const b = ctx.ioasMap(ioas, { length: PAGE_SIZE, userVa: BUFFER + 2n * PAGE_SIZE, ...rw });
    const c = ctx.ioasCopy({
      srcIoasId: ioas,
      dstIoasId: ioas,
      srcIova: a + PAGE_SIZE,
      length: PAGE_SIZE,
      ...rw,
    });
    const frame = (iova: bigint) => ok(translate(devices[0]!, iova, 'READ')).physicalAddress;
    expect(frame(b + 12n)).toBe(frame(a + 2n * PAGE_SIZE + 12n));
    expect(frame(c)).toBe(frame(a + PAGE_SIZE));
    expect(frame(a + PAGE_SIZE) - frame(a)).toBe(PAGE_SIZE);
    const other = openContext(host);
    const ioas2 = other.ioasAlloc().id;
    other.deviceAttach(other.deviceBind(devices[1]!).id, ioas2);
    const d = other.ioasMap(ioas2, { length: PAGE_SIZE, userVa: BUFFER, ...rw });
    expect(ok(translate(devices[1]!, d, 'READ')).physicalAddress).not.toBe(frame(a));
  });

  it('a MOCK domain maps a 2 MiB-aligned run with 1 MiB pages, its ragged edges with 2 KiB pages', () => {
    const { ctx, devices } = mockContext(1);
    const ioas = ctx.ioasAlloc().id;
    ctx.deviceAttach(ctx.deviceBind(devices[0]!).id, ioas);
    const iova = ctx.ioasMap(ioas, { length: 4n * MIB, userVa: BUFFER, ...rw });
    expect(iova % (2n * MIB)).toBe(0n);
    expect(ok(translate(devices[0]!, iova + MIB + 77n, 'READ')).pageSize).toBe(MIB);
    const ragged = ctx.ioasMap(ioas, {
      length: MIB + 2n * MOCK_PAGE_SIZE,
      userVa: BUFFER + 8n * MIB + MOCK_PAGE_SIZE,
      ...rw,
    });
    expect(ok(translate(devices[0]!, ragged, 'READ')).pageSize).toBe(MOCK_PAGE_SIZE);
    expect(ok(translate(devices[0]!, ragged + MIB, 'WRITE')).pageSize).toBe(MOCK_PAGE_SIZE);
  });

  it('without huge pages a MOCK domain maps in pieces no larger than PAGE_SIZE', () => {
    const { ctx, devices } = mockContext(1);
    const ioas = ctx.ioasAlloc().id;
    ctx.ioasSetHugePages(ioas, false);
    ctx.deviceAttach(ctx.deviceBind(devices[0]!).id, ioas);
    const iova = ctx.ioasMap(ioas, { length: 4n * MIB, userVa: BUFFER, ...rw });
    expect(ctx.ioasIovaRanges(ioas).alignment).toBe(PAGE_SIZE);
    expect(ok(translate(devices[0]!, iova + MIB, 'READ')).pageSize).toBe(MOCK_PAGE_SIZE);
  });

  it('VT-d maps 1 TiB with 1 GiB pages, pins it by extents, and unmaps it whole', () => {
    const host = createDefaultFleet().host('spr-01')!;
    const ctx = openContext(host, { memlockLimit: 2n << 40n });
    const device = host.devices.find((d) => d.iommu && d.group)!;
    const ioas = ctx.ioasAlloc().id;
    ctx.deviceAttach(ctx.deviceBind(device).id, ioas);
    const length = 1n << 40n;
    const iova = ctx.ioasMap(ioas, { iova: 1n << 40n, length, userVa: 1n << 44n, ...rw });
    expect(ctx.pinnedPages).toBe(length / PAGE_SIZE);
    const middle = ok(translate(device, iova + 300n * GIB + 5n, 'WRITE'));
    expect(middle.pageSize).toBe(GIB);
    expect(middle.physicalAddress % GIB).toBe(5n);
    expect(ctx.ioasUnmap(ioas, iova, length)).toEqual({ unmapped: length, error: null });
    expect(ctx.pinnedPages).toBe(0n);
    expect(translate(device, iova, 'READ')).toMatchObject({ reason: 'NOT_MAPPED' });
  });
});
