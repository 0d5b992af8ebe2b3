// API_TOKEN: mutations need the bearer token over HTTP and over graphql-ws alike; reads stay open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer } from '../../server/yoga.ts';
import { wsSubscribe } from './sse-ws.ts';

const TOKEN = 'test-token-3f9a';
const fleet = createDefaultFleet();
let server: RunningServer;

const CREATE = (name: string) =>
  `mutation { hostCreate(input: { name: "${name}", profile: "selftest-mock" }) { host { name } userErrors { code } } }`;

async function post(query: string, authorization?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

beforeAll(async () => {
  server = await listen(createYogaServer({ fleet, apiToken: TOKEN }), '127.0.0.1', 0);
});
afterAll(async () => {
  await server.close();
});

describe('API_TOKEN', () => {
  it('refuses a mutation without the token (401, UNAUTHENTICATED) and changes nothing', async () => {
    const refused = await post(CREATE('no-token'));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await post(CREATE('wrong-token'), 'Bearer nope');
    expect(wrong.status).toBe(401);
    expect(fleet.host('no-token')).toBeUndefined();
    expect(fleet.host('wrong-token')).toBeUndefined();
  });

  it('runs a mutation with the token, and queries without it', async () => {
    const accepted = await post(CREATE('with-token'), `Bearer ${TOKEN}`);
    expect(accepted.body).toEqual({ data: { hostCreate: { host: { name: 'with-token' }, userErrors: [] } } });
    const read = await post('{ host(name: "with-token") { name } }');
    expect(read.body).toEqual({ data: { host: { name: 'with-token' } } });
  });

  it('applies over graphql-ws too, with the token in connectionParams', async () => {
    const without = await wsSubscribe<{ errors?: { extensions?: { code?: string } }[] }>(
      server.url,
      CREATE('ws-none'),
    );
    expect((await without.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    without.close();
    expect(fleet.host('ws-none')).toBeUndefined();
    const withToken = await wsSubscribe<{ data?: unknown }>(server.url, CREATE('ws-token'), undefined, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect((await withToken.next()).data).toEqual({
      hostCreate: { host: { name: 'ws-token' }, userErrors: [] },
    });
    withToken.close();
  });
});
