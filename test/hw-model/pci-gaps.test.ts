import { describe, expect, test } from 'vitest';
import {
  ConfigSpace,
  configSpaceGaps,
  extendedCapabilityExtents,
  formatRange,
  quirksFor,
  rangesOverlap,
  registersOutsideChain,
} from '../../hw-model/pci/index.ts';
import { fixtureDevices } from './pci-fixtures.ts';

const devices = fixtureDevices();

function device(file: string, bdf?: string): ConfigSpace {
  return devices.find((d) => d.name.startsWith(`${file} `) && (!bdf || d.device.bdf === bdf))!.device.config;
}

const quirksOf = (cfg: ConfigSpace) => quirksFor(cfg.vendorId, cfg.deviceId);
const gapsOf = (cfg: ConfigSpace) => configSpaceGaps(cfg, quirksOf(cfg)).map(formatRange);

describe('configSpaceGaps on real devices', () => {
  test('pri-pasid: the stray dword at 0x500 is not free', () => {
    const cfg = device('pri-pasid');
    expect(gapsOf(cfg)).toEqual([
      '0x158-0x15f',
      '0x218-0x21f',
      '0x228-0x22f',
      '0x238-0x23f',
      '0x250-0x4ff',
      '0x504-0xfff',
    ]);
    // Without the quirk table the non-zero dword alone keeps it out.
    expect(configSpaceGaps(cfg, []).map(formatRange)).toContain('0x504-0xfff');
    expect(registersOutsideChain(cfg).map(formatRange)).toEqual(['0x500-0x503']);
  });

  test('cap-dvsec-cxl (8086:0d93): a dense chain leaves only small holes between capabilities', () => {
    expect(gapsOf(device('cap-dvsec-cxl', '0000:6b:00.0'))).toEqual([
      '0x580-0x587',
      '0x590-0x5af',
      '0x6e8-0x6ff',
      '0x70c-0x713',
      '0xb30-0xb3f',
      '0xb48-0xb4f',
      '0xb5c-0xb7f',
      '0xbc0-0xcff',
      '0xd4c-0xdff',
      '0xe44-0xfff',
    ]);
  });

  test('cap-phy32 (Samsung NVMe): hidden registers and the unlinked chain at 0x238-0x3bf stay out', () => {
    const cfg = device('cap-phy32');
    const gaps = configSpaceGaps(cfg, quirksOf(cfg));
    expect(gaps.map(formatRange)).toEqual([
      '0x154-0x157',
      '0x170-0x177',
      '0x3d4-0x3d7',
      '0x3f0-0x41f',
      '0x4a0-0x6ff',
      '0x910-0xb0f',
      '0xc04-0xf0f',
      '0xf20-0xfff',
    ]);
    expect(registersOutsideChain(cfg).length).toBeGreaterThan(30);
    // 0x2a0 reads zero but belongs to the unlinked chain the quirk describes.
    expect(cfg.read32(0x2a0)).toBe(0);
    expect(gaps.some((gap) => rangesOverlap(gap, { offset: 0x2a0, length: 4 }))).toBe(false);
  });

  test('ConnectX-3 Pro: a last capability of unknown length claims the rest (QEMU rule): no gaps', () => {
    expect(gapsOf(device('cap-aer-root', '0000:03:00.0'))).toEqual([]);
  });

  test('256-byte spaces have no extended space to offer', () => {
    expect(configSpaceGaps(device('cap-dpc'), [])).toEqual([]);
    expect(configSpaceGaps(new ConfigSpace(256), [])).toEqual([]);
  });

  test('an empty 4096-byte space is one window 0x100-0xfff, minus a quirk range', () => {
    const cfg = new ConfigSpace(4096);
    expect(configSpaceGaps(cfg, []).map(formatRange)).toEqual(['0x100-0xfff']);
    const quirk = { description: 'test', hiddenRegisters: [{ offset: 0x402, length: 2 }] };
    expect(configSpaceGaps(cfg, [quirk]).map(formatRange)).toEqual(['0x100-0x3ff', '0x404-0xfff']);
  });

  test.each(devices)(
    '$name: gaps are aligned, sorted, merged, zero and clear of capabilities and quirks',
    ({ device: d }) => {
      const cfg = d.config;
      const gaps = configSpaceGaps(cfg, quirksOf(cfg));
      const extents = extendedCapabilityExtents(cfg);
      const hidden = quirksOf(cfg).flatMap((q) => q.hiddenRegisters);
      gaps.forEach((gap, i) => {
        expect(gap.offset % 4).toBe(0);
        expect(gap.length % 4).toBe(0);
        expect(gap.offset).toBeGreaterThanOrEqual(0x100);
        expect(gap.offset + gap.length).toBeLessThanOrEqual(0x1000);
        if (i > 0) expect(gap.offset).toBeGreaterThan(gaps[i - 1]!.offset + gaps[i - 1]!.length);
        expect(cfg.bytes.subarray(gap.offset, gap.offset + gap.length).every((b) => b === 0)).toBe(true);
        for (const extent of extents) expect(rangesOverlap(gap, extent), formatRange(extent)).toBe(false);
        for (const range of hidden) expect(rangesOverlap(gap, range), formatRange(range)).toBe(false);
      });
    },
  );
});
