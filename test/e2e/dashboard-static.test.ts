// The dashboard's files at `/` over real HTTP: index.html revalidated, hashed assets cached, nothing outside the
// built directory reachable, GraphiQL and the API still at /graphql, and a clear answer when nothing is built.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { serveDashboard } from '../../server/static.ts';
import { createYogaServer } from '../../server/yoga.ts';

/** A raw GET, so paths like /../x reach the server unnormalised (fetch would resolve them first). */
function get(base: string, rawPath: string, headers: Record<string, string> = {}) {
  const url = new URL(base);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: rawPath, headers }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('dashboard static files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'iommufd-graph-web-'));
  const dist = path.join(root, 'dist');
  let server: RunningServer;
  let empty: RunningServer;
  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dist, '.env'), 'SECRET=1');
    writeFileSync(path.join(root, 'secret.txt'), 'outside the built directory');
    const yoga = () => createYogaServer({ fleet: createDefaultFleet() });
    server = await listen(yoga(), '127.0.0.1', 0, serveDashboard(dist));
    empty = await listen(yoga(), '127.0.0.1', 0, serveDashboard(path.join(root, 'not-built')));
  });
  afterAll(async () => {
    await server.close();
    await empty.close();
  });

  it('serves index.html at / (revalidated) and hashed assets cached for a year', async () => {
    const index = await get(server.url, '/');
    expect(index).toMatchObject({ status: 200, body: '<!doctype html><title>dashboard</title>' });
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await get(server.url, '/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(server.url, '/', { 'if-none-match': String(index.headers.etag) })).status).toBe(304);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
  ])('does not serve %s', async (rawPath) => {
    const answer = await get(server.url, rawPath);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('outside the built directory');
    expect(answer.body).not.toContain('SECRET');
  });

  it('leaves /graphql to Yoga: GraphiQL for a browser, JSON for a query', async () => {
    const graphiql = await get(server.url, '/graphql', { accept: 'text/html' });
    expect(graphiql.status).toBe(200);
    expect(graphiql.body).toContain('GraphiQL');
    // A GET is a request a page could send cross-site: it carries the CSRF header, as the dashboard's client does.
    const query = await get(server.url, '/graphql?query=%7Bhosts%7BtotalCount%7D%7D', {
      accept: 'application/json',
      'x-graphql-csrf': '1',
    });
    expect(JSON.parse(query.body)).toEqual({ data: { hosts: { totalCount: 4 } } });
  });

  it('answers / with 503 and how to build when the dashboard is not built', async () => {
    const answer = await get(empty.url, '/');
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('npm run build:web');
    expect((await get(empty.url, '/assets/x.js')).status).toBe(404);
  });
});
