// Property: an unmap never frees pages an access holds without first telling it (ops->unmap). Random
// maps, pins through mock accesses (some of which ignore the notification), unpins and unmaps; after each
// step every live pin's areas are still mapped, every successful unmap notified the pinning accesses and
// left no pin meeting its range, and the context's pinned pages cover every live pin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessPin } from '../../hw-model/iommufd/index.ts';
import { openContext } from '../../hw-model/iommufd/index.ts';
import {
  MOCK_APERTURE_START,
  mockAccessDriver,
  testAccessPages,
  testCreateAccess,
  testDestroyAccessPages,
} from '../../hw-model/selftest/index.ts';
import { mockHost, PAGE_SIZE } from './iommufd-helpers.ts';

const SLOTS = 8;
const SLOT = 4n * PAGE_SIZE;
const slotIova = (slot: number) => MOCK_APERTURE_START + BigInt(slot) * SLOT;

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('map' as const), slot: fc.nat(SLOTS - 1) }),
  fc.record({
    kind: fc.constant('pin' as const),
    access: fc.nat(1),
    slot: fc.nat(SLOTS - 1),
    pages: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant('unpin' as const),
    access: fc.nat(1),
    item: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('unmap' as const),
    slot: fc.nat(SLOTS - 1),
    slots: fc.integer({ min: 1, max: 3 }),
  }),
);

const meets = (pin: AccessPin, first: bigint, last: bigint) => pin.iova <= last && first <= pin.last;

describe('access objects (model properties)', () => {
  it('an unmap never frees pages an access holds without the notification', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const ctx = openContext(mockHost().host);
        const ioas = ctx.ioasAlloc();
        const accesses = [
          testCreateAccess(ctx, ioas.id),
          testCreateAccess(ctx, ioas.id, { ignoresUnmap: true }),
        ];
        for (const step of steps) {
          if (step.kind === 'map') {
            try {
              ctx.ioasMap(ioas.id, {
                iova: slotIova(step.slot),
                length: SLOT,
                userVa: 0x7f00_0000_0000n,
                readable: true,
                writable: true,
              });
            } catch {}
          } else if (step.kind === 'pin') {
            try {
              testAccessPages(
                ctx,
                accesses[step.access]!.id,
                slotIova(step.slot),
                BigInt(step.pages) * PAGE_SIZE,
                false,
              );
            } catch {}
          } else if (step.kind === 'unpin') {
            try {
              testDestroyAccessPages(ctx, accesses[step.access]!.id, step.item);
            } catch {}
          } else {
            const first = slotIova(step.slot);
            const last = first + BigInt(step.slots) * SLOT - 1n;
            const pinnedBefore = accesses.map((a) => [...a.pins].some((pin) => meets(pin, first, last)));
            const notifiedBefore = accesses.map((a) => mockAccessDriver(a).notified.length);
            const result = ctx.ioasUnmap(ioas.id, first, last - first + 1n);
            if (result.unmapped > 0n) {
              accesses.forEach((a, i) => {
                if (pinnedBefore[i])
                  expect(mockAccessDriver(a).notified.length).toBeGreaterThan(notifiedBefore[i]!);
              });
            }
            if (result.error === null) {
              for (const a of accesses) for (const pin of a.pins) expect(meets(pin, first, last)).toBe(false);
            }
            if (result.error?.errno === 'EDEADLK') expect(pinnedBefore[1]).toBe(true);
          }
          const areas = new Set(ioas.areas());
          let pinnedBytesLowerBound = 0n;
          for (const a of accesses) {
            for (const pin of a.pins) {
              for (const piece of pin.pieces) expect(areas.has(piece.area)).toBe(true);
              pinnedBytesLowerBound = pin.length > pinnedBytesLowerBound ? pin.length : pinnedBytesLowerBound;
            }
          }
          expect(ctx.pinnedPages * PAGE_SIZE >= pinnedBytesLowerBound).toBe(true);
        }
        ctx.close();
        expect(ctx.host.iommufd.list().includes(ctx)).toBe(false);
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});
