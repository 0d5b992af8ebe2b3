// Profile config spaces read back through the pci walker and decoders.
import { describe, expect, it } from 'vitest';
import { walkExtendedCapabilities, walkStandardCapabilities } from '../../hw-model/pci/capabilities.ts';
import { decodeAts, decodePasid, decodePri, decodeSriov } from '../../hw-model/pci/decoders.ts';
import { buildConfigSpace } from '../../hw-model/pci/synthesize.ts';

describe('buildConfigSpace', () => {
  const cfg = buildConfigSpace({
    vendorId: 0x8086,
    deviceId: 0x0b25,
    classCode: 0x088000,
    revision: 0x11,
    msixVectors: 9,
    extended: [
      { kind: 'aer' },
      { kind: 'ats', enabled: true },
      { kind: 'pasid', width: 20, priv: true, enabled: true },
      { kind: 'pri', capacity: 0x200 },
      { kind: 'sriov', totalVfs: 128, numVfs: 4, firstVfOffset: 16, vfStride: 1, vfDeviceId: 0x1889 },
    ],
  });

  it('writes IDs, class, revision and the capability-list status bit', () => {
    expect([cfg.vendorId, cfg.deviceId, cfg.classCode, cfg.read8(0x08)]).toEqual([
      0x8086, 0x0b25, 0x088000, 0x11,
    ]);
    expect(cfg.status & 0x10).toBe(0x10);
    expect(cfg.headerType).toBe(0);
  });

  it('chains PCIe 0x40 → MSI-X 0x80 → PM 0x90, and extended capabilities from 0x100', () => {
    expect(walkStandardCapabilities(cfg).map((c) => [c.capId, c.offset])).toEqual([
      [0x10, 0x40],
      [0x11, 0x80],
      [0x01, 0x90],
    ]);
    expect(walkExtendedCapabilities(cfg).map((c) => [c.capId, c.offset])).toEqual([
      [0x01, 0x100],
      [0x0f, 0x150],
      [0x1b, 0x160],
      [0x13, 0x170],
      [0x10, 0x180],
    ]);
  });

  it('PASID, ATS, PRI and SR-IOV registers decode back', () => {
    expect(decodePasid(cfg)).toMatchObject({
      maxPasidWidth: 20,
      executePermission: false,
      privilegedMode: true,
      enabled: true,
    });
    expect(decodeAts(cfg)).toMatchObject({ enabled: true });
    expect(decodePri(cfg)).toMatchObject({ stopped: true, outstandingCapacity: 0x200 });
    expect(decodeSriov(cfg)).toMatchObject({
      totalVfs: 128,
      numVfs: 4,
      vfEnabled: true,
      firstVfOffset: 16,
      vfStride: 1,
      vfDeviceId: 0x1889,
    });
  });

  it('bridges get a type 1 header with their secondary bus', () => {
    const bridge = buildConfigSpace({
      vendorId: 0x1a03,
      deviceId: 0x1150,
      classCode: 0x060400,
      secondaryBus: 3,
    });
    expect(bridge.headerType).toBe(1);
    expect(bridge.read8(0x19)).toBe(3);
  });
});
