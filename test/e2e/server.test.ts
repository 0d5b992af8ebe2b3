// `npm start` for real: a child process on a loopback port, GraphiQL, /health, a query, a clean Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The durable fleet goes to a temporary directory, never ./data.
const dataDir = mkdtempSync(path.join(tmpdir(), 'iommufd-graph-e2e-'));
let child: ChildProcess;
let url: string;
let logs = '';

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs}`)), 15_000);
    const onData = (chunk: Buffer) => {
      logs += chunk.toString();
      const match = /serving (http:\/\/\S+\/graphql)/.exec(logs);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}, 20_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('logs one line with the URL', () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    expect(logs.split('\n').filter((l) => l.includes('serving')).length).toBe(1);
  });

  it('answers /health', async () => {
    const response = await fetch(new URL('/health', url));
    expect(response.status).toBe(200);
  });

  it('serves GraphiQL to a browser, with its assets inline (no CDN)', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('graphiql');
    // self-contained: GraphiQL must work on a machine without Internet access
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
  });

  it('answers a query over HTTP with the default fleet', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hosts { totalCount edges { node { name profile } } } }' }),
    });
    const body = (await response.json()) as {
      data: { hosts: { totalCount: number; edges: { node: { profile: string } }[] } };
    };
    expect(body.data.hosts.totalCount).toBeGreaterThanOrEqual(4);
    expect(body.data.hosts.edges.map((e) => e.node.profile)).toEqual(
      expect.arrayContaining(['intel-sapphire-rapids', 'arm-grace', 'amd-genoa', 'selftest-mock']),
    );
  });

  it('stops cleanly on SIGINT', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
