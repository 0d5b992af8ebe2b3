// Shared set-up for the iommufd model tests: selftest-mock hosts, IOMMU_TEST_OP_MOCK_DOMAIN, a
// snapshot of a context's whole state, and tiny IOMMU doubles for what no profile has.
import { expect } from 'vitest';
import { type IommuAperture, type IommuHwInfo, IommuUnit } from '../../hw-model/drivers/iommu.ts';
import type { Errno } from '../../hw-model/errors.ts';
import { IommufdError } from '../../hw-model/errors.ts';
import { PciDevice } from '../../hw-model/host/device.ts';
import { Fleet } from '../../hw-model/host/fleet.ts';
import { Host } from '../../hw-model/host/host.ts';
import { IommuGroup, type ReservedRegion } from '../../hw-model/host/iommu-group.ts';
import {
  BoundDevice,
  type Context,
  HwptPaging,
  Ioas,
  type IommufdObject,
  openContext,
} from '../../hw-model/iommufd/index.ts';
import { ConfigSpace } from '../../hw-model/pci/config-space.ts';

export {
  MOCK_APERTURE_LAST,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
} from '../../hw-model/selftest/mock-iommu.ts';
export const PAGE_SIZE = 4096n;
/** The selftest's `buffer`: HUGEPAGE_SIZE aligned (posix_memalign), BUFFER_SIZE = 16 pages. */
export const BUFFER = 0x7f12_3440_0000n;
export const BUFFER_SIZE = PAGE_SIZE * 16n;
export const HUGEPAGE_SIZE = 2n << 20n;

/** A selftest-mock host with `plainDevices` plain mock devices (each in its own group, like mock devices). */
export function mockHost(plainDevices = 4) {
  const fleet = new Fleet();
  const host = fleet.createHost({ name: 'mock', profile: 'selftest-mock' });
  const plain = [host.device('0000:00:01.0')!];
  while (plain.length < plainDevices) {
    plain.push(fleet.addDevice({ host, vendorId: 0x1b36, deviceId: 0x0f00 }));
  }
  return {
    fleet,
    host,
    devices: plain,
    pasidDevice: host.device('0000:00:02.0')!,
    noDirtyDevice: host.device('0000:00:03.0')!,
  };
}

/**
 * IOMMU_TEST_OP_MOCK_DOMAIN: bind a mock device and attach it to `ptId`; on failure the device is
 * unbound again, as the test op leaves nothing behind.
 */
export function mockDomain(ctx: Context, ptId: number, device: PciDevice) {
  const bound = ctx.deviceBind(device);
  try {
    const hwpt = ctx.deviceAttach(bound.id, ptId);
    return { stdev: device, idevId: bound.id, hwptId: hwpt.id };
  } catch (error) {
    ctx.deviceUnbind(bound.id);
    throw error;
  }
}

/** The errno `fn` fails with (the test fails if it succeeds or throws something else). */
export function errnoOf(fn: () => unknown): Errno {
  try {
    fn();
  } catch (error) {
    if (error instanceof IommufdError) return error.errno;
    throw error;
  }
  throw new Error('expected an IommufdError, the call succeeded');
}

/** Asserts `fn` fails with `errno` and leaves the context exactly as it was. */
export function expectErrnoNoChange(ctx: Context, errno: Errno, fn: () => unknown): void {
  const before = snapshot(ctx);
  expect(errnoOf(fn)).toBe(errno);
  expect(snapshot(ctx)).toEqual(before);
}

const hex = (value: bigint) => `0x${value.toString(16)}`;

function describeObject(object: IommufdObject): Record<string, unknown> {
  const base = { id: object.id, type: object.type, users: object.users };
  if (object instanceof Ioas) {
    return {
      ...base,
      areas: [...object.areas()].map((a) => [
        hex(a.iova),
        hex(a.length),
        a.readable,
        a.writable,
        hex(a.userVa),
      ]),
      reserved: object.iopt.reservationEntries.map((r) => [hex(r.start), hex(r.last), ownerName(r.owner)]),
      allowed: object.allowedIovas.map((r) => [hex(r.start), hex(r.last)]),
      alignment: object.iovaAlignment,
      hugePages: object.hugePages,
      hwpts: object.hwpts.map((h) => h.id),
      domains: object.iopt.domains.length,
      ranges: object.iopt.iovaRanges().map((r) => [hex(r.start), hex(r.last)]),
    };
  }
  if (object instanceof HwptPaging) {
    return {
      ...base,
      ioas: object.ioas.id,
      auto: object.autoDomain,
      attachments: [...object.attachments].map(([d, pasids]) => [d.id, [...pasids]]),
    };
  }
  if (object instanceof BoundDevice) {
    return {
      ...base,
      device: object.device.bdf,
      attached: object.attachedHwpt?.id ?? null,
      pasids: [...object.pasidAttachments].map(([p, h]) => [p, h.id]),
      group: [...object.igroup.attachments].map(([p, a]) => [p, a.hwpt.id, [...a.devices].map((d) => d.id)]),
    };
  }
  return base;
}

function ownerName(owner: unknown): string {
  if (owner === null) return 'none';
  if (owner instanceof HwptPaging) return `hwpt ${owner.id}`;
  if (owner instanceof BoundDevice) return `device ${owner.id}`;
  return 'other';
}

/** Everything observable about a context, for "a failed call changes nothing". */
export function snapshot(ctx: Context) {
  return {
    closed: ctx.closed,
    objects: ctx.objects().map(describeObject),
    pinnedPages: ctx.pinnedPages,
    memlockLimit: ctx.memlockLimit,
    bindings: ctx.host.devices.filter((d) => d.binding !== null).map((d) => d.bdf),
  };
}

/** A context on a fresh selftest-mock host. */
export function mockContext(plainDevices = 4) {
  const env = mockHost(plainDevices);
  return { ...env, ctx: openContext(env.host) };
}

// ---- IOMMU doubles for what no profile offers ------------------------------------------------------

export class TestIommu extends IommuUnit {
  readonly type = 'MOCK' as const;

  constructor(
    name: string,
    private readonly options: {
      pageSizes?: bigint[];
      aperture?: IommuAperture;
      dirty?: boolean;
      nesting?: boolean;
    } = {},
  ) {
    super(name);
  }

  get addressWidth(): number {
    return 48;
  }

  get pageSizes(): bigint[] {
    return this.options.pageSizes ?? [4096n, 2n << 20n, 1n << 30n];
  }

  get maxPasidLog2(): number {
    return 0;
  }

  get supportsDirtyTracking(): boolean {
    return this.options.dirty ?? true;
  }

  get supportsNesting(): boolean {
    return this.options.nesting ?? false;
  }

  get supportsAts(): boolean {
    return false;
  }

  override get aperture(): IommuAperture {
    return this.options.aperture ?? super.aperture;
  }

  get hwInfo(): IommuHwInfo {
    return { type: 'MOCK', flags: 0, testReg: 0 };
  }
}

/** A host built by hand: one group per entry, each with its devices and reserved regions. */
export function customHost(
  groups: { iommu: IommuUnit; devices: number; reserved?: ReservedRegion[]; noDirtyTracking?: boolean }[],
) {
  const host = new Host('custom', 'test');
  let slot = 1;
  for (const [number, spec] of groups.entries()) {
    if (!host.iommus.includes(spec.iommu)) host.iommus.push(spec.iommu);
    const group = new IommuGroup(host, number, spec.iommu, spec.reserved ?? []);
    host.groups.push(group);
    for (let i = 0; i < spec.devices; i++) {
      const bdf = `0000:00:${(slot++).toString(16).padStart(2, '0')}.0`;
      const device = new PciDevice({
        host,
        bdf,
        config: new ConfigSpace(),
        iommu: spec.iommu,
        noDirtyTracking: spec.noDirtyTracking ?? false,
      });
      group.add(device);
      host.devices.push(device);
    }
  }
  return host;
}
