// Writes a realistic PCIe config space for profile devices: header, a standard capability chain
// (PCI Express, MSI-X, Power Management) and an extended chain from 0x100, laid out the way real
// functions lay them out, so the capability walker and the register decoders read them back.
import { ConfigSpace } from './config-space.ts';

/** PCI Express Capabilities register, Device/Port Type field. */
export const PCIE_PORT_TYPE = {
  endpoint: 0x0,
  legacyEndpoint: 0x1,
  rootPort: 0x4,
  switchUpstream: 0x5,
  switchDownstream: 0x6,
  pcieToPciBridge: 0x7,
  rcIntegratedEndpoint: 0x9,
} as const;
export type PciePortType = keyof typeof PCIE_PORT_TYPE;

/** Extended capabilities a synthesized function can carry, in the order given. */
export type ExtendedCapabilitySpec =
  | { kind: 'aer' }
  | { kind: 'dsn'; serial: bigint }
  | { kind: 'ari'; nextFunction?: number }
  | { kind: 'acs'; enabled?: boolean }
  | { kind: 'ltr' }
  | { kind: 'ats'; enabled?: boolean; queueDepth?: number }
  | { kind: 'pasid'; width: number; exec?: boolean; priv?: boolean; enabled?: boolean }
  | { kind: 'pri'; capacity?: number }
  | {
      kind: 'sriov';
      totalVfs: number;
      numVfs: number;
      firstVfOffset: number;
      vfStride: number;
      vfDeviceId: number;
      initialVfs?: number;
    };

export interface ConfigSpaceSpec {
  vendorId: number;
  deviceId: number;
  /** 24-bit class code: base class, subclass, programming interface. */
  classCode: number;
  revision?: number;
  subsystemVendorId?: number;
  subsystemId?: number;
  /** Header type bit 7: other functions share the slot. */
  multiFunction?: boolean;
  portType?: PciePortType;
  /** Bridges (header type 1): the buses behind them. */
  secondaryBus?: number;
  subordinateBus?: number;
  /** MSI-X table size; 0 leaves MSI-X out. */
  msixVectors?: number;
  /** Power Management capability; VFs usually lack it. */
  powerManagement?: boolean;
  /** 64-bit prefetchable BAR 0 base (endpoints only). */
  bar0?: bigint;
  /** PCIe link capability: speed code (1 = 2.5 GT/s ... 5 = 32 GT/s) and width in lanes. */
  link?: { speed: number; width: number };
  extended?: ExtendedCapabilitySpec[];
}

/** Extended capability IDs (pci_regs.h PCI_EXT_CAP_ID_*). */
export const EXT_CAP_ID = {
  aer: 0x0001,
  dsn: 0x0003,
  acs: 0x000d,
  ari: 0x000e,
  ats: 0x000f,
  sriov: 0x0010,
  pri: 0x0013,
  ltr: 0x0018,
  pasid: 0x001b,
} as const;

/** Bytes each extended capability occupies (pci_regs.h *_SIZEOF or the spec's structure size). */
const EXT_CAP_SIZE: Record<ExtendedCapabilitySpec['kind'], number> = {
  aer: 0x48,
  dsn: 0x0c,
  ari: 0x08,
  acs: 0x08,
  ltr: 0x08,
  ats: 0x08,
  pasid: 0x08,
  pri: 0x10,
  sriov: 0x40,
};

const EXT_CAP_VERSION: Record<ExtendedCapabilitySpec['kind'], number> = {
  aer: 2,
  dsn: 1,
  ari: 1,
  acs: 1,
  ltr: 1,
  ats: 1,
  pasid: 1,
  pri: 1,
  sriov: 1,
};

const CAP_ID_PM = 0x01;
const CAP_ID_EXP = 0x10;
const CAP_ID_MSIX = 0x11;
const PCI_STATUS_CAP_LIST = 0x10;
/** ACS Source Validation, Request Redirect, Completion Redirect, Upstream Forwarding: what the kernel requires. */
const ACS_REQUIRED = 0x01 | 0x04 | 0x08 | 0x10;
/** ... plus Translation Blocking and P2P Egress Control, which ports also offer. */
const ACS_PORT_CAPS = ACS_REQUIRED | 0x02 | 0x20;

export function buildConfigSpace(spec: ConfigSpaceSpec): ConfigSpace {
  const cfg = new ConfigSpace();
  const isBridge = spec.secondaryBus !== undefined;
  writeHeader(cfg, spec, isBridge);
  writeStandardChain(cfg, spec, isBridge);
  writeExtendedChain(cfg, spec.extended ?? []);
  return cfg;
}

function writeHeader(cfg: ConfigSpace, spec: ConfigSpaceSpec, isBridge: boolean): void {
  cfg.write16(0x00, spec.vendorId);
  cfg.write16(0x02, spec.deviceId);
  // Command: memory space, bus master, parity and SERR# reporting, as firmware leaves it.
  cfg.write16(0x04, 0x0146);
  cfg.write16(0x06, PCI_STATUS_CAP_LIST);
  cfg.write32(0x08, ((spec.classCode & 0xffffff) << 8) | (spec.revision ?? 0));
  cfg.write8(0x0c, 0x10); // cache line size: 64 bytes
  cfg.write8(0x0e, (isBridge ? 0x01 : 0x00) | (spec.multiFunction ? 0x80 : 0));
  if (isBridge) {
    cfg.write8(0x18, 0);
    cfg.write8(0x19, spec.secondaryBus ?? 0);
    cfg.write8(0x1a, spec.subordinateBus ?? spec.secondaryBus ?? 0);
    cfg.write16(0x3e, 0x0003); // bridge control: parity and SERR# forwarding
  } else {
    if (spec.bar0 !== undefined) {
      // 64-bit (type 2), prefetchable memory BAR
      cfg.write32(0x10, Number(spec.bar0 & 0xfffffff0n) | 0x0c);
      cfg.write32(0x14, Number((spec.bar0 >> 32n) & 0xffffffffn));
    }
    cfg.write16(0x2c, spec.subsystemVendorId ?? spec.vendorId);
    cfg.write16(0x2e, spec.subsystemId ?? 0);
    cfg.write8(0x3d, 0x01); // INTA#
  }
}

/** PCIe at 0x40 (0x3c bytes, v2), MSI-X at 0x80 (12), PM at 0x90 (8): the layout of many Intel functions. */
function writeStandardChain(cfg: ConfigSpace, spec: ConfigSpaceSpec, isBridge: boolean): void {
  const caps: { id: number; offset: number; write: (at: number) => void }[] = [
    { id: CAP_ID_EXP, offset: 0x40, write: (at) => writePcieCapability(cfg, at, spec, isBridge) },
  ];
  if ((spec.msixVectors ?? 0) > 0) {
    caps.push({ id: CAP_ID_MSIX, offset: 0x80, write: (at) => writeMsix(cfg, at, spec.msixVectors ?? 1) });
  }
  if (spec.powerManagement ?? true) {
    caps.push({ id: CAP_ID_PM, offset: 0x90, write: (at) => writePowerManagement(cfg, at) });
  }
  cfg.write8(0x34, caps[0]!.offset);
  caps.forEach((cap, i) => {
    cfg.write8(cap.offset, cap.id);
    cfg.write8(cap.offset + 1, caps[i + 1]?.offset ?? 0);
    cap.write(cap.offset);
  });
}

function writePcieCapability(cfg: ConfigSpace, at: number, spec: ConfigSpaceSpec, isBridge: boolean): void {
  const type = PCIE_PORT_TYPE[spec.portType ?? (isBridge ? 'rootPort' : 'endpoint')];
  const hasSlot = type === PCIE_PORT_TYPE.rootPort || type === PCIE_PORT_TYPE.switchDownstream;
  cfg.write16(at + 0x02, 0x0002 | (type << 4) | (hasSlot ? 0x0100 : 0));
  // DevCap: MaxPayload 512 bytes, extended tags, role-based error reporting, FLR for endpoints.
  const flr = isBridge ? 0 : 1 << 28;
  cfg.write32(at + 0x04, 0x02 | (1 << 5) | (1 << 15) | flr);
  // DevCtl: error reporting enables, relaxed ordering, extended tags, MaxPayload 256, MaxReadReq 512.
  cfg.write16(at + 0x08, 0x0f | (1 << 4) | (1 << 8) | (1 << 5) | (2 << 12));
  if (type !== PCIE_PORT_TYPE.rcIntegratedEndpoint) {
    const link = spec.link ?? { speed: 4, width: 16 };
    cfg.write32(at + 0x0c, link.speed | (link.width << 4) | (3 << 10));
    cfg.write16(at + 0x12, link.speed | (link.width << 4)); // LnkSta: trained at the cap's speed/width
  }
  // DevCap2: completion timeout ranges, timeout disable, LTR, 10-bit tags; ARI forwarding on ports.
  cfg.write32(at + 0x24, 0x0f | (1 << 4) | (1 << 11) | (1 << 16) | (1 << 17) | (isBridge ? 1 << 5 : 0));
}

function writeMsix(cfg: ConfigSpace, at: number, vectors: number): void {
  cfg.write16(at + 0x02, (vectors - 1) & 0x7ff);
  cfg.write32(at + 0x04, 0x00002000); // table in BAR 0 at 0x2000
  cfg.write32(at + 0x08, 0x00003000); // PBA in BAR 0 at 0x3000
}

function writePowerManagement(cfg: ConfigSpace, at: number): void {
  cfg.write16(at + 0x02, 0x0003); // PMC: version 3
  cfg.write16(at + 0x04, 0x0008); // PMCSR: D0, No_Soft_Reset
}

/** Extended capabilities from 0x100, each at the next 16-byte boundary after the previous one. */
function writeExtendedChain(cfg: ConfigSpace, caps: ExtendedCapabilitySpec[]): void {
  let offset = 0x100;
  const offsets = caps.map((cap) => {
    const at = offset;
    offset = alignTo16(at + EXT_CAP_SIZE[cap.kind]);
    return at;
  });
  if (offset > 0x1000) throw new RangeError('extended capabilities do not fit in 4 KiB');
  caps.forEach((cap, i) => {
    const at = offsets[i]!;
    const next = offsets[i + 1] ?? 0;
    cfg.write32(at, EXT_CAP_ID[cap.kind] | (EXT_CAP_VERSION[cap.kind] << 16) | (next << 20));
    writeExtendedBody(cfg, at, cap);
  });
}

function alignTo16(value: number): number {
  return (value + 15) & ~15;
}

function writeExtendedBody(cfg: ConfigSpace, at: number, cap: ExtendedCapabilitySpec): void {
  switch (cap.kind) {
    case 'aer':
      cfg.write32(at + 0x08, 0x00400000); // UE mask: uncorrectable internal error masked
      cfg.write32(at + 0x0c, 0x00462030); // UE severity: the spec's defaults
      cfg.write32(at + 0x14, 0x0000e000); // CE mask: advisory non-fatal, internal, header log overflow
      return;
    case 'dsn':
      cfg.write32(at + 0x04, Number(cap.serial & 0xffffffffn));
      cfg.write32(at + 0x08, Number((cap.serial >> 32n) & 0xffffffffn));
      return;
    case 'ari':
      cfg.write16(at + 0x06, 0); // ARI control
      cfg.write16(at + 0x04, (cap.nextFunction ?? 0) << 8);
      return;
    case 'acs':
      cfg.write16(at + 0x04, ACS_PORT_CAPS);
      cfg.write16(at + 0x06, (cap.enabled ?? true) ? ACS_REQUIRED : 0);
      return;
    case 'ltr':
      cfg.write16(at + 0x04, 0x1003); // max snoop latency: 3 x 1 ms (scale 4), as firmware programs it
      cfg.write16(at + 0x06, 0x1003);
      return;
    case 'ats':
      cfg.write16(at + 0x04, (cap.queueDepth ?? 0) & 0x1f);
      cfg.write16(at + 0x06, cap.enabled ? 0x8000 : 0);
      return;
    case 'pasid': {
      const width = cap.width & 0x1f;
      cfg.write16(at + 0x04, (cap.exec ? 0x0002 : 0) | (cap.priv ? 0x0004 : 0) | (width << 8));
      const enable = cap.enabled ? 0x0001 | (cap.exec ? 0x0002 : 0) | (cap.priv ? 0x0004 : 0) : 0;
      cfg.write16(at + 0x06, enable);
      return;
    }
    case 'pri':
      cfg.write16(at + 0x04, 0); // control: disabled until the driver enables it
      cfg.write16(at + 0x06, 0x8100); // status: Stopped, PRG Response PASID Required
      cfg.write32(at + 0x08, cap.capacity ?? 0x200);
      cfg.write32(at + 0x0c, 0);
      return;
    case 'sriov':
      cfg.write32(at + 0x04, 0); // SR-IOV capabilities: no VF migration
      // Control: VF Enable and VF Memory Space Enable once VFs exist, ARI Capable Hierarchy.
      cfg.write16(at + 0x08, (cap.numVfs > 0 ? 0x0009 : 0) | 0x0010);
      cfg.write16(at + 0x0c, cap.initialVfs ?? cap.totalVfs);
      cfg.write16(at + 0x0e, cap.totalVfs);
      cfg.write16(at + 0x10, cap.numVfs);
      cfg.write16(at + 0x14, cap.firstVfOffset);
      cfg.write16(at + 0x16, cap.vfStride);
      cfg.write16(at + 0x1a, cap.vfDeviceId);
      cfg.write32(at + 0x1c, 0x00000553); // supported page sizes: 4K, 8K, 64K, 256K, 1M, 4M
      cfg.write32(at + 0x20, 0x00000001); // system page size: 4K
      cfg.write32(at + 0x24, 0x0000000c); // VF BAR0: 64-bit prefetchable
      return;
  }
}
