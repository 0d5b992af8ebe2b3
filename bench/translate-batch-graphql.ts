// translateBatch of 10,000 IOVAs through GraphQL over real HTTP on loopback, the device having 10,000
// areas mapped. Baseline: a raw node:http server on loopback that parses the same request body and
// answers a JSON body of the same size (10,000 items, same bytes), for the same number of requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { translate } from '../hw-model/dma/index.ts';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { listen } from '../server/http.ts';
import { createYogaServer } from '../server/yoga.ts';
import { type Benchmark, metric, resultOf } from './report.ts';
import { attachedIoas, BDF, HOST, hex, KIB, TIB } from './setup.ts';
import { median, quantile, seededRandom, timeOnce, timeOnceAsync } from './timing.ts';

const AREAS = 10_000;
const BATCH = 10_000;
const AREA_LENGTH = 64n * KIB;
const IOVA_BASE = 1n << 32n;
const USER_VA_BASE = 48n * TIB;
const SEED = 0xba7c4;
const WARMUP_REQUESTS = 5;
const REQUESTS = 40;

const DEVICE_QUERY = `query Device { host(name: "${HOST}") { device(bdf: "${BDF}") { id } } }`;
const BATCH_QUERY = `query Batch($input: TranslateBatchInput!) {
  translateBatch(input: $input) {
    __typename
    ... on Translation { iova physicalAddress pageSize readable writable }
    ... on TranslationFault { iova reason message }
  }
}`;

interface BatchItem {
  __typename: string;
  iova: string;
  physicalAddress?: string;
}

export const benchmark: Benchmark = {
  name: 'translate-batch-graphql',
  description: `translateBatch of ${BATCH} IOVAs over HTTP (GraphQL) vs raw node:http JSON, loopback`,
  async run() {
    const fleet = createDefaultFleet();
    const yoga = createYogaServer({ fleet });
    const graphql = await listen(yoga, '127.0.0.1', 0);
    const raw = await listenRaw();
    const graphqlUrl = `http://127.0.0.1:${(graphql.server.address() as AddressInfo).port}${yoga.graphqlEndpoint}`;
    const ctxClose: Array<() => void> = [];
    try {
      const post = async (url: string, body: string) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body,
        });
        const text = await response.text();
        if (response.status !== 200)
          throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 300)}`);
        return text;
      };

      // The device's global ID, the way a client finds it.
      const found = JSON.parse(await post(graphqlUrl, JSON.stringify({ query: DEVICE_QUERY })));
      const deviceId: unknown = found?.data?.host?.device?.id;
      if (typeof deviceId !== 'string') throw new Error(`device lookup failed: ${JSON.stringify(found)}`);

      // 10,000 areas through the model directly: the server shares this fleet.
      const { device, ctx, ioas } = attachedIoas(fleet, HOST, BDF, 2n * TIB);
      ctxClose.push(() => ctx.close());
      for (let i = 0; i < AREAS; i++) {
        const offset = BigInt(i) * AREA_LENGTH;
        ctx.ioasMap(ioas.id, {
          iova: IOVA_BASE + offset,
          length: AREA_LENGTH,
          userVa: USER_VA_BASE + offset,
          readable: true,
          writable: true,
        });
      }

      const random = seededRandom(SEED);
      const span = AREAS * Number(AREA_LENGTH);
      const iovas = Array.from({ length: BATCH }, () => IOVA_BASE + BigInt(Math.floor(random() * span)));
      const body = JSON.stringify({
        query: BATCH_QUERY,
        operationName: 'Batch',
        variables: { input: { deviceId, iovas: iovas.map(hex), access: 'READ' } },
      });

      // One checked answer: every IOVA translates, and it is what the model says.
      const firstText = await post(graphqlUrl, body);
      const first = JSON.parse(firstText) as { data?: { translateBatch?: BatchItem[] }; errors?: unknown };
      const items = first.data?.translateBatch;
      if (!items || items.length !== BATCH) throw new Error(`bad batch answer: ${firstText.slice(0, 300)}`);
      for (let i = 0; i < BATCH; i++) {
        const local = translate(device, iovas[i]!, 'READ');
        const item = items[i]!;
        if (item.__typename !== 'Translation' || local.kind !== 'translation')
          throw new Error(`IOVA ${hex(iovas[i]!)} did not translate: ${JSON.stringify(item)}`);
        if (item.physicalAddress !== hex(local.physicalAddress))
          throw new Error(
            `IOVA ${hex(iovas[i]!)}: GraphQL says ${item.physicalAddress}, the model ${hex(local.physicalAddress)}`,
          );
      }
      // The raw server answers the same items, looked up by IOVA, serialized per request.
      raw.answers = new Map(items.map((item) => [item.iova, item]));
      const rawText = await post(raw.url, body);
      if (rawText.length !== firstText.length)
        throw new Error(`raw answer is ${rawText.length} bytes, GraphQL's ${firstText.length}`);

      // Interleaved, so drift hits both alike.
      const latency = { graphql: [] as number[], raw: [] as number[] };
      for (let i = 0; i < WARMUP_REQUESTS + REQUESTS; i++) {
        const graphqlNs = await timeOnceAsync(() => post(graphqlUrl, body));
        const rawNs = await timeOnceAsync(() => post(raw.url, body));
        if (i < WARMUP_REQUESTS) continue;
        latency.graphql.push(graphqlNs);
        latency.raw.push(rawNs);
      }

      // Where the time goes: the same 10,000 walks in-process, no GraphQL, no HTTP.
      const inProcess: number[] = [];
      for (let i = 0; i < 20; i++) {
        inProcess.push(
          timeOnce(() => {
            for (const iova of iovas) translate(device, iova, 'READ');
          }),
        );
      }

      const ms = (ns: number) => ns / 1e6;
      const perSecond = (ns: number[]) => BATCH / (median(ns) / 1e9);
      const metrics = [
        metric(
          'IOVAs/s',
          perSecond(latency.graphql),
          'IOVA/s',
          'throughput',
          'raw http',
          perSecond(latency.raw),
        ),
        metric(
          'request latency p50',
          ms(median(latency.graphql)),
          'ms',
          'time',
          'raw http p50',
          ms(median(latency.raw)),
        ),
        metric(
          'request latency p90',
          ms(quantile(latency.graphql, 0.9)),
          'ms',
          'time',
          'raw http p90',
          ms(quantile(latency.raw, 0.9)),
        ),
        metric(
          'model walks only',
          ms(median(inProcess)),
          'ms',
          'time',
          'GraphQL request p50',
          ms(median(latency.graphql)),
        ),
      ];
      return resultOf(this, metrics, {
        host: HOST,
        device: BDF,
        areas: AREAS,
        batch: BATCH,
        seed: SEED,
        warmupRequests: WARMUP_REQUESTS,
        requests: REQUESTS,
        requestBytes: Buffer.byteLength(body),
        responseBytes: Buffer.byteLength(firstText),
      });
    } finally {
      for (const close of ctxClose) close();
      await graphql.close();
      await raw.close();
    }
  },
};

/** The baseline server: read the body, JSON.parse it, answer one item per IOVA, JSON.stringify. */
async function listenRaw() {
  const state = {
    answers: new Map<string, BatchItem>(),
    url: '',
    close: () => closeServer(server),
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables: { input: { iovas: string[] } };
      };
      const translateBatch = request.variables.input.iovas.map((iova) => state.answers.get(iova) ?? { iova });
      const answer = JSON.stringify({ data: { translateBatch } });
      res.writeHead(200, {
        'content-type': 'application/graphql-response+json; charset=utf-8',
        'content-length': Buffer.byteLength(answer),
      });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return state;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
