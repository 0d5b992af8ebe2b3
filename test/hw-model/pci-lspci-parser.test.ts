// lspci dump parser: several devices and domains a file, 64/256/4096-byte dumps, decoded text
// tolerated, malformed input refused with the line at fault.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { IommufdError } from '../../hw-model/errors.ts';
import { parseLspci } from '../../hw-model/pci/index.ts';
import { lspciFixtureDir } from '../shared-dir.ts';

function fixture(name: string): string {
  return readFileSync(path.join(lspciFixtureDir, name), 'utf8');
}

function hexRows(bytes: number, fill = (offset: number) => offset & 0xff): string[] {
  const rows: string[] = [];
  for (let offset = 0; offset < bytes; offset += 16) {
    const values = Array.from({ length: 16 }, (_, i) =>
      fill(offset + i)
        .toString(16)
        .padStart(2, '0'),
    );
    rows.push(`${offset.toString(16).padStart(bytes > 256 ? 3 : 2, '0')}: ${values.join(' ')}`);
  }
  return rows;
}

function expectEinval(text: string, line: number, why: RegExp): void {
  let caught: unknown;
  try {
    parseLspci(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IommufdError);
  const error = caught as IommufdError;
  expect(error.errno).toBe('EINVAL');
  expect(error.field).toBe('lspci');
  expect(error.message).toMatch(new RegExp(`^line ${line}: `));
  expect(error.message).toMatch(why);
}

describe('real multi-device files', () => {
  test('PCI-X-bridges-and-domains: 31 devices over domains 0000-0004, 256 bytes each', () => {
    const devices = parseLspci(fixture('PCI-X-bridges-and-domains'));
    expect(devices).toHaveLength(31);
    expect(new Set(devices.map((d) => d.bdf.slice(0, 4)))).toEqual(
      new Set(['0000', '0001', '0002', '0003', '0004']),
    );
    expect(devices[0]!.bdf).toBe('0000:00:01.0');
    expect(devices[0]!.title).toBe('Co-processor: IBM: Unknown device 00e0 (rev 01)');
    expect(devices.find((d) => d.bdf === '0001:62:00.0')!.config.vendorId).toBe(0x102b);
    expect(devices.every((d) => d.bytesPresent === 256 && d.config.size === 256)).toBe(true);
  });

  test('tree-asus-p6t6: 53 devices, no domain in the file becomes 0000, 4096-byte dumps', () => {
    const devices = parseLspci(fixture('tree-asus-p6t6'));
    expect(devices).toHaveLength(53);
    expect(devices.every((d) => d.bdf.startsWith('0000:'))).toBe(true);
    const first = devices[0]!;
    expect(first.bdf).toBe('0000:00:00.0');
    expect([first.config.vendorId, first.config.deviceId]).toEqual([0x8086, 0x3405]);
    expect(first.bytesPresent).toBe(4096);
    expect(first.hasDecodedText).toBe(false);
  });

  test('tree-fsl-p2020 and tree-fujitsu-p8010: every device found, domains kept', () => {
    const fsl = parseLspci(fixture('tree-fsl-p2020'));
    expect(fsl.map((d) => d.bdf)).toContain('0002:01:00.0');
    expect(fsl).toHaveLength(6);
    expect(parseLspci(fixture('tree-fujitsu-p8010'))).toHaveLength(22);
  });

  test('cap-vc-and-rcl: 16 devices with decoded text, mixed 256- and 4096-byte dumps', () => {
    const devices = parseLspci(fixture('cap-vc-and-rcl'));
    expect(devices).toHaveLength(16);
    expect(new Set(devices.map((d) => d.bytesPresent))).toEqual(new Set([256, 4096]));
    expect(devices.every((d) => d.hasDecodedText)).toBe(true);
  });

  test("pri-pasid: lspci's decoded capabilities with offsets and versions", () => {
    const [device] = parseLspci(fixture('pri-pasid'));
    expect(device!.decodedCapabilities.slice(0, 4)).toEqual([
      {
        offset: 0x40,
        extended: false,
        version: null,
        name: 'Express (v2) Root Complex Integrated Endpoint, MSI 00',
      },
      { offset: 0x80, extended: false, version: null, name: 'MSI-X: Enable+ Count=9 Masked-' },
      { offset: 0x90, extended: false, version: null, name: 'Power Management version 3' },
      { offset: 0x100, extended: true, version: 2, name: 'Advanced Error Reporting' },
    ]);
    expect(device!.decodedCapabilities.find((c) => c.offset === 0x230)?.name).toBe(
      'Process Address Space ID (PASID)',
    );
    expect(device!.config.read32(0x500)).toBe(0x10);
  });
});

describe('dump sizes and line endings', () => {
  test('a 64-byte (-x) dump is padded to 256 bytes with zeros', () => {
    const [device] = parseLspci(['00:1f.3 SMBus: Intel', ...hexRows(64)].join('\n'));
    expect(device!.bytesPresent).toBe(64);
    expect(device!.config.size).toBe(256);
    expect(device!.config.read8(0x3f)).toBe(0x3f);
    expect(device!.config.bytes.subarray(64).every((b) => b === 0)).toBe(true);
  });

  test('256 and 4096 bytes, CRLF, blank lines, decoded text and an uppercase domain-less BDF', () => {
    const text = [
      '',
      '0A:00.1 Ethernet controller: Test',
      '\tCapabilities: [40] Power Management version 3',
      '\tCapabilities: <access denied>',
      ...hexRows(256),
      '',
      '0001:00:02.0 PCI bridge: Test',
      '\tCapabilities: [100 v1] Advanced Error Reporting',
      '\tCapabilities: [150 v1] <chain looped>',
      ...hexRows(4096, (offset) => (offset * 7) & 0xff),
      '',
    ].join('\r\n');
    const [a, b] = parseLspci(text);
    expect(a!.bdf).toBe('0000:0a:00.1');
    expect(a!.bytesPresent).toBe(256);
    expect(a!.decodedCapabilities).toEqual([
      { offset: 0x40, extended: false, version: null, name: 'Power Management version 3' },
    ]);
    expect(b!.bdf).toBe('0001:00:02.0');
    expect(b!.bytesPresent).toBe(4096);
    expect(b!.config.read8(0xfff)).toBe((0xfff * 7) & 0xff);
    expect(b!.decodedCapabilities.map((c) => c.offset)).toEqual([0x100]);
  });
});

describe('malformed input is EINVAL with the line number', () => {
  test('no device at all', () => {
    expectEinval('', 1, /no lspci device header/);
    expectEinval('\n\nhello world\n', 3, /no lspci device header/);
  });

  test('hex before any device header', () => {
    expectEinval(['00: 86 80 25 0b 46 01 10 00 00 00 80 08 00 00 00 00'].join('\n'), 1, /before any device/);
  });

  test('a non-hex byte, a short row, a skipped row', () => {
    const rows = hexRows(256);
    const bad = [...rows];
    bad[3] = '30: 00 00 00 00 4g 00 00 00 00 00 00 00 00 00 00 00';
    expectEinval(['00:1f.3 SMBus', ...bad].join('\n'), 5, /malformed hex line/);
    const short = [...rows];
    short[2] = '20: 00 00 00';
    expectEinval(['00:1f.3 SMBus', ...short].join('\n'), 4, /has 3 bytes/);
    const skipped = rows.filter((_, i) => i !== 5);
    expectEinval(['00:1f.3 SMBus', ...skipped].join('\n'), 7, /expected hex offset 0x50/);
  });

  test('a device whose dump stops part-way, or has no hex at all', () => {
    expectEinval(['00:1f.3 SMBus', ...hexRows(128)].join('\n'), 1, /128 bytes of hex/);
    expectEinval(['00:1f.3 SMBus', ...hexRows(64), '00:1f.4 Other'].join('\n'), 6, /no hex dump/);
  });
});
