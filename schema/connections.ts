// Connection plumbing shared by every list that can grow: array paging and totalCount.
import { type DefaultConnectionArguments, resolveArrayConnection } from '@pothos/plugin-relay';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../adapters/page-size.ts';

/** One page of an in-memory list, with the total count the contract's connections carry. */
export function pageOf<T>(items: readonly T[], args: DefaultConnectionArguments) {
  const page = resolveArrayConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    items,
  );
  return { ...page, totalCount: items.length };
}

// biome-ignore lint/suspicious/noExplicitAny: Pothos' connection field builder is generic over every connection.
export const totalCountField = (t: any) => ({
  totalCount: t.int({
    description: 'Items in the whole list, not only this page.',
    resolve: (connection: { totalCount: number }) => connection.totalCount,
  }),
});
