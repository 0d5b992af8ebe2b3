// Every query the README shows is run for real, and must return exactly the output the README shows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../scripts/run-example.ts';

const readme = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'),
  'utf8',
);

/** Pairs of a ```graphql block and the ```json block that follows it. */
function examples(): { query: string; output: unknown }[] {
  const pairs: { query: string; output: unknown }[] = [];
  const block = /```(graphql|json)\n([\s\S]*?)\n```/g;
  let pendingQuery: string | null = null;
  for (const match of readme.matchAll(block)) {
    if (match[1] === 'graphql') pendingQuery = match[2]!;
    else if (pendingQuery !== null) {
      pairs.push({ query: pendingQuery, output: JSON.parse(match[2]!) });
      pendingQuery = null;
    }
  }
  return pairs;
}

describe('README examples', () => {
  const pairs = examples();

  it('shows its example queries with their outputs (at least five)', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pairs.map((p) => [/^#\s*(.+)$/m.exec(p.query)?.[1] ?? p.query.slice(0, 40), p]))(
    '%s',
    async (_title, { query, output }) => {
      expect(await runExample(query)).toEqual(output);
    },
  );
});

describe('README conventions', () => {
  const conventions = readme.slice(readme.indexOf('## Conventions'), readme.indexOf('## Live events'));

  it('names the limits the server enforces, with their values', async () => {
    const { queryLimits, MAX_LIST_ITEMS_PER_REQUEST, MAX_ERROR_MESSAGE } = await import(
      '../../server/limits.ts'
    );
    const { MAX_PAGE_SIZE } = await import('../../adapters/page-size.ts');
    const { MAX_NODES_IDS } = await import('../../schema/builder.ts');
    const { MAX_BATCH_IOVAS } = await import('../../schema/translation.ts');
    const { DEFAULT_MAX_HOSTS } = await import('../../hw-model/host/fleet.ts');
    const { DEFAULT_PASID_QUOTA_PER_CONTEXT } = await import('../../hw-model/host/pasid-allocator.ts');
    const { PAGE_REQUEST_GROUPS_WITHOUT_PRI } = await import('../../hw-model/iommufd/iopf.ts');
    // Prose before the generated examples, where a number is written 5000 or 5,000.
    const prose = readme.slice(0, readme.indexOf('## Examples'));
    const shown = (n: number) =>
      expect(prose).toMatch(new RegExp(`(^|[^\\d,])(${n}|${n.toLocaleString('en-US')})(?![\\d,]\\d)`));
    shown(queryLimits.maxDepth.n);
    shown(queryLimits.maxAliases.n);
    shown(queryLimits.maxTokens.n);
    shown(queryLimits.costLimit.maxCost);
    for (const n of [
      MAX_LIST_ITEMS_PER_REQUEST,
      MAX_ERROR_MESSAGE,
      MAX_PAGE_SIZE,
      MAX_NODES_IDS,
      MAX_BATCH_IOVAS,
    ])
      shown(n);
    for (const n of [DEFAULT_MAX_HOSTS, DEFAULT_PASID_QUOTA_PER_CONTEXT, PAGE_REQUEST_GROUPS_WITHOUT_PRI])
      shown(n);
  });

  it('documents the CSRF header, CORS_ORIGINS, the error codes, PASID ownership and what a restart keeps', async () => {
    const { CSRF_HEADER } = await import('../../server/browser-guard.ts');
    for (const word of [
      CSRF_HEADER,
      'CORS_ORIGINS',
      'MAX_HOSTS',
      'PASID_QUOTA_PER_CONTEXT',
      'QUERY_TOO_COMPLEX',
    ])
      expect(readme).toContain(word);
    for (const code of ['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'CSRF_HEADER_REQUIRED', 'EPERM', 'boot ID'])
      expect(conventions).toContain(code);
  });
});
