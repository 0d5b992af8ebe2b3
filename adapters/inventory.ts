// Thin adapters between inventory fields and hw-model/pci.

import { fail } from '../hw-model/errors.ts';
import type { PciDevice } from '../hw-model/host/device.ts';
import { configSpaceGaps } from '../hw-model/pci/gaps.ts';
import { placeVirtualCapability } from '../hw-model/pci/placement.ts';
import { vfioConfigView } from '../hw-model/pci/vfio-view.ts';

/** Device.configSpace: a window of the physical or VFIO view, clipped to the config-space size. */
export function configWindow(
  device: PciDevice,
  offset: number,
  length: number,
  view: 'PHYSICAL' | 'VFIO',
): string {
  const config = view === 'VFIO' ? vfioConfigView(device.config) : device.config;
  if (offset < 0 || offset > config.size) fail('EINVAL', `offset must be within 0..${config.size}`, 'offset');
  if (length < 0) fail('EINVAL', 'length must not be negative', 'length');
  return config.toHex(offset, Math.min(length, config.size - offset));
}

export function gapsOf(device: PciDevice) {
  return configSpaceGaps(device.config, device.quirks());
}

export function placementFor(
  device: PciDevice,
  input: { capId?: number | null; size?: number | null; offset?: number | null },
) {
  const placement = placeVirtualCapability(device.config, device.quirks(), {
    capId: input.capId ?? undefined,
    size: input.size ?? undefined,
    offset: input.offset ?? null,
  });
  return {
    offset: placement.offset,
    reason: placement.reason,
    warnings: placement.warnings,
    guestConfigSpace: placement.guestConfig?.toHex(0x100, 0xf00) ?? null,
  };
}
