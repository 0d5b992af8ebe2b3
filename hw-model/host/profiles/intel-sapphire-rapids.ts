// A 4th-gen Xeon (Sapphire Rapids) server: scalable-mode VT-d with nesting and dirty tracking,
// one DMAR unit per PCIe stack as on real parts.
import { IntelVtd, SPR_VTD, SPR_VTD_ACCEL } from '../../drivers/intel-vtd.ts';
import { buildHost } from '../host-builder.ts';
import { aspeedBridge, aspeedVga, rootPort, samsungPm9a3 } from './common-devices.ts';
import type { HostProfile } from './profile.ts';

/**
 * Devices (BDF, unit):
 * - 0000:00:14.0 dmar0  xHCI USB 8086:1bcd, with a BIOS RMRR (legacy USB keyboard emulation)
 * - 0000:00:1c.0 dmar0  PCH root port 8086:1bb8 (ACS)
 * - 0000:02:00.0 dmar0  ASPEED AST1150 PCIe-to-PCI bridge 1a03:1150 (no ACS)
 * - 0000:03:00.0 dmar0  ASPEED BMC VGA 1a03:2000, shares the bridge's group
 * - 0000:16:01.0 dmar1  root port 8086:352a (ACS) → 0000:17:00.0 NVMe Samsung PM9A3 144d:a80a
 * - 0000:30:01.0 dmar1  root port 8086:352a (ACS) → 0000:31:00.0 E810-C 8086:1592, SR-IOV 4 of 128 VFs
 *   (8086:1889, First VF Offset 16, Stride 1 → 0000:31:02.0-0000:31:02.3)
 * - 0000:6a:01.0 dmar2  DSA 8086:0b25 (RCiEP): ATS, PASID width 20 Priv+, PRI (as the pri-pasid dump)
 * - 0000:ca:01.0 dmar3  root port 8086:352a (ACS) → 0000:cb:00.0 NVIDIA H100 PCIe 10de:2331 (ATS)
 */
export const intelSapphireRapids: HostProfile = {
  name: 'intel-sapphire-rapids',
  description:
    'Intel Xeon Sapphire Rapids: VT-d scalable mode, nesting, dirty tracking; DSA, NVMe, E810 with VFs, GPU',
  build(hostName) {
    const dmar0 = new IntelVtd('dmar0', { ...SPR_VTD, address: 0xaa3fc000n });
    const dmar1 = new IntelVtd('dmar1', { ...SPR_VTD, address: 0xb5ffc000n });
    const dmar2 = new IntelVtd('dmar2', { ...SPR_VTD_ACCEL, address: 0xd47fc000n });
    const dmar3 = new IntelVtd('dmar3', { ...SPR_VTD, address: 0xe0ffc000n });
    const sprRootPort = (secondaryBus: number) => rootPort(0x8086, 0x352a, secondaryBus);
    return buildHost(
      hostName,
      'intel-sapphire-rapids',
      [dmar0, dmar1, dmar2, dmar3],
      [
        {
          bdf: '0000:00:14.0',
          name: 'C741 xHCI USB 3.2 controller',
          iommu: dmar0,
          config: {
            vendorId: 0x8086,
            deviceId: 0x1bcd,
            classCode: 0x0c0330,
            portType: 'rcIntegratedEndpoint',
          },
          // The kernel reports USB and graphics RMRRs as relaxable.
          directMappings: [{ start: 0x6e3d2000n, last: 0x6e3d4fffn, type: 'DIRECT_RELAXABLE' }],
        },
        {
          bdf: '0000:00:1c.0',
          name: 'C741 PCIe root port',
          iommu: dmar0,
          config: {
            vendorId: 0x8086,
            deviceId: 0x1bb8,
            classCode: 0x060400,
            secondaryBus: 0x02,
            subordinateBus: 0x03,
            extended: [{ kind: 'acs' }],
          },
        },
        {
          bdf: '0000:02:00.0',
          name: 'ASPEED AST1150 PCI-to-PCI bridge',
          iommu: dmar0,
          config: aspeedBridge(0x03),
        },
        {
          bdf: '0000:03:00.0',
          name: 'ASPEED BMC VGA',
          iommu: dmar0,
          config: aspeedVga,
        },
        { bdf: '0000:16:01.0', name: 'PCIe root port', iommu: dmar1, config: sprRootPort(0x17) },
        {
          bdf: '0000:17:00.0',
          name: 'Samsung PM9A3 NVMe SSD',
          iommu: dmar1,
          config: samsungPm9a3(0x0025_3841_1234_5678n),
        },
        { bdf: '0000:30:01.0', name: 'PCIe root port', iommu: dmar1, config: sprRootPort(0x31) },
        {
          bdf: '0000:31:00.0',
          name: 'Intel Ethernet E810-C',
          iommu: dmar1,
          config: {
            vendorId: 0x8086,
            deviceId: 0x1592,
            classCode: 0x020000,
            msixVectors: 1024,
            link: { speed: 4, width: 16 },
            extended: [
              { kind: 'aer' },
              { kind: 'ari' },
              { kind: 'sriov', totalVfs: 128, numVfs: 4, firstVfOffset: 16, vfStride: 1, vfDeviceId: 0x1889 },
              { kind: 'dsn', serial: 0xb4_96_91_ff_ff_a1_b2_c3n },
            ],
          },
        },
        {
          bdf: '0000:6a:01.0',
          name: 'Intel Data Streaming Accelerator (DSA)',
          iommu: dmar2,
          config: {
            vendorId: 0x8086,
            deviceId: 0x0b25,
            classCode: 0x088000,
            portType: 'rcIntegratedEndpoint',
            msixVectors: 9,
            extended: [
              { kind: 'aer' },
              { kind: 'ltr' },
              { kind: 'ats', enabled: true },
              { kind: 'pasid', width: 20, exec: false, priv: true, enabled: true },
              { kind: 'pri', capacity: 0x200 },
            ],
          },
        },
        { bdf: '0000:ca:01.0', name: 'PCIe root port', iommu: dmar3, config: sprRootPort(0xcb) },
        {
          bdf: '0000:cb:00.0',
          name: 'NVIDIA H100 PCIe',
          iommu: dmar3,
          config: {
            vendorId: 0x10de,
            deviceId: 0x2331,
            classCode: 0x030200,
            msixVectors: 9,
            link: { speed: 5, width: 16 },
            extended: [
              { kind: 'aer' },
              { kind: 'ari' },
              { kind: 'ats' },
              { kind: 'dsn', serial: 0x48b02d0000001234n },
            ],
          },
        },
      ],
    );
  },
};
