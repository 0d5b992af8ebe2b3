// The README's fleet query (examples/01-fleet.graphql) under load over real HTTP on loopback, against the
// framework's floor: a minimal Yoga with a one-field schema answering `{__typename}`. Same autocannon
// settings for both, in one run. autocannon runs in a child process of its own, so the load generator
// does not share the server's event loop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { listen } from '../server/http.ts';
import { createYogaServer } from '../server/yoga.ts';
import { type Benchmark, metric, resultOf } from './report.ts';

const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const DURATION_SECONDS = 8;
const FLEET_QUERY = readFileSync(new URL('../examples/01-fleet.graphql', import.meta.url), 'utf8');
const MINIMAL_QUERY = '{__typename}';

interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  non2xx: number;
  errors: number;
}

export const benchmark: Benchmark = {
  name: 'http-inventory',
  description: `README fleet query vs minimal Yoga {__typename}, autocannon ${CONNECTIONS} connections, loopback`,
  async run() {
    const yoga = createYogaServer({ fleet: createDefaultFleet() });
    const project = await listen(yoga, '127.0.0.1', 0);
    const minimal = await listenMinimal();
    const projectUrl = `http://127.0.0.1:${(project.server.address() as AddressInfo).port}${yoga.graphqlEndpoint}`;
    try {
      const fleetBody = JSON.stringify({ query: FLEET_QUERY, operationName: 'Fleet' });
      const minimalBody = JSON.stringify({ query: MINIMAL_QUERY });
      // One checked answer each: a load test of error answers would measure nothing.
      await checkAnswer(
        projectUrl,
        fleetBody,
        (data) => ((data as { hosts?: { edges?: unknown[] } })?.hosts?.edges?.length ?? 0) > 0,
      );
      await checkAnswer(
        minimal.url,
        minimalBody,
        (data) => (data as { __typename?: string })?.__typename === 'Query',
      );

      await load(projectUrl, fleetBody, WARMUP_SECONDS);
      await load(minimal.url, minimalBody, WARMUP_SECONDS);
      const fleet = await load(projectUrl, fleetBody, DURATION_SECONDS);
      const floor = await load(minimal.url, minimalBody, DURATION_SECONDS);
      for (const [name, r] of [
        ['fleet query', fleet],
        ['minimal Yoga', floor],
      ] as const)
        if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);

      const ratio = fleet.requestsPerSecond / floor.requestsPerSecond;
      const metrics = [
        metric(
          'fleet query req/s',
          fleet.requestsPerSecond,
          'req/s',
          'throughput',
          'minimal Yoga',
          floor.requestsPerSecond,
          {
            text: '>= 0.9 of minimal Yoga',
            met: ratio >= 0.9,
          },
        ),
        metric('latency p99', fleet.p99Ms, 'ms', 'time', 'minimal Yoga p99', floor.p99Ms),
        metric('latency p50', fleet.p50Ms, 'ms', 'time', 'minimal Yoga p50', floor.p50Ms),
      ];
      return resultOf(this, metrics, {
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_SECONDS,
        durationSeconds: DURATION_SECONDS,
        query: 'examples/01-fleet.graphql',
        requestBytes: Buffer.byteLength(fleetBody),
      });
    } finally {
      await project.close();
      await minimal.close();
    }
  },
};

async function checkAnswer(url: string, body: string, ok: (data: unknown) => boolean): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || parsed.errors || !ok(parsed.data))
    throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 300)}`);
}

/** autocannon's CLI in a child process; its --json summary is the result. */
function load(url: string, body: string, seconds: number): Promise<LoadResult> {
  const bin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const args = [bin, '--json', '-c', String(CONNECTIONS), '-d', String(seconds), '-m', 'POST'];
  args.push('-H', 'content-type=application/json', '-b', body, url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err.slice(0, 300)}`));
      const r = JSON.parse(out) as {
        requests: { average: number };
        latency: { p99: number; p50: number };
        non2xx: number;
        errors: number;
      };
      resolve({
        requestsPerSecond: r.requests.average,
        p99Ms: r.latency.p99,
        p50Ms: r.latency.p50,
        non2xx: r.non2xx,
        errors: r.errors,
      });
    });
  });
}

/** The floor: Yoga with its defaults and a schema of one field, on plain node:http. */
async function listenMinimal() {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String }' }),
    logging: false,
    landingPage: false,
  });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${yoga.graphqlEndpoint}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
