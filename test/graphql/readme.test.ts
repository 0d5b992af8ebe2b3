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
