// Subscriptions over SSE (the graphql-sse "distinct connections" protocol Yoga speaks) written straight to the
// socket: valid subscription requests are served here, through Yoga's envelop (so the same parse, validate,
// limits and error masking apply); everything else, including every invalid request, goes to Yoga as is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST } from 'graphql';
import { CSRF_HEADER } from '../browser-guard.ts';
import type { YogaServer } from '../yoga.ts';
import { SSE_COMPLETE, SSE_PING, toFrame } from './frames.ts';
import type { LiveSubscriptions } from './live.ts';
import { SseMember } from './sse-member.ts';

/** Larger requests that ask for an event stream are refused (413) without reading the rest. */
const MAX_BODY_BYTES = 1024 * 1024;

interface Params {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export function isSseRequest(req: IncomingMessage, endpoint: string): boolean {
  if (req.method !== 'GET' && req.method !== 'POST') return false;
  if (!req.headers.accept?.includes('text/event-stream')) return false;
  const path = req.url?.split('?')[0];
  return path === endpoint;
}

/** The body, or null as soon as it passes `limit` (nothing more is read: a client cannot stream forever). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const error = {
    message: `a request body is at most ${MAX_BODY_BYTES} bytes`,
    extensions: { code: 'REQUEST_TOO_LARGE' },
  };
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [error] }), () => req.destroy());
}

function paramsOf(req: IncomingMessage, body: Buffer | null): Params | null {
  try {
    if (req.method === 'GET') {
      const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const variables = search.get('variables');
      return {
        query: search.get('query') ?? undefined,
        operationName: search.get('operationName') ?? undefined,
        variables: variables ? JSON.parse(variables) : undefined,
      };
    }
    if (!body || !req.headers['content-type']?.startsWith('application/json')) return null;
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Params) : null;
  } catch {
    return null;
  }
}

function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return headers;
}

function urlOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
}

/** Hands the request to Yoga (its body already read) and streams Yoga's answer back. */
async function forward(yoga: YogaServer, req: IncomingMessage, res: ServerResponse, body: Buffer | null) {
  const init: RequestInit = { method: req.method, headers: webHeaders(req) };
  if (req.method !== 'GET' && body) init.body = new Uint8Array(body);
  const response = await yoga.fetch(urlOf(req), init, { req, res });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  // Yoga's body is its fetch implementation's stream, not Node's: read it as the async iterable both are.
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
  }
  res.end();
}

function refuseOrigin(res: ServerResponse): void {
  const error = {
    message: 'event streams are not served to this origin (CORS_ORIGINS)',
    extensions: { code: 'ORIGIN_NOT_ALLOWED' },
  };
  res.writeHead(403, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [error] }));
}

export async function handleSse(
  yoga: YogaServer,
  live: LiveSubscriptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : null;
  if (req.method === 'POST' && body === null) return refuseTooLarge(req, res);
  // A stream is refused to a page of an unlisted origin, as a WebSocket upgrade is; a simple GET without the
  // CSRF header goes to Yoga, which refuses it as it refuses any such request.
  const origin = req.headers.origin;
  if (!yoga.verifyWebSocketOrigin({ origin, req })) return refuseOrigin(res);
  if (req.method === 'GET' && req.headers[CSRF_HEADER] === undefined) return forward(yoga, req, res, body);
  const params = req.method === 'GET' || body ? paramsOf(req, body) : null;
  const query = params?.query;
  const variables = params?.variables ?? undefined;
  const operationName = typeof params?.operationName === 'string' ? params.operationName : undefined;
  if (typeof query !== 'string' || (variables !== undefined && typeof variables !== 'object'))
    return forward(yoga, req, res, body);

  const request = new Request(urlOf(req), { headers: webHeaders(req) });
  const { parse, validate, schema, contextFactory, subscribe } = yoga.getEnveloped({
    request,
    req,
    res,
    params: { query, operationName, variables },
  });
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query);
    if (getOperationAST(document, operationName)?.operation !== 'subscription')
      return forward(yoga, req, res, body);
    if (validate(schema, document).length) return forward(yoga, req, res, body);
  } catch {
    return forward(yoga, req, res, body); // limits and syntax errors: Yoga answers them its usual way
  }

  const cors: Record<string, string> =
    origin && yoga.corsOrigins.includes(origin)
      ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
      : {};
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'content-encoding': 'none',
    ...cors,
  });
  res.write(SSE_PING); // some browsers wait for a first byte before they report the stream open
  const refusal = live.admit();
  if (refusal) {
    res.end(Buffer.concat([toFrame({ errors: [refusal] }).sse, SSE_COMPLETE]));
    return;
  }
  const member = new SseMember(res, live.limits);
  const joined = await live.join(
    { query, operationName, variables },
    async () => {
      const contextValue = await contextFactory();
      return {
        args: {
          schema,
          document,
          operationName,
          variableValues: variables as Record<string, unknown> | undefined,
          contextValue,
        },
        subscribe,
      };
    },
    member,
  );
  if ('result' in joined) {
    member.close(toFrame(joined.result));
    return;
  }
  member.leave = joined.leave;
  if (res.destroyed) joined.leave();
}
