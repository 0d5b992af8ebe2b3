// Builds a host from `lspci -vvv -xxxx` output: every dumped function becomes a device with its
// real config space. lspci shows nothing of the IOMMU, so the host has none unless the caller says
// which one (type and registers); without one, devices have no IOMMU, no group and no GET_HW_INFO,
// as on a machine booted without an IOMMU.

import { type IommuSpec, iommuFromRegisters } from '../drivers/from-registers.ts';
import { fail } from '../errors.ts';
import { parseLspci } from '../pci/lspci-parser.ts';
import type { Host } from './host.ts';
import { buildHost } from './host-builder.ts';

export const LSPCI_IMPORT_PROFILE = 'lspci-import';

/** Base class 08, subclass 06: an IOMMU's own PCI function, which it does not translate. */
const CLASS_IOMMU = 0x0806;

/** "Ethernet controller: Intel Corporation I350 (rev 01)" → "Intel Corporation I350 (rev 01)". */
export function withoutClassPrefix(title: string): string {
  const colon = title.indexOf(': ');
  return colon > 0 ? title.slice(colon + 2) : title;
}

/** Throws the parser's EINVAL ('line N: ...', field 'lspci') on a malformed dump. */
export function importLspciHost(hostName: string, text: string, iommuSpec?: IommuSpec | null): Host {
  const devices = parseLspci(text);
  if (devices.length === 0) fail('EINVAL', 'the lspci output holds no device', 'lspci');
  const seen = new Set<string>();
  for (const d of devices) {
    if (seen.has(d.bdf)) fail('EINVAL', `device ${d.bdf} appears twice in the lspci output`, 'lspci');
    seen.add(d.bdf);
  }
  const iommu = iommuSpec ? iommuFromRegisters(iommuSpec) : null;
  return buildHost(
    hostName,
    LSPCI_IMPORT_PROFILE,
    iommu ? [iommu] : [],
    devices.map((d) => ({
      bdf: d.bdf,
      name: withoutClassPrefix(d.title),
      config: d.config,
      iommu: d.config.classCode >> 8 === CLASS_IOMMU ? null : iommu,
    })),
    'LSPCI',
  );
}
