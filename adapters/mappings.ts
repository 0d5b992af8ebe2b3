// Ioas.mappings: cursor pages over the IOAS's areas, keyed by IOVA so a page costs O(log areas + page).
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { fail } from '../hw-model/errors.ts';
import type { Ioas } from '../hw-model/iommufd/index.ts';
import { toHex } from '../hw-model/u64.ts';
import { checkPageSize, DEFAULT_PAGE_SIZE } from './page-size.ts';

export function mappingsPage(ioas: Ioas, args: DefaultConnectionArguments) {
  checkPageSize(args);
  if (args.last != null || args.before != null)
    fail('EINVAL', 'mappings pages forward only (first/after)', 'last');
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (args.after != null && !/^0x[0-9a-f]+$/.test(args.after))
    fail('EINVAL', 'after is not a mappings cursor', 'after');
  const after = args.after == null ? null : BigInt(args.after);
  const areas = ioas.areasFrom(after, limit + 1);
  const page = areas.slice(0, limit);
  const edges = page.map((area) => ({ cursor: toHex(area.iova), node: area }));
  return {
    edges,
    pageInfo: {
      hasNextPage: areas.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: ioas.areaCount,
  };
}
