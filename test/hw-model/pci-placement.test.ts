import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IommufdError } from '../../hw-model/errors.ts';
import {
  ConfigSpace,
  type ConfigSpaceRange,
  extCapHeader,
  extendedCapabilityExtents,
  formatRange,
  type PlacementRequest,
  placeVirtualCapability,
  quirksFor,
  rangesOverlap,
  vfioConfigView,
  walkExtendedCapabilities,
} from '../../hw-model/pci/index.ts';
import { fixtureDevices } from './pci-fixtures.ts';

const devices = fixtureDevices();
const extendedDevices = devices.filter((d) => d.device.config.isExtended);

function device(file: string, bdf?: string): ConfigSpace {
  return devices.find((d) => d.name.startsWith(`${file} `) && (!bdf || d.device.bdf === bdf))!.device.config;
}

const quirksOf = (cfg: ConfigSpace) => quirksFor(cfg.vendorId, cfg.deviceId);
const place = (cfg: ConfigSpace, request?: PlacementRequest) =>
  placeVirtualCapability(cfg, quirksOf(cfg), request);

/** What a placement must never cover: guest-visible headers, known extents, quirk ranges. */
function liveRanges(cfg: ConfigSpace): Array<ConfigSpaceRange & { what: string }> {
  const live: Array<ConfigSpaceRange & { what: string }> = [];
  for (const extent of extendedCapabilityExtents(vfioConfigView(cfg))) {
    live.push({ offset: extent.offset, length: 4, what: `header of ${extent.cap.name}` });
    if (extent.known) live.push({ ...extent, what: extent.cap.name });
  }
  for (const quirk of quirksOf(cfg)) {
    for (const range of quirk.hiddenRegisters) live.push({ ...range, what: quirk.description });
  }
  return live;
}

function expectLinkedIn(cfg: ConfigSpace, offset: number, capId: number): void {
  const placement = place(cfg, { capId, offset });
  const before = walkExtendedCapabilities(vfioConfigView(cfg)).map((cap) => [cap.offset, cap.capId]);
  const after = walkExtendedCapabilities(placement.guestConfig!).map((cap) => [cap.offset, cap.capId]);
  expect(after).toContainEqual([offset, capId]);
  expect(after.filter(([o]) => o !== offset)).toEqual(before);
}

describe('automatic placement', () => {
  test('pri-pasid: 0xff8, linked after PRI, physical PASID capability register copied, control zero', () => {
    const cfg = device('pri-pasid');
    const placement = place(cfg);
    expect(placement.offset).toBe(0xff8);
    expect(placement.reason).toMatch(/default/);
    expect(placement.warnings.join('\n')).toMatch(/0x500-0x503/);
    expect(placement.warnings.join('\n')).toMatch(/Intel 0b25/);
    expect(placement.warnings.join('\n')).not.toMatch(/not QEMU's default/);
    const guest = placement.guestConfig!;
    expect(guest.read32(0xff8)).toBe(extCapHeader(0x1b, 1, 0));
    expect(guest.read16(0xffc)).toBe(0x1404);
    expect(guest.read16(0xffe)).toBe(0);
    const caps = walkExtendedCapabilities(guest);
    expect(caps.map((cap) => cap.offset)).toEqual([0x100, 0x150, 0x160, 0x170, 0x200, 0x220, 0x240, 0xff8]);
    expect(caps.filter((cap) => cap.capId === 0x1b).map((cap) => cap.offset)).toEqual([0xff8]);
  });

  test('cap-exp-lnkcap2 GP108M: 0xff8 taken (last capability of unknown length), top of 0x664-0x6ff', () => {
    const placement = place(device('cap-exp-lnkcap2', '0000:02:00.0'));
    expect(placement.offset).toBe(0x6f8);
    expect(placement.reason).toMatch(/0x664-0x6ff/);
    expect(placement.warnings.join('\n')).toMatch(/x-vpasid-cap-offset=0x6f8/);
    // Inserted in chain order: after VSEC 0x600, before Secondary PCIe 0x900.
    const caps = walkExtendedCapabilities(placement.guestConfig!).map((cap) => cap.offset);
    expect(caps).toEqual([0x100, 0x250, 0x258, 0x128, 0x420, 0x600, 0x6f8, 0x900]);
  });

  test('ConnectX-3 Pro: no free window, so no offset and no guest view', () => {
    const placement = place(device('cap-aer-root', '0000:03:00.0'));
    expect(placement).toMatchObject({ offset: null, guestConfig: null });
    expect(placement.reason).toMatch(/no free/);
  });

  test('256-byte devices: no extended space, offset null', () => {
    for (const cfg of [device('cap-dpc'), device('PCI-X-bridges-and-domains')]) {
      const placement = place(cfg);
      expect(placement.offset).toBeNull();
      expect(placement.reason).toMatch(/no extended config space/);
      expect(place(cfg, { offset: 0x100 }).offset).toBeNull();
    }
  });

  test('no extended capabilities at all: the new one starts the chain at 0x100', () => {
    const placement = place(new ConfigSpace(4096));
    expect(placement.offset).toBe(0x100);
    expect(walkExtendedCapabilities(placement.guestConfig!).map((c) => [c.offset, c.capId, c.next])).toEqual([
      [0x100, 0x1b, 0],
    ]);
  });

  test('a non-PASID request gets its own ID, version 1 and a zero body', () => {
    const placement = place(device('pri-pasid'), { capId: 0x23, size: 16 });
    expect(placement.offset).toBe(0xff0);
    expect(placement.guestConfig!.read32(0xff0)).toBe(extCapHeader(0x23, 1, 0));
    expect(placement.guestConfig!.toHex(0xff4, 12)).toBe('0'.repeat(24));
  });

  test.each(extendedDevices)(
    '$name: the chosen offset overlaps nothing and the guest chain holds it',
    ({ device: d }) => {
      const cfg = d.config;
      const placement = place(cfg);
      if (placement.offset === null) return expect(placement.guestConfig).toBeNull();
      const chosen = { offset: placement.offset, length: 8 };
      // Automatic choices also stay clear of bodies of unknown length (QEMU's next-header rule).
      for (const extent of extendedCapabilityExtents(cfg)) {
        expect(rangesOverlap(chosen, extent), `${formatRange(extent)} ${extent.cap.name}`).toBe(false);
      }
      for (const range of liveRanges(cfg)) expect(rangesOverlap(chosen, range), range.what).toBe(false);
      expectLinkedIn(cfg, placement.offset, 0x1b);
    },
  );
});

describe('explicit offsets, judged as QEMU would', () => {
  const cfg = device('pri-pasid');
  const rejected: Array<[number, number, RegExp]> = [
    [0x502, 8, /not dword aligned/],
    [0xfc, 8, /below 0x100/],
    [0xffc, 8, /beyond 0x1000/],
    [0x100, 8, /header of Advanced Error Reporting/],
    [0x150, 8, /header of Latency Tolerance Reporting/],
    [0x14c, 8, /header of Latency Tolerance Reporting/],
    [0x154, 8, /inside Latency Tolerance Reporting/],
    [0x204, 8, /inside Designated Vendor-Specific/],
    [0x244, 8, /inside Page Request Interface/],
    [0x500, 8, /hidden registers 0x500-0x503/],
    [0x4fc, 8, /hidden registers 0x500-0x503/],
  ];
  const rejectedCases = rejected.map(([offset, size, why]) => ({
    at: offset.toString(16),
    offset,
    size,
    why,
  }));
  test.each(rejectedCases)('0x$at size $size is rejected', ({ offset, size, why }) => {
    const placement = place(cfg, { offset, size });
    expect(placement.offset).toBeNull();
    expect(placement.guestConfig).toBeNull();
    expect(placement.reason).toMatch(why);
  });

  test('inside a body of unknown length (AER at 0x100): QEMU accepts, so do we, with a warning', () => {
    const placement = place(cfg, { offset: 0x120 });
    expect(placement.offset).toBe(0x120);
    expect(placement.warnings.join('\n')).toMatch(
      /Advanced Error Reporting at 0x100, whose length is unknown/,
    );
    expect(placement.warnings.join('\n')).toMatch(/x-vpasid-cap-offset=0x120/);
    expectLinkedIn(cfg, 0x120, 0x1b);
  });

  test('over the physical PASID that vfio hides (0x230): accepted, as for a PF the vPASID may sit there', () => {
    const placement = place(cfg, { offset: 0x230 });
    expect(placement.offset).toBe(0x230);
    expect(placement.warnings.join('\n')).toMatch(/not zero/);
    expectLinkedIn(cfg, 0x230, 0x1b);
  });

  test('free space away from the default: accepted with the non-default warning', () => {
    const placement = place(cfg, { offset: 0x800 });
    expect(placement.offset).toBe(0x800);
    expect(placement.reason).toMatch(/requested/);
    expectLinkedIn(cfg, 0x800, 0x1b);
  });

  test('cap-pasid-pri: PASID was the first capability; its placeholder header at 0x100 is live', () => {
    const igpu = device('cap-pasid-pri');
    expect(place(igpu, { offset: 0x100 }).reason).toMatch(/header of Null/);
    expect(place(igpu, { offset: 0x104 }).offset).toBe(0x104);
  });

  test('no extended capabilities: only 0x100 is valid', () => {
    const empty = new ConfigSpace(4096);
    expect(place(empty, { offset: 0x200 }).reason).toMatch(/must start at 0x100/);
    expect(place(empty, { offset: 0x100 }).offset).toBe(0x100);
  });

  test('malformed requests are EINVAL naming the field', () => {
    const bad: Array<[PlacementRequest, string]> = [
      [{ capId: 0 }, 'capId'],
      [{ capId: 0x10000 }, 'capId'],
      [{ capId: 1.5 }, 'capId'],
      [{ size: 0 }, 'size'],
      [{ size: 6 }, 'size'],
      [{ size: 0xf04 }, 'size'],
      [{ size: Number.NaN }, 'size'],
      [{ offset: 256.5 }, 'offset'],
      [{ offset: Number.POSITIVE_INFINITY }, 'offset'],
    ];
    for (const [request, field] of bad) {
      let caught: unknown;
      try {
        place(cfg, request);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(request)).toBeInstanceOf(IommufdError);
      expect((caught as IommufdError).errno).toBe('EINVAL');
      expect((caught as IommufdError).field).toBe(field);
    }
  });

  test('property: a random explicit offset is rejected or overlaps no live capability or quirk', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...extendedDevices.map((d) => d.device.config)),
        fc.integer({ min: 0, max: 0x1100 }),
        fc.constantFrom(4, 8, 12, 16, 64),
        (device, offset, size) => {
          const placement = place(device, { offset, size });
          if (placement.offset === null) return placement.guestConfig === null;
          const range = { offset, length: size };
          const clear = liveRanges(device).every((live) => !rangesOverlap(range, live));
          const linked = walkExtendedCapabilities(placement.guestConfig!).some(
            (cap) => cap.offset === offset,
          );
          return clear && linked && offset % 4 === 0 && offset >= 0x100 && offset + size <= 0x1000;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
