// What vfio-pci shows userspace when it reads a device's config space. vfio-pci's table of
// extended capability lengths gives PASID length 0 ("not yet" virtualized), so it hides PASID
// from the chain and leaves it to the VMM to synthesize a vPASID capability.

import { PCI_EXT_CAP_ID } from './cap-names.ts';
import { EXT_CAP_START, extCapHeader, walkExtendedCapabilities } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';

const HIDDEN_EXT_CAPS: ReadonlySet<number> = new Set([PCI_EXT_CAP_ID.PASID]);

/**
 * The physical config space with hidden extended capabilities unlinked. Our choice follows
 * Linux's vfio_ecap_init: a hidden capability after the first is skipped by rewriting the
 * previous header's next pointer; a hidden capability at 0x100 cannot be skipped (the chain must
 * start there), so its header becomes an ID-0 placeholder (ID 0, version 0) that keeps the next
 * pointer, and the chain stays walkable. Bodies are left as they are: vfio only virtualizes the
 * headers.
 */
export function vfioConfigView(cfg: ConfigSpace): ConfigSpace {
  const view = cfg.clone();
  let previousVisible: number | null = null;
  for (const cap of walkExtendedCapabilities(cfg)) {
    if (!HIDDEN_EXT_CAPS.has(cap.capId)) {
      previousVisible = cap.offset;
      continue;
    }
    if (previousVisible === null) {
      view.write32(EXT_CAP_START, extCapHeader(0, 0, cap.next));
      previousVisible = EXT_CAP_START;
    } else {
      const header = view.read32(previousVisible);
      view.write32(previousVisible, ((header & 0x000fffff) | ((cap.next & 0xffc) << 20)) >>> 0);
    }
  }
  return view;
}
