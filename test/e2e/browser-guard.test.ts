// What a hostile web page can do to a server on loopback: cross-site form posts and GETs are refused (CSRF),
// no foreign Origin is granted CORS unless CORS_ORIGINS names it, and WebSocket upgrades follow the same rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { CSRF_HEADER } from '../../server/browser-guard.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer } from '../../server/yoga.ts';

const DASHBOARD = 'https://dash.example';
const fleet = createDefaultFleet();
let open: RunningServer;
let listed: RunningServer;

const create = (name: string) =>
  `mutation { hostCreate(input: { name: "${name}", profile: "selftest-mock" }) { host { name } } }`;

beforeAll(async () => {
  open = await listen(createYogaServer({ fleet }), '127.0.0.1', 0);
  listed = await listen(createYogaServer({ fleet, corsOrigins: [DASHBOARD] }), '127.0.0.1', 0);
});
afterAll(async () => {
  await open.close();
  await listed.close();
});

async function refusedAsCsrf(response: Response) {
  expect(response.status).toBe(403);
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe('CSRF_HEADER_REQUIRED');
}

describe('CSRF', () => {
  it('refuses a cross-site urlencoded form post and changes nothing', async () => {
    const response = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ query: create('csrf-form') }).toString(),
    });
    await refusedAsCsrf(response);
    expect(fleet.host('csrf-form')).toBeUndefined();
  });

  it('refuses a multipart form post and changes nothing', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: create('csrf-multipart') }));
    form.set('map', '{}');
    const response = await fetch(open.url, { method: 'POST', body: form });
    await refusedAsCsrf(response);
    expect(fleet.host('csrf-multipart')).toBeUndefined();
  });

  it('refuses a text/plain post, and a GET without the header', async () => {
    const plain = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: create('csrf-plain') }),
    });
    await refusedAsCsrf(plain);
    expect(fleet.host('csrf-plain')).toBeUndefined();
    await refusedAsCsrf(await fetch(`${open.url}?query=${encodeURIComponent('{ __typename }')}`));
  });

  it('answers a GET with the header, and a JSON post (which browsers preflight) without it', async () => {
    const get = await fetch(`${open.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('GraphiQL sends the header with every request', async () => {
    const html = await (await fetch(open.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain(CSRF_HEADER);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('by default grants no foreign origin (same-origin only)', async () => {
    const response = await preflight(open.url, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS_ORIGINS grants the listed origin, and only it', async () => {
    const ok = await preflight(listed.url, DASHBOARD);
    expect(ok.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(ok.headers.get('access-control-allow-headers')).toContain(CSRF_HEADER);
    const other = await preflight(listed.url, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

function upgrade(url: string, origin?: string): Promise<{ opened: boolean; status?: number; ws: WebSocket }> {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', origin ? { origin } : {});
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ opened: true, ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode, ws }));
  });
}

describe('WebSocket origin and frame size', () => {
  it('refuses an upgrade from a foreign origin; accepts no Origin, its own, and a listed one', async () => {
    const evil = await upgrade(open.url, 'https://evil.example');
    expect(evil).toMatchObject({ opened: false, status: 401 });
    const own = new URL(open.url);
    for (const [url, origin] of [
      [open.url, undefined],
      [open.url, `http://${own.host}`],
      [listed.url, DASHBOARD],
    ] as const) {
      const result = await upgrade(url, origin);
      expect(result.opened).toBe(true);
      result.ws.close();
    }
  });

  it('closes a connection that sends a frame over 1 MiB (1009), and keeps serving others', async () => {
    const { ws } = await upgrade(open.url);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('x'.repeat((1 << 20) + 1));
    expect(await closed).toBe(1009);
    const again = await upgrade(open.url);
    expect(again.opened).toBe(true);
    again.ws.close();
  });
});
