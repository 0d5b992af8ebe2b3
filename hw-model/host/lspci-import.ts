// Builds a host from `lspci -vvv -xxxx` output: every dumped function becomes a device with its
// real config space, behind one IOMMU chosen from the host bridge's vendor.
import { fail } from '../errors.ts';
import { AmdVi, GENOA_AMDVI } from '../iommu/amd-vi.ts';
import { ArmSmmuv3, GRACE_SMMUV3 } from '../iommu/arm-smmuv3.ts';
import { IntelVtd, SPR_VTD } from '../iommu/intel-vtd.ts';
import type { IommuUnit } from '../iommu/iommu.ts';
import { type LspciDevice, parseLspci } from '../pci/lspci-parser.ts';
import type { Host } from './host.ts';
import { buildHost } from './host-builder.ts';

export const LSPCI_IMPORT_PROFILE = 'lspci-import';

const CLASS_HOST_BRIDGE = 0x0600;
/** Base class 08, subclass 06: an IOMMU's own PCI function, which it does not translate. */
const CLASS_IOMMU = 0x0806;
const VENDOR_INTEL = 0x8086;
const VENDOR_AMD = 0x1022;

/**
 * The IOMMU an imported host gets, from the vendor of its first host bridge (class 0x0600):
 * Intel → VT-d dmar0 with Sapphire Rapids registers; AMD → AMD-Vi ivhd0 with Genoa registers;
 * anything else, or no host bridge in the dump → SMMUv3 with Grace registers.
 */
export function iommuForImport(devices: LspciDevice[]): IommuUnit {
  const bridge = devices.find((d) => d.config.classCode >> 8 === CLASS_HOST_BRIDGE);
  switch (bridge?.config.vendorId) {
    case VENDOR_INTEL:
      return new IntelVtd('dmar0', SPR_VTD);
    case VENDOR_AMD:
      return new AmdVi('ivhd0', GENOA_AMDVI);
    default:
      return new ArmSmmuv3(GRACE_SMMUV3);
  }
}

/** Throws the parser's EINVAL ('line N: ...', field 'lspci') on a malformed dump. */
export function importLspciHost(hostName: string, text: string): Host {
  const devices = parseLspci(text);
  if (devices.length === 0) fail('EINVAL', 'the lspci output holds no device', 'lspci');
  const seen = new Set<string>();
  for (const d of devices) {
    if (seen.has(d.bdf)) fail('EINVAL', `device ${d.bdf} appears twice in the lspci output`, 'lspci');
    seen.add(d.bdf);
  }
  const iommu = iommuForImport(devices);
  return buildHost(
    hostName,
    LSPCI_IMPORT_PROFILE,
    [iommu],
    devices.map((d) => ({
      bdf: d.bdf,
      name: d.title,
      config: d.config,
      iommu: d.config.classCode >> 8 === CLASS_IOMMU ? null : iommu,
    })),
  );
}
