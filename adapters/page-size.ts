// How long a page of any connection may be (first/last), shared by array connections and Ioas.mappings: one
// rule everywhere, a coded EINVAL past it (never a silent clamp).
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { fail } from '../hw-model/errors.ts';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** The rule of every connection: `first` and `last` are 0..MAX_PAGE_SIZE, else EINVAL. */
export function checkPageSize(args: DefaultConnectionArguments): void {
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE))
      fail('EINVAL', `${key} must be 0..${MAX_PAGE_SIZE} on every connection, got ${value}`, key);
  }
}
