// SR-IOV virtual functions: enabled VFs become devices of the host at the routing IDs the PF's
// First VF Offset and VF Stride give, each with its own config space.
import type { ConfigSpace } from '../pci/config-space.ts';
import type { SriovRegs } from '../pci/decoders.ts';
import { buildConfigSpace, type ExtendedCapabilitySpec } from '../pci/synthesize.ts';
import { formatBdf, vfAddress } from './bdf.ts';
import { PciDevice } from './device.ts';

/** A VF's config space: the VF Device ID, the PF's class, no PASID (VFs use the PF's), ATS when the PF has it. */
export function virtualFunctionConfig(pf: PciDevice, sriov: SriovRegs): ConfigSpace {
  const extended: ExtendedCapabilitySpec[] = [{ kind: 'aer' }, { kind: 'ari' }];
  if (pf.ats()) extended.push({ kind: 'ats', enabled: false });
  return buildConfigSpace({
    vendorId: pf.vendorId,
    deviceId: sriov.vfDeviceId,
    classCode: pf.classCode,
    revision: pf.config.read8(0x08),
    subsystemVendorId: pf.vendorId,
    msixVectors: 16,
    powerManagement: false,
    extended,
  });
}

/**
 * Creates the PF's enabled VFs (NumVFs of them), links them both ways and returns them. A VF an
 * lspci dump already lists (`listed`) keeps its real config space and name.
 */
export function createVirtualFunctions(
  pf: PciDevice,
  listed: (bdf: string) => PciDevice | undefined = () => undefined,
): PciDevice[] {
  const sriov = pf.sriov();
  if (!sriov || sriov.numVfs === 0) return [];
  const vfs: PciDevice[] = [];
  for (let n = 0; n < sriov.numVfs; n++) {
    const bdf = formatBdf(vfAddress(pf.address, sriov.firstVfOffset, sriov.vfStride, n));
    const known = listed(bdf);
    const vf = new PciDevice({
      host: pf.host,
      bdf,
      config: known?.config ?? virtualFunctionConfig(pf, sriov),
      name: known?.name ?? (pf.name ? `${pf.name} VF ${n}` : null),
      iommu: pf.iommu,
      physicalFunction: pf,
    });
    pf.virtualFunctions.push(vf);
    vfs.push(vf);
  }
  return vfs;
}
