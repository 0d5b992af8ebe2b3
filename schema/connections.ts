// Connection plumbing shared by every list that can grow: one page-size rule, array paging and totalCount.
import { type DefaultConnectionArguments, resolveArrayConnection } from '@pothos/plugin-relay';
import { fail } from '../hw-model/errors.ts';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** The rule of every connection: `first` and `last` are 0..MAX_PAGE_SIZE, else EINVAL (never a silent clamp). */
export function checkPageSize(args: DefaultConnectionArguments): void {
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE))
      fail('EINVAL', `${key} must be 0..${MAX_PAGE_SIZE} on every connection, got ${value}`, key);
  }
}

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
