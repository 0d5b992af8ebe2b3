// The Yoga instance: schema, per-request context, query limits and error masking. Tests call yoga.fetch on it.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  createGraphQLError,
  createYoga,
  maskError as defaultMaskError,
  type YogaServerOptions,
} from 'graphql-yoga';
import { truncate } from '../adapters/bounded-message.ts';
import { createContext, type GraphQLContext } from '../adapters/context.ts';
import { createEventPubSub } from '../adapters/pubsub.ts';
import { IommufdError } from '../hw-model/errors.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import { schema } from '../schema/index.ts';
import type { FleetJournal } from '../store/fleet-records.ts';
import { presentedAuthorization, useTokenAuth } from './auth.ts';
import { CSRF_HEADER, corsFor, useCsrfGuard, webSocketOriginCheck } from './browser-guard.ts';
import { useHonestErrors } from './honest-errors.ts';
import { queryLimits } from './limits.ts';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from './live/limits.ts';
import { LiveSubscriptions } from './live/live.ts';
import { useRequestBudget } from './request-budget.ts';

const armor = new EnvelopArmor(queryLimits);

/** A model error thrown from a query field is bad input, not a server fault: show it with its errno. */
// Duck-typed, not instanceof GraphQLError: test runners may load graphql's ESM and CJS builds side by side.
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const wrapped = error as { originalError?: unknown; path?: readonly (string | number)[] };
  const original = wrapped.originalError ?? error;
  if (original instanceof IommufdError) {
    return createGraphQLError(truncate(original.message), {
      path: wrapped.path,
      extensions: { code: 'BAD_USER_INPUT', errno: original.errno, field: original.field ?? null },
    });
  }
  return defaultMaskError(error, message, isDev);
}

export interface YogaOptions {
  fleet: Fleet;
  /** The durable store hostCreate/deviceAdd commit to; in memory when omitted. */
  journal?: FleetJournal;
  /** When set, mutations need `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  /** Origins besides the server's own that browsers may call it from (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  logging?: YogaServerOptions<object, GraphQLContext>['logging'];
  /** Subscriber buffers and subscription caps (defaults: DEFAULT_LIVE_LIMITS). */
  liveLimits?: Partial<LiveLimits>;
}

export function createYogaServer({
  fleet,
  journal,
  apiToken,
  corsOrigins = [],
  logging = false,
  liveLimits,
}: YogaOptions) {
  const limits = { ...DEFAULT_LIVE_LIMITS, ...liveLimits };
  const events = createEventPubSub(fleet, limits.maxQueuedEvents);
  const yoga = createYoga<object, GraphQLContext>({
    schema,
    context: (initial) => createContext(fleet, events.pubsub, presentedAuthorization(initial), journal),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    // GraphiQL sends the CSRF header, so its GET and SSE requests pass the guard.
    graphiql: { title: 'iommufd-graph', additionalHeaders: { [CSRF_HEADER]: '1' } },
    // GraphiQL's assets come from the package, not a CDN: it works on machines without Internet access.
    renderGraphiQL,
    landingPage: false,
    cors: corsFor(corsOrigins),
    maskedErrors: { maskError },
    plugins: [
      useCsrfGuard(),
      ...armor.protect().plugins,
      useRequestBudget(),
      useHonestErrors(),
      useTokenAuth(apiToken),
    ],
    logging,
  });
  /** Stops feeding the event topics (the server is going away). */
  return Object.assign(yoga, {
    closeEvents: events.close,
    eventTarget: events.eventTarget,
    live: new LiveSubscriptions(limits),
    /** The WebSocket upgrade's origin rule (same as CORS). */
    verifyWebSocketOrigin: webSocketOriginCheck(corsOrigins),
    /** Origins other than the server's own that may read its answers (CORS_ORIGINS). */
    corsOrigins,
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
