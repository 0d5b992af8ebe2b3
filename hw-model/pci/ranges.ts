// Config-space byte ranges: the unit gaps, quirks and placements are expressed in.

export interface ConfigSpaceRange {
  offset: number;
  length: number;
}

export function rangeEnd(range: ConfigSpaceRange): number {
  return range.offset + range.length;
}

/** True when the two ranges share at least one byte. */
export function rangesOverlap(a: ConfigSpaceRange, b: ConfigSpaceRange): boolean {
  return a.offset < rangeEnd(b) && b.offset < rangeEnd(a);
}

/** True when `inner` lies entirely inside `outer`. */
export function rangeContains(outer: ConfigSpaceRange, inner: ConfigSpaceRange): boolean {
  return inner.offset >= outer.offset && rangeEnd(inner) <= rangeEnd(outer);
}

/** Sorted ascending, touching or overlapping ranges merged. */
export function mergeRanges(ranges: readonly ConfigSpaceRange[]): ConfigSpaceRange[] {
  const sorted = [...ranges].filter((r) => r.length > 0).sort((a, b) => a.offset - b.offset);
  const merged: ConfigSpaceRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.offset <= rangeEnd(last)) {
      last.length = Math.max(rangeEnd(last), rangeEnd(range)) - last.offset;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

export function formatRange(range: ConfigSpaceRange): string {
  return `0x${range.offset.toString(16)}-0x${(rangeEnd(range) - 1).toString(16)}`;
}
