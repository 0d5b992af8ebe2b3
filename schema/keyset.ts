// Keyset pages (adapters/cursors.ts makes the cursors): a cursor names its item's place in a list's order
// (for devices: host order, then BDF), not an offset, so items added or removed before it never shift the
// next page, and a cursor whose item is gone continues from where the item was. A malformed cursor is EINVAL.

import { type CursorCodec, decodeCursor, encodeCursor } from '../adapters/cursors.ts';
import { checkPageSize, DEFAULT_PAGE_SIZE } from '../adapters/page-size.ts';
import { fail } from '../hw-model/errors.ts';
import { countKeys, type KeyStream, keysAfter, keysBefore } from '../hw-model/query/key-streams.ts';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * One page of a keyed list. `first` (default) pages forward after `after`; `last` pages back from
 * `before`. totalCount is counted only when asked for (an intersection is walked to count it).
 */
export function keysetPage<T>(
  stream: KeyStream,
  args: PageArgs,
  codec: CursorCodec<T>,
  item: (key: number) => T,
) {
  checkPageSize(args);
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) fail('EINVAL', 'give first or last, not both', 'last');
  const after = args.after == null ? null : decodeCursor(codec, args.after, 'after');
  const before = args.before == null ? null : decodeCursor(codec, args.before, 'before');
  const backward = last !== null;
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  // One more than the page tells whether there is a next (or previous) page.
  let keys = backward ? keysBefore(stream, before, limit + 1).reverse() : keysAfter(stream, after, limit + 1);
  if (backward && after !== null) keys = keys.filter((k) => k > after);
  if (!backward && before !== null) keys = keys.filter((k) => k < before);
  const more = keys.length > limit;
  if (more) keys = backward ? keys.slice(1) : keys.slice(0, limit);
  // A cursor is encoded only when asked for: a page of nodes needs none but the end cursor.
  const edges = keys.map((key) => {
    const node = item(key);
    let cursor: string | undefined;
    return {
      node,
      get cursor(): string {
        cursor ??= encodeCursor(codec, node);
        return cursor;
      },
    };
  });
  // Is there anything on the other side of the cursor we started from?
  const beyondStart = backward
    ? before !== null && stream.ceil(before) !== undefined
    : after !== null && stream.floor(after) !== undefined;
  let totalCount: number | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? beyondStart : more,
      hasPreviousPage: backward ? more : beyondStart,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount(): number {
      totalCount ??= countKeys(stream);
      return totalCount;
    },
  };
}

/** The connection's nodes without their edges, for clients that need no cursors. */
// biome-ignore lint/suspicious/noExplicitAny: Pothos' connection field builder is generic over every connection.
export const nodesField = (ref: any) => (t: any) => ({
  nodes: t.field({
    type: [ref],
    description: "The edges' nodes, for clients that need no cursors.",
    resolve: (connection: { edges: { node: unknown }[] }) => connection.edges.map((edge) => edge.node),
  }),
});
