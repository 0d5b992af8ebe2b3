// Where each thing sits in a 4 KiB config space, and how it is cut into the map's rows. Pure: no DOM, no GraphQL.

export const CONFIG_SPACE_SIZE = 0x1000;
export const HEADER_SIZE = 0x40;
/** The default size of a virtual capability placement: the PASID capability's 8 bytes. */
export const PLACEMENT_SIZE = 8;

export type RegionKind = 'header' | 'capability' | 'gap' | 'hidden' | 'placement';

export interface Region {
  kind: RegionKind;
  start: number;
  length: number;
  /** As lspci names it, e.g. "Process Address Space ID (PASID)". */
  name: string;
  /** What fits in a small block, e.g. "PASID". */
  shortName: string;
  /** An extended capability (0x100-0xfff). */
  extended?: boolean;
  /** False when the API could not say how large a capability is and the block runs to the next known thing. */
  sizeKnown: boolean;
}

export interface CapabilityInput {
  name: string;
  offset: number;
  size?: number | null;
  extended: boolean;
}

export interface LayoutInput {
  capabilities: readonly CapabilityInput[];
  gaps: readonly { offset: number; length: number }[];
  hidden: readonly { offset: number; length: number; description: string }[];
  placement: { offset: number | null | undefined; size?: number };
}

/** The parenthesised abbreviation lspci gives ("Address Translation Service (ATS)" → "ATS"), else the name. */
export function shortName(name: string): string {
  const match = /\(([^()]+)\)\s*$/.exec(name);
  return match ? match[1]! : name;
}

/** Where a capability of unknown size ends: at the next capability, gap or hidden register after it. */
function unknownEnd(start: number, extended: boolean, input: LayoutInput): number {
  const limit = extended ? CONFIG_SPACE_SIZE : 0x100;
  const starts = [
    ...input.capabilities.map((c) => c.offset),
    ...input.gaps.map((g) => g.offset),
    ...input.hidden.map((h) => h.offset),
  ].filter((s) => s > start && s < limit);
  return Math.min(limit, ...starts);
}

export function layoutConfigSpace(input: LayoutInput): Region[] {
  const regions: Region[] = [
    {
      kind: 'header',
      start: 0,
      length: HEADER_SIZE,
      name: 'Type 0/1 header',
      shortName: 'Header',
      sizeKnown: true,
    },
  ];
  for (const cap of input.capabilities) {
    const sizeKnown = cap.size != null && cap.size > 0;
    const length = sizeKnown ? cap.size! : unknownEnd(cap.offset, cap.extended, input) - cap.offset;
    regions.push({
      kind: 'capability',
      start: cap.offset,
      length: Math.max(length, 4),
      name: cap.name,
      shortName: shortName(cap.name),
      sizeKnown,
      extended: cap.extended,
    });
  }
  for (const gap of input.gaps)
    regions.push({
      kind: 'gap',
      start: gap.offset,
      length: gap.length,
      name: 'free',
      shortName: 'free',
      sizeKnown: true,
    });
  for (const h of input.hidden)
    regions.push({
      kind: 'hidden',
      start: h.offset,
      length: h.length,
      name: `hidden register: ${h.description}`,
      shortName: 'quirk',
      sizeKnown: true,
    });
  if (input.placement.offset != null)
    regions.push({
      kind: 'placement',
      start: input.placement.offset,
      length: input.placement.size ?? PLACEMENT_SIZE,
      name: 'proposed vPASID',
      shortName: 'vPASID',
      sizeKnown: true,
    });
  return regions;
}

export interface Segment {
  row: number;
  /** Byte column within the row. */
  column: number;
  length: number;
}

/** A region cut at row boundaries: a block that wraps becomes one segment per row it touches. */
export function segments(start: number, length: number, bytesPerRow: number): Segment[] {
  const out: Segment[] = [];
  let at = start;
  const end = Math.min(start + length, CONFIG_SPACE_SIZE);
  while (at < end) {
    const row = Math.floor(at / bytesPerRow);
    const rowEnd = (row + 1) * bytesPerRow;
    const next = Math.min(end, rowEnd);
    out.push({ row, column: at - row * bytesPerRow, length: next - at });
    at = next;
  }
  return out;
}

/** A label cut to fit `width` pixels at about `charWidth` pixels a character; empty when not even one fits. */
export function fitLabel(label: string, width: number, charWidth = 5.6): string {
  const room = Math.floor((width - 4) / charWidth);
  if (room < 1) return '';
  return label.length <= room ? label : room < 2 ? label[0]! : `${label.slice(0, room - 1)}…`;
}
