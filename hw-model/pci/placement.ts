// Where a VMM can put a virtual capability (vPASID by default) in the guest's view of a device.
// vfio-pci hides PASID and leaves the VMM to synthesize it; QEMU and cloud-hypervisor put it at
// 0xff8 unless told otherwise (x-vpasid-cap-offset), because nothing tells them where free space
// is. This model says where it is, and checks an explicit offset the way QEMU would.

import { PCI_EXT_CAP_ID } from './cap-names.ts';
import { EXT_CAP_END, EXT_CAP_START, walkExtendedCapabilities } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';
import { decodePasid } from './decoders.ts';
import { EXT_CAP_HEADER_SIZE, extendedCapabilityExtents } from './extents.ts';
import { configSpaceGaps } from './gaps.ts';
import { registersOutsideChain } from './hidden-registers.ts';
import { insertExtendedCapability } from './insert-capability.ts';
import { type PlacementRequest, validatePlacementRequest } from './placement-request.ts';
import type { DeviceQuirk } from './quirks.ts';
import { type ConfigSpaceRange, formatRange, rangeContains, rangeEnd, rangesOverlap } from './ranges.ts';
import { vfioConfigView } from './vfio-view.ts';

export type { PlacementRequest } from './placement-request.ts';

export interface VirtualCapabilityPlacement {
  offset: number | null;
  reason: string;
  warnings: string[];
  /** The guest's view (vfio's view) with the new capability linked in; null when offset is null. */
  guestConfig: ConfigSpace | null;
}

/** QEMU's and cloud-hypervisor's default vPASID offset: the last 8 bytes of config space. */
export const QEMU_DEFAULT_VPASID_OFFSET = 0xff8;

const PASID_CAP_REG = 0x04;

export function placeVirtualCapability(
  cfg: ConfigSpace,
  quirks: readonly DeviceQuirk[],
  request?: PlacementRequest,
): VirtualCapabilityPlacement {
  const { capId, size, offset: requested } = validatePlacementRequest(request);
  const warnings = outsideChainWarnings(cfg, quirks);
  if (!cfg.isExtended) {
    return refuse(
      'the device has no extended config space (256 bytes): no capability can be placed',
      warnings,
    );
  }
  const guest = vfioConfigView(cfg);
  const range = (offset: number): ConfigSpaceRange => ({ offset, length: size });

  let offset: number;
  let reason: string;
  if (requested !== null) {
    const problem = explicitOffsetProblem(guest, quirks, range(requested));
    if (problem) return refuse(`offset ${hex(requested)} rejected: ${problem}`, warnings);
    offset = requested;
    reason = `offset ${hex(offset)} was requested and passes QEMU's checks (x-vpasid-cap-offset)`;
    warnings.push(...explicitOffsetRisks(guest, range(offset)));
  } else {
    const choice = chooseOffset(cfg, guest, quirks, size);
    if (choice === null) {
      return refuse(`no free dword-aligned window of ${size} bytes in extended config space`, warnings);
    }
    ({ offset, reason } = choice);
  }
  if (offset !== QEMU_DEFAULT_VPASID_OFFSET) {
    warnings.push(
      `offset ${hex(offset)} is not QEMU's default ${hex(QEMU_DEFAULT_VPASID_OFFSET)}: pass it explicitly (x-vpasid-cap-offset=${hex(offset)})`,
    );
  }

  insertExtendedCapability(guest, capId, offset, size);
  if (capId === PCI_EXT_CAP_ID.PASID && size >= 8) {
    // Advertise what the physical function supports; control stays zero until the guest enables it.
    const physical = decodePasid(cfg);
    if (physical) guest.write16(offset + PASID_CAP_REG, cfg.read16(physical.offset + PASID_CAP_REG));
  }
  return { offset, reason, warnings, guestConfig: guest };
}

function chooseOffset(
  cfg: ConfigSpace,
  guest: ConfigSpace,
  quirks: readonly DeviceQuirk[],
  size: number,
): { offset: number; reason: string } | null {
  const gaps = configSpaceGaps(cfg, quirks);
  const fits = (offset: number) => gaps.some((gap) => rangeContains(gap, { offset, length: size }));
  // With no extended capabilities the chain has to start at 0x100 (QEMU allows nothing else).
  if (walkExtendedCapabilities(guest).length === 0) {
    return fits(EXT_CAP_START)
      ? { offset: EXT_CAP_START, reason: 'no extended capabilities: the new one starts the chain at 0x100' }
      : null;
  }
  if (fits(QEMU_DEFAULT_VPASID_OFFSET)) {
    return {
      offset: QEMU_DEFAULT_VPASID_OFFSET,
      reason: "0xff8 is free: QEMU's and cloud-hypervisor's default",
    };
  }
  const highest = [...gaps].reverse().find((gap) => gap.length >= size);
  if (!highest) return null;
  // The top of the highest window, as close to the VMMs' default as the device allows.
  const offset = rangeEnd(highest) - size;
  return { offset, reason: `0xff8 is not free; top of the highest free window ${formatRange(highest)}` };
}

/** Why QEMU (or the device) would not take this offset, or null when it is acceptable. */
function explicitOffsetProblem(
  guest: ConfigSpace,
  quirks: readonly DeviceQuirk[],
  range: ConfigSpaceRange,
): string | null {
  if (range.offset % 4 !== 0) return 'not dword aligned';
  if (range.offset < EXT_CAP_START) return 'below 0x100, in standard config space';
  if (rangeEnd(range) > EXT_CAP_END) return `ends at ${hex(rangeEnd(range))}, beyond 0x1000`;
  const extents = extendedCapabilityExtents(guest);
  if (extents.length === 0 && range.offset !== EXT_CAP_START) {
    return 'the device has no extended capabilities, so the chain must start at 0x100';
  }
  for (const extent of extents) {
    const header = { offset: extent.offset, length: EXT_CAP_HEADER_SIZE };
    // A body written over a header would cut the chain, so a range reaching a header is refused
    // too, not only an offset inside one (QEMU's own check).
    if (rangesOverlap(range, header)) {
      return `overlaps the header of ${extent.cap.name} at ${hex(extent.offset)}`;
    }
    if (extent.known && rangesOverlap(range, extent)) {
      return `inside ${extent.cap.name} at ${formatRange(extent)}`;
    }
  }
  for (const quirk of quirks) {
    const hit = quirk.hiddenRegisters.find((hidden) => rangesOverlap(range, hidden));
    if (hit) return `overlaps hidden registers ${formatRange(hit)} (${quirk.description})`;
  }
  return null;
}

/** Risks QEMU would not see: bodies of unknown length and non-zero bytes under the new capability. */
function explicitOffsetRisks(guest: ConfigSpace, range: ConfigSpaceRange): string[] {
  const risks: string[] = [];
  for (const extent of extendedCapabilityExtents(guest)) {
    if (!extent.known && rangesOverlap(range, extent)) {
      risks.push(
        `${hex(range.offset)} lies in the space QEMU attributes to ${extent.cap.name} at ${hex(extent.offset)}, whose length is unknown: its body may be overwritten`,
      );
    }
  }
  if (guest.bytes.subarray(range.offset, rangeEnd(range)).some((byte) => byte !== 0)) {
    risks.push(`${formatRange(range)} is not zero in the device's config space`);
  }
  return risks;
}

function outsideChainWarnings(cfg: ConfigSpace, quirks: readonly DeviceQuirk[]): string[] {
  const warnings: string[] = [];
  const stray = registersOutsideChain(cfg);
  if (stray.length > 0) {
    const shown = stray.slice(0, 4).map(formatRange).join(', ');
    const more = stray.length > 4 ? ` and ${stray.length - 4} more` : '';
    warnings.push(
      `the device has non-zero registers outside its capability chain (${shown}${more}); vfio-pci passes them through and they are kept clear`,
    );
  }
  for (const quirk of quirks) {
    warnings.push(`known hidden registers: ${quirk.description}`);
  }
  return warnings;
}

function refuse(reason: string, warnings: string[]): VirtualCapabilityPlacement {
  return { offset: null, reason, warnings, guestConfig: null };
}

function hex(value: number): string {
  return `0x${value.toString(16)}`;
}
