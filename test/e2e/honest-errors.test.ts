// Every top-level error, over real HTTP and over graphql-ws, carries extensions.code and a bounded message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { MAX_ERROR_MESSAGE } from '../../server/limits.ts';
import { createYogaServer } from '../../server/yoga.ts';
import { wsSubscribe } from './sse-ws.ts';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; limit?: string } }[];
}

let server: RunningServer;
beforeAll(async () => {
  server = await listen(createYogaServer({ fleet: createDefaultFleet() }), '127.0.0.1', 0);
});
afterAll(async () => {
  await server.close();
});

const HUGE_ID = 'A'.repeat(100_000);
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

// [what, query, variables, expected code, message pattern]
const cases: [string, string, object | undefined, string, RegExp][] = [
  [
    'UInt64 literal',
    '{ translate(input: { deviceId: "x", iova: "zz" }) { __typename } }',
    undefined,
    'GRAPHQL_VALIDATION_FAILED',
    /UInt64/,
  ],
  [
    'UInt64 variable',
    'query($i: UInt64!) { translate(input: { deviceId: "x", iova: $i }) { __typename } }',
    { i: '-1' },
    'BAD_USER_INPUT',
    /UInt64/,
  ],
  [
    'malformed global ID (node)',
    '{ node(id: "!!!") { id } }',
    undefined,
    'BAD_USER_INPUT',
    /Invalid global ID/,
  ],
  ['100 KB global ID', `{ node(id: "${HUGE_ID}") { id } }`, undefined, 'BAD_USER_INPUT', /Invalid global ID/],
  [
    'malformed cursor',
    '{ hosts(after: "garbage") { totalCount } }',
    undefined,
    'BAD_USER_INPUT',
    /not a cursor/,
  ],
  [
    'first above the maximum',
    '{ devices(first: 1001) { totalCount } }',
    undefined,
    'BAD_USER_INPUT',
    /0\.\.1000/,
  ],
  [
    'depth limit',
    `{ ${'hosts { edges { node { iommus { host { '.repeat(4)} name ${'} } } } }'.repeat(4)} }`,
    undefined,
    'QUERY_TOO_COMPLEX',
    /^Query depth limit/,
  ],
  [
    'alias limit, __typename aliases count',
    aliases(51, '__typename'),
    undefined,
    'QUERY_TOO_COMPLEX',
    /^Aliases limit/,
  ],
  ['token limit', `{ ${'__typename '.repeat(5001)} }`, undefined, 'QUERY_TOO_COMPLEX', /^Token limit/],
  [
    'cost limit (literal first)',
    '{ hosts(first: 100000) { totalCount } }',
    undefined,
    'QUERY_TOO_COMPLEX',
    /^Query Cost limit/,
  ],
  [
    'cost limit ($first: pages nested in pages)',
    'query($n: Int) { hosts(first: $n) { edges { node { devices(first: $n) { edges { node { bdf } } } } } } }',
    { n: 1000 },
    'QUERY_TOO_COMPLEX',
    /^Query Cost limit/,
  ],
  ['syntax error', 'not graphql', undefined, 'GRAPHQL_PARSE_FAILED', /^Syntax Error/],
  ['unknown field', '{ nosuch }', undefined, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field/],
];

describe('top-level errors carry a code', () => {
  it.each(cases)('over HTTP: %s', async (_what, query, variables, code, message) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as Body;
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code).toBe(code);
      expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    }
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it.each(cases)('over graphql-ws: %s', async (_what, query, variables, code, message) => {
    const sub = await wsSubscribe<Body>(server.url, query, variables);
    const result = await sub.next();
    sub.close();
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error.extensions?.code).toBe(code);
      expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    }
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('a limit is not reported as a syntax error', () => {
    for (const [, , , code, message] of cases)
      if (code === 'QUERY_TOO_COMPLEX') expect(message.source).not.toMatch(/Syntax/);
  });
});

describe('errors never echo unbounded input', () => {
  it('a 100 KB ID in a mutation comes back in a userError of at most 1000 characters', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { contextOpen(input: { hostId: "${Buffer.from(`Host:${HUGE_ID}`).toString('base64')}" }) { userErrors { code message field } } }`,
      }),
    });
    const text = await response.text();
    expect(text.length).toBeLessThan(2 * MAX_ERROR_MESSAGE);
    const body = JSON.parse(text) as {
      data: { contextOpen: { userErrors: { code: string; message: string }[] } };
    };
    expect(body.data.contextOpen.userErrors[0]?.code).toBe('ENOENT');
  });

  it('a 100 KB body that is not JSON is answered with 400 and a short error', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "${HUGE_ID}`,
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(2 * MAX_ERROR_MESSAGE + 200);
    expect((JSON.parse(text) as Body).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
