// The host-wide PASID allocator (VFIO_IOMMU_PASID_REQUEST design): range from the host's IOMMUs,
// lowest free first, exhaustion, reuse, errors, and one allocator shared by every context on a host.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IommufdError } from '../../hw-model/errors.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { PasidAllocator } from '../../hw-model/host/pasid-allocator.ts';
import { contextsOf, openContext } from '../../hw-model/iommufd/index.ts';
import { errnoOf } from './iommufd-helpers.ts';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof IommufdError) return error.field;
  }
  return 'no error';
};

describe('PasidAllocator', () => {
  it('the range is [1, 2^w - 1], w the widest IOMMU of the host; a host without PASID has none', () => {
    const fleet = createDefaultFleet();
    for (const name of ['spr-01', 'grace-01', 'mock-01']) {
      const allocator = fleet.host(name)!.pasidAllocator;
      expect([allocator.min, allocator.max]).toEqual([1, 2 ** 20 - 1]);
    }
    const genoa = fleet.host('genoa-01')!;
    const width = Math.max(...genoa.iommus.map((i) => i.maxPasidLog2));
    expect(genoa.pasidAllocator.max).toBe(2 ** width - 1);
    const none = new PasidAllocator(() => 0);
    expect([none.min, none.max]).toEqual([1, 0]);
    expect(errnoOf(() => none.alloc(1, 1))).toBe('EINVAL');
    expect(errnoOf(() => none.alloc(0, 0))).toBe('EINVAL');
  });

  it('lowest free first, ENOSPC when the range is full, the lowest freed PASID comes back first', () => {
    const allocator = new PasidAllocator(() => 20);
    expect([1, 2, 3, 4].map(() => allocator.alloc(10, 13))).toEqual([10, 11, 12, 13]);
    expect(errnoOf(() => allocator.alloc(10, 13))).toBe('ENOSPC');
    expect(fieldOf(() => allocator.alloc(10, 13))).toBe('max');
    // Other ranges are unaffected; a range starting inside a run continues after it.
    expect(allocator.alloc(1, 100)).toBe(1);
    expect(allocator.alloc(11, 100)).toBe(14);
    allocator.free(12);
    allocator.free(11);
    expect(allocator.allocated()).toEqual([1, 10, 13, 14]);
    expect(allocator.alloc(10, 13)).toBe(11);
    expect(allocator.alloc(10, 13)).toBe(12);
    expect(errnoOf(() => allocator.alloc(10, 13))).toBe('ENOSPC');
    expect(allocator.size).toBe(6);
  });

  it('errors: min > max or bounds outside the range EINVAL (min/max), free of a free PASID ENOENT', () => {
    const allocator = new PasidAllocator(() => 4);
    const cases: [number, number, string][] = [
      [0, 5, 'min'],
      [1, 16, 'max'],
      [6, 5, 'min'],
      [-1, 3, 'min'],
      [1.5, 3, 'min'],
      [1, Number.NaN, 'max'],
    ];
    for (const [min, max, field] of cases) {
      expect(errnoOf(() => allocator.alloc(min, max))).toBe('EINVAL');
      expect(fieldOf(() => allocator.alloc(min, max))).toBe(field);
    }
    expect(allocator.alloc(1, 15)).toBe(1);
    allocator.free(1);
    for (const pasid of [1, 0, 2, 16, 0.5, -3]) {
      expect(errnoOf(() => allocator.free(pasid))).toBe('ENOENT');
      expect(fieldOf(() => allocator.free(pasid))).toBe('pasid');
    }
    expect(allocator.allocated()).toEqual([]);
  });

  it('two contexts on one host allocating interleaved never collide; other hosts are separate', () => {
    const fleet = createDefaultFleet();
    const host = fleet.host('spr-01')!;
    const a = openContext(host);
    const b = openContext(host);
    expect(contextsOf(host)).toEqual([a, b]);
    const got: number[] = [];
    for (let i = 0; i < 50; i++) {
      got.push(a.host.pasidAllocator.alloc(1, 1000));
      got.push(b.host.pasidAllocator.alloc(1, 1000));
      if (i % 7 === 3) a.host.pasidAllocator.free(got[got.length - 2]!);
    }
    const live = host.pasidAllocator.allocated();
    expect(new Set(live).size).toBe(live.length);
    expect(live.length).toBe(100 - 7);
    expect(fleet.host('grace-01')!.pasidAllocator.allocated()).toEqual([]);
    expect(fleet.host('grace-01')!.pasidAllocator.alloc(1, 10)).toBe(1);
  });

  it('2^20 PASIDs: filling and fragmenting the whole space stays fast (no scans over the range)', () => {
    const allocator = new PasidAllocator(() => 20);
    const max = allocator.max;
    for (let i = 1; i <= max; i++) allocator.alloc(1, max);
    expect(errnoOf(() => allocator.alloc(1, max))).toBe('ENOSPC');
    for (let p = 2; p <= max; p += 2) allocator.free(p);
    expect(allocator.alloc(1, max)).toBe(2);
    expect(allocator.alloc(max - 10, max)).toBe(max - 9);
    expect(allocator.size).toBe((max + 1) / 2 + 2);
  });

  it('matches a model set under random alloc/free sequences', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              op: fc.constant('alloc' as const),
              min: fc.integer({ min: 0, max: 70 }),
              max: fc.integer({ min: 0, max: 70 }),
            }),
            fc.record({ op: fc.constant('free' as const), pasid: fc.integer({ min: 0, max: 70 }) }),
          ),
          { maxLength: 200 },
        ),
        (ops) => {
          const allocator = new PasidAllocator(() => 6);
          const model = new Set<number>();
          for (const op of ops) {
            if (op.op === 'alloc') {
              let expected: string | number;
              if (op.min < 1 || op.min > 63 || op.max < 1 || op.max > 63 || op.min > op.max)
                expected = 'EINVAL';
              else {
                expected = 'ENOSPC';
                for (let p = op.min; p <= op.max; p++)
                  if (!model.has(p)) {
                    expected = p;
                    break;
                  }
              }
              if (typeof expected === 'number') {
                expect(allocator.alloc(op.min, op.max)).toBe(expected);
                model.add(expected);
              } else expect(errnoOf(() => allocator.alloc(op.min, op.max))).toBe(expected);
            } else if (model.has(op.pasid)) {
              allocator.free(op.pasid);
              model.delete(op.pasid);
            } else expect(errnoOf(() => allocator.free(op.pasid))).toBe('ENOENT');
          }
          expect(allocator.allocated()).toEqual([...model].sort((x, y) => x - y));
        },
      ),
    );
  });
});

describe('PASID owners (per-context ioasid_set)', () => {
  it('property: owners only free their own; freeAllOf frees exactly one owner; quotas hold', () => {
    const owners = [null, { ctx: 'a' }, { ctx: 'b' }] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ free: fc.boolean(), owner: fc.integer({ min: 0, max: 2 }), pick: fc.nat(40) }), {
          maxLength: 80,
        }),
        (ops) => {
          const allocator = new PasidAllocator(() => 6);
          allocator.quotaPerContext = 5;
          const model = new Map<number, number>(); // pasid → owner index
          for (const op of ops) {
            const owner = owners[op.owner]!;
            if (!op.free) {
              const held = [...model.values()].filter((o) => o === op.owner).length;
              if (op.owner !== 0 && held >= 5) {
                expect(errnoOf(() => allocator.alloc(1, 63, owner))).toBe('ENOSPC');
              } else model.set(allocator.alloc(1, 63, owner), op.owner);
              continue;
            }
            const pasid = [...model.keys()][op.pick % Math.max(1, model.size)];
            if (pasid === undefined) continue;
            if (model.get(pasid) === op.owner) {
              allocator.free(pasid, owner);
              model.delete(pasid);
            } else expect(errnoOf(() => allocator.free(pasid, owner))).toBe('EPERM');
          }
          const a = [...model].filter(([, o]) => o === 1).map(([p]) => p);
          expect(allocator.freeAllOf(owners[1])).toBe(a.length);
          for (const p of a) model.delete(p);
          expect(allocator.allocated()).toEqual([...model.keys()].sort((x, y) => x - y));
          expect(allocator.heldBy(owners[1])).toBe(0);
        },
      ),
    );
  });

  it('closing a context frees the PASIDs it owns (iommufd_fops_release), not the host’s', () => {
    const host = createDefaultFleet().host('spr-01')!;
    const ctx = openContext(host);
    const owned = host.pasidAllocator.alloc(1, 100, ctx);
    const hosts = host.pasidAllocator.alloc(1, 100);
    ctx.close();
    expect(host.pasidAllocator.isAllocated(owned)).toBe(false);
    expect(host.pasidAllocator.ownerOf(hosts)).toBeNull();
  });
});
