// The config-space map's geometry: block sizes, blocks of unknown size, row wrapping and labels that fit.
import { describe, expect, it } from 'vitest';
import { fitLabel, layoutConfigSpace, segments, shortName } from '../../web/src/device/map-layout.ts';

describe('config space map layout', () => {
  it("takes lspci's abbreviation as the short label", () => {
    expect(shortName('Process Address Space ID (PASID)')).toBe('PASID');
    expect(shortName('MSI-X')).toBe('MSI-X');
  });

  it('draws a capability of unknown size up to the next capability or gap, and places vPASID with 8 bytes', () => {
    const regions = layoutConfigSpace({
      capabilities: [
        { name: 'Advanced Error Reporting', offset: 0x100, size: null, extended: true },
        { name: 'Latency Tolerance Reporting', offset: 0x150, size: 8, extended: true },
      ],
      gaps: [{ offset: 0x158, length: 0xea8 }],
      hidden: [{ offset: 0x500, length: 4, description: 'quirk' }],
      placement: { offset: 0xff8 },
    });
    const aer = regions.find((r) => r.name === 'Advanced Error Reporting')!;
    expect(aer).toMatchObject({ start: 0x100, length: 0x50, sizeKnown: false, extended: true });
    expect(regions.find((r) => r.kind === 'placement')).toMatchObject({ start: 0xff8, length: 8 });
    expect(regions.find((r) => r.kind === 'hidden')).toMatchObject({ start: 0x500, length: 4 });
    expect(regions[0]).toMatchObject({ kind: 'header', start: 0, length: 0x40 });
  });

  it('has no placement block when the API proposes no offset', () => {
    const regions = layoutConfigSpace({
      capabilities: [],
      gaps: [],
      hidden: [],
      placement: { offset: null },
    });
    expect(regions.map((r) => r.kind)).toEqual(['header']);
  });

  it('cuts a block that crosses a row boundary into one segment per row, and stops at 4 KiB', () => {
    expect(segments(0x70, 0x20, 0x80)).toEqual([
      { row: 0, column: 0x70, length: 0x10 },
      { row: 1, column: 0, length: 0x10 },
    ]);
    expect(segments(0xff8, 0x10, 0x80)).toEqual([{ row: 31, column: 0x78, length: 8 }]);
  });

  it('shortens labels to the width and drops them where not one character fits', () => {
    expect(fitLabel('PASID', 48)).toBe('PASID');
    expect(fitLabel('Latency Tolerance Reporting', 48)).toBe('Latenc…');
    expect(fitLabel('PASID', 6)).toBe('');
  });
});
