// Devices known to use extended config space outside their capability chain. vfio-pci exposes
// such space raw and cannot tell it from free space (Kevin Tian, "vPASID capability for VF",
// 2023), so a VMM placing a virtual capability must be told. Entries come from real dumps
// (pciutils tests/); each says what the dump shows and why the range is kept.
import type { ConfigSpaceRange } from './ranges.ts';

export type { ConfigSpaceRange } from './ranges.ts';

export interface DeviceQuirk {
  description: string;
  hiddenRegisters: ConfigSpaceRange[];
}

interface QuirkEntry {
  vendorId: number;
  deviceIds: readonly number[];
  quirk: DeviceQuirk;
}

// Synopsys DesignWare PCIe cores keep their "port logic" registers at 0x700-0x8ff of config
// space; the Realtek, Atheros and TI functions below show non-zero values exactly there.
const DESIGNWARE_PORT_LOGIC: DeviceQuirk = {
  description:
    'DesignWare PCIe core port-logic registers at 0x700-0x8ff, outside the capability chain (non-zero in real dumps)',
  hiddenRegisters: [{ offset: 0x700, length: 0x200 }],
};

const QUIRKS: readonly QuirkEntry[] = [
  {
    vendorId: 0x8086,
    deviceIds: [0x0b25],
    quirk: {
      description:
        'Intel 0b25 (DSA, idxd): dword at 0x500 reads 0x00000010 outside every capability; its meaning is undocumented, so it is treated as a live register',
      hiddenRegisters: [{ offset: 0x500, length: 4 }],
    },
  },
  {
    vendorId: 0x1002,
    deviceIds: [0x7300],
    quirk: {
      description:
        'AMD Fiji: an unlinked vendor-specific capability at 0x400 (header 0x0001000b, VSEC ID 2, length 0x70) that the chain does not reach',
      hiddenRegisters: [{ offset: 0x400, length: 0x70 }],
    },
  },
  {
    vendorId: 0x144d,
    deviceIds: [0xa826],
    quirk: {
      description:
        'Samsung PM174X NVMe: a second, unlinked chain at 0x238-0x3bf (ACS, LTR, DPA, RTR, two VSECs) plus device registers between DSN and ARI, at 0x424-0x493, in the DesignWare port-logic window and at 0xb1c-0xc03 and 0xf10-0xf1f',
      hiddenRegisters: [
        { offset: 0x158, length: 0x10 },
        { offset: 0x238, length: 0x188 },
        { offset: 0x420, length: 0x80 },
        { offset: 0x700, length: 0x210 },
        { offset: 0xb10, length: 0xf4 },
        { offset: 0xf10, length: 0x10 },
      ],
    },
  },
  {
    vendorId: 0x15b3,
    deviceIds: [0x1007],
    quirk: {
      description:
        'Mellanox ConnectX-3 Pro: an unlinked SR-IOV capability at 0x108 (header 0x00010010) whose 64-byte register block ends where DSN starts at 0x148; 0x108-0x137 is non-zero',
      hiddenRegisters: [{ offset: 0x108, length: 0x40 }],
    },
  },
  {
    vendorId: 0x10de,
    deviceIds: [0x1d10],
    quirk: {
      description:
        'NVIDIA GP108M: device registers outside the chain at 0x144-0x173, 0x41c, 0x658-0x663 and 0x700-0x8f3 (non-zero in the real dump)',
      hiddenRegisters: [
        { offset: 0x144, length: 0x30 },
        { offset: 0x41c, length: 4 },
        { offset: 0x658, length: 0xc },
        { offset: 0x700, length: 0x200 },
      ],
    },
  },
  { vendorId: 0x10ec, deviceIds: [0x8136, 0x8168], quirk: DESIGNWARE_PORT_LOGIC },
  { vendorId: 0x168c, deviceIds: [0x002a, 0x0030, 0x003c], quirk: DESIGNWARE_PORT_LOGIC },
  { vendorId: 0x104c, deviceIds: [0x8241], quirk: DESIGNWARE_PORT_LOGIC },
];

export function quirksFor(vendorId: number, deviceId: number): DeviceQuirk[] {
  return QUIRKS.filter((entry) => entry.vendorId === vendorId && entry.deviceIds.includes(deviceId)).map(
    (entry) => ({
      description: entry.quirk.description,
      hiddenRegisters: entry.quirk.hiddenRegisters.map((range) => ({ ...range })),
    }),
  );
}
