// PCI addresses: "DDDD:BB:DD.F" strings and the 16-bit routing IDs SR-IOV offsets are counted in.

export interface PciAddress {
  domain: number;
  bus: number;
  device: number;
  function: number;
}

const BDF_PATTERN = /^(?:([0-9a-f]{4}):)?([0-9a-f]{2}):([0-1][0-9a-f])\.([0-7])$/i;

/** Parses DDDD:BB:DD.F (or BB:DD.F, domain 0 as lspci prints it); null when malformed. */
export function parseBdf(text: string): PciAddress | null {
  const m = BDF_PATTERN.exec(text.trim());
  if (!m) return null;
  return {
    domain: Number.parseInt(m[1] ?? '0', 16),
    bus: Number.parseInt(m[2]!, 16),
    device: Number.parseInt(m[3]!, 16),
    function: Number.parseInt(m[4]!, 16),
  };
}

const hex = (v: number, width: number) => v.toString(16).padStart(width, '0');

export function formatBdf(a: PciAddress): string {
  return `${hex(a.domain, 4)}:${hex(a.bus, 2)}:${hex(a.device, 2)}.${a.function}`;
}

/** Requester/routing ID: bus << 8 | device << 3 | function. */
export function routingId(a: PciAddress): number {
  return (a.bus << 8) | (a.device << 3) | a.function;
}

export function fromRoutingId(domain: number, rid: number): PciAddress {
  return { domain, bus: (rid >> 8) & 0xff, device: (rid >> 3) & 0x1f, function: rid & 0x7 };
}

/** Routing ID of VF n (0-based) of a PF: PF + First VF Offset + n * VF Stride (SR-IOV spec 9.3.3.9). */
export function vfAddress(pf: PciAddress, firstVfOffset: number, vfStride: number, n: number): PciAddress {
  return fromRoutingId(pf.domain, (routingId(pf) + firstVfOffset + n * vfStride) & 0xffff);
}

/** Domain, then routing ID, as one number below 2^32: the order hosts list their devices in. */
export function addressOrder(a: PciAddress): number {
  return a.domain * 0x10000 + routingId(a);
}
