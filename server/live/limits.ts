// How much one subscriber may fall behind, and how many subscriptions may be open: read from the environment.
export interface LiveLimits {
  /** Events one subscriber may have waiting (queued, not yet written) before it is ended as too slow. */
  maxQueuedEvents: number;
  /** Bytes of serialized events one subscriber may have waiting. */
  maxQueuedBytes: number;
  /** Open operations on one graphql-ws connection. */
  perConnection: number;
  /** Open subscriptions on the server, both transports together. */
  global: number;
  /** How long an ended-as-too-slow SSE or WebSocket client gets to read its final error before it is dropped. */
  goodbyeMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxQueuedEvents: 1000,
  maxQueuedBytes: 16 * 1024 * 1024,
  perConnection: 100,
  global: 10_000,
  goodbyeMs: 10_000,
};

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

export function readLiveLimits(env: NodeJS.ProcessEnv = process.env): LiveLimits {
  const d = DEFAULT_LIVE_LIMITS;
  return {
    maxQueuedEvents: positiveInt(env, 'SUBSCRIBER_MAX_QUEUED_EVENTS', d.maxQueuedEvents),
    maxQueuedBytes: positiveInt(env, 'SUBSCRIBER_MAX_QUEUED_BYTES', d.maxQueuedBytes),
    perConnection: positiveInt(env, 'SUBSCRIPTIONS_PER_CONNECTION', d.perConnection),
    global: positiveInt(env, 'SUBSCRIPTIONS_MAX', d.global),
    goodbyeMs: d.goodbyeMs,
  };
}
