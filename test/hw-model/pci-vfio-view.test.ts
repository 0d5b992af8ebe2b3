import { describe, expect, test } from 'vitest';
import {
  ConfigSpace,
  extCapHeader,
  type LspciDevice,
  vfioConfigView,
  walkExtendedCapabilities,
  walkStandardCapabilities,
} from '../../hw-model/pci/index.ts';
import { firstDeviceOf, fixtureDevices } from './pci-fixtures.ts';

const PASID = 0x1b;

const devices = fixtureDevices();

const device = (file: string): LspciDevice => firstDeviceOf(devices, file);

const chain = (cfg: ConfigSpace) => walkExtendedCapabilities(cfg).map((cap) => [cap.offset, cap.capId]);

describe('vfioConfigView', () => {
  test('pri-pasid: PASID at 0x230 is skipped, ATS now points at PRI', () => {
    const physical = device('pri-pasid').config;
    const before = physical.toHex();
    const view = vfioConfigView(physical);
    expect(chain(view)).toEqual([
      [0x100, 0x01],
      [0x150, 0x18],
      [0x160, 0x17],
      [0x170, 0x02],
      [0x200, 0x23],
      [0x220, 0x0f],
      [0x240, 0x13],
    ]);
    expect(walkExtendedCapabilities(view).find((cap) => cap.offset === 0x220)!.next).toBe(0x240);
    expect(physical.toHex()).toBe(before);
  });

  test('cap-pasid-pri: PASID first at 0x100 becomes an ID-0 placeholder that keeps the chain walkable', () => {
    const view = vfioConfigView(device('cap-pasid-pri').config);
    expect(view.read32(0x100)).toBe(extCapHeader(0, 0, 0x200));
    expect(chain(view)).toEqual([
      [0x100, 0x00],
      [0x200, 0x0f],
      [0x300, 0x13],
    ]);
  });

  test('a lone PASID at 0x100 leaves an empty chain', () => {
    const cfg = new ConfigSpace(4096);
    cfg.write32(0x100, extCapHeader(PASID, 1, 0));
    expect(walkExtendedCapabilities(vfioConfigView(cfg))).toEqual([]);
  });

  test.each(devices)(
    '$name: PASID absent, every other capability present, chain terminates',
    ({ device: d }) => {
      const physical = walkExtendedCapabilities(d.config);
      const view = vfioConfigView(d.config);
      const seen = walkExtendedCapabilities(view);
      expect(seen.some((cap) => cap.capId === PASID)).toBe(false);
      const expected = physical.filter((cap) => cap.capId !== PASID).map((cap) => [cap.offset, cap.capId]);
      const placeholderAt100 = physical[0]?.capId === PASID;
      const got = seen
        .filter((cap) => !(placeholderAt100 && cap.offset === 0x100))
        .map((c) => [c.offset, c.capId]);
      expect(got).toEqual(expected);
      expect(walkStandardCapabilities(view)).toEqual(walkStandardCapabilities(d.config));
      expect(view.toHex(0, 0x100)).toBe(d.config.toHex(0, 0x100));
    },
  );
});
