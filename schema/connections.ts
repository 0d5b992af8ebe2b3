// Connection plumbing shared by every list that can grow: one page-size rule, array paging and totalCount.
import { type DefaultConnectionArguments, resolveArrayConnection } from '@pothos/plugin-relay';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../adapters/page-size.ts';
import { fail } from '../hw-model/errors.ts';

/** One page of an in-memory list, with the total count the contract's connections carry. */
export function pageOf<T>(items: readonly T[], args: DefaultConnectionArguments) {
  checkPageSize(args);
  let page: ReturnType<typeof resolveArrayConnection<T>>;
  try {
    page = resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, items);
  } catch {
    const field = args.after != null ? 'after' : 'before';
    return fail('EINVAL', `${field} is not a cursor of this connection`, field);
  }
  return { ...page, totalCount: items.length };
}

// biome-ignore lint/suspicious/noExplicitAny: Pothos' connection field builder is generic over every connection.
export const totalCountField = (t: any) => ({
  totalCount: t.int({
    description: 'Items in the whole list, not only this page.',
    resolve: (connection: { totalCount: number }) => connection.totalCount,
  }),
});
