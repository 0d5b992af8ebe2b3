// The feed's one-line summaries: kind first, then the device's BDF.
import { describe, expect, it } from 'vitest';
import {
  changesFleet,
  invalidationLine,
  objectEventLine,
  pageFaultLine,
  veventLine,
} from '../../web/src/events/event-line.ts';

describe('event lines', () => {
  it('a page fault: BDF, group, address', () => {
    const line = pageFaultLine({
      groupId: 3,
      faults: [{ address: '0xdead000', pasid: null, permissions: ['READ'] }],
      device: { device: { bdf: '0000:00:01.0', host: { name: 'mock-01' } } },
    });
    expect(line.text).toBe('page fault 0000:00:01.0 group 3 0xdead000 read');
    expect(line).toMatchObject({ kind: 'page fault', host: 'mock-01', bdf: '0000:00:01.0' });
  });

  it('an invalidation: BDF, scope, PASID and range', () => {
    const line = invalidationLine({
      scope: 'ADDRESS_RANGE',
      pasid: 5,
      virtId: null,
      range: { start: '0x1000', last: '0x1fff' },
      device: { bdf: '0000:6a:01.0' },
      host: { name: 'spr-01' },
      target: { type: 'HWPT_NESTED', objectId: 7 },
    });
    expect(line.text).toBe(
      'invalidation 0000:6a:01.0 address range pasid 5 0x1000-0x1fff on HWPT_NESTED 7 host spr-01',
    );
  });

  it("a vevent names the device behind its virtual ID through the vIOMMU's vDEVICEs", () => {
    const viommu = {
      iommu: { host: { name: 'grace-01' } },
      vdevices: [{ virtId: '0x42', device: { device: { bdf: '0000:01:00.0' } } }],
    };
    const line = veventLine({
      sequence: 0,
      lostEvents: false,
      virtId: '0x42',
      veventq: { objectId: 9, viommu },
    });
    expect(line.text).toBe('vevent 0000:01:00.0 virtId 0x42 seq 0 host grace-01');
  });

  it('an object event: kind, type and what names it; only hosts and devices change the fleet', () => {
    const created = {
      kind: 'CREATED' as const,
      typename: 'Host',
      host: { name: 'spr-02' },
      node: { __typename: 'Host' as const, name: 'spr-02' },
    };
    expect(objectEventLine(created).text).toBe('created Host spr-02');
    expect(changesFleet(created)).toBe(true);
    const ioas = {
      kind: 'CREATED' as const,
      typename: 'Ioas',
      host: { name: 'mock-01' },
      node: { __typename: 'Ioas' as const, objectId: 2 },
    };
    expect(objectEventLine(ioas).text).toBe('created Ioas #2 host mock-01');
    expect(changesFleet(ioas)).toBe(false);
  });
});
