// Config-space recipes for parts several profiles share: root ports, the ASPEED BMC's bridge and
// VGA (a PCIe-to-PCI bridge without ACS, so the VGA shares its group), a datacenter NVMe SSD.
import type { ConfigSpaceSpec } from '../../pci/synthesize.ts';

/** A root port with AER and ACS (Source Validation, Request/Completion Redirect, Upstream Forwarding). */
export function rootPort(
  vendorId: number,
  deviceId: number,
  secondaryBus: number,
  acs = true,
): ConfigSpaceSpec {
  return {
    vendorId,
    deviceId,
    classCode: 0x060400,
    secondaryBus,
    portType: 'rootPort',
    extended: acs ? [{ kind: 'aer' }, { kind: 'acs' }] : [{ kind: 'aer' }],
  };
}

/** ASPEED AST1150: PCIe-to-PCI bridge with no ACS capability. */
export function aspeedBridge(secondaryBus: number): ConfigSpaceSpec {
  return {
    vendorId: 0x1a03,
    deviceId: 0x1150,
    classCode: 0x060400,
    secondaryBus,
    portType: 'pcieToPciBridge',
    link: { speed: 1, width: 1 },
  };
}

/** ASPEED Graphics Family (the BMC's VGA). */
export const aspeedVga: ConfigSpaceSpec = {
  vendorId: 0x1a03,
  deviceId: 0x2000,
  classCode: 0x030000,
  revision: 0x52,
  portType: 'legacyEndpoint',
  link: { speed: 1, width: 1 },
};

/** Samsung PM9A3 NVMe SSD (144d:a80a). */
export function samsungPm9a3(serial: bigint): ConfigSpaceSpec {
  return {
    vendorId: 0x144d,
    deviceId: 0xa80a,
    classCode: 0x010802,
    msixVectors: 130,
    link: { speed: 4, width: 4 },
    extended: [{ kind: 'aer' }, { kind: 'dsn', serial }, { kind: 'ltr' }],
  };
}
