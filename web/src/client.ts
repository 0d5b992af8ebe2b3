// The dashboard's one GraphQL client: queries over HTTP (same origin, /graphql), subscriptions over graphql-ws.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

export const GRAPHQL_PATH = '/graphql';

/** Sent with every HTTP request so the server's CSRF prevention knows it comes from a script, not a form. */
export const CSRF_HEADERS = { 'x-graphql-csrf': '1' } as const;

export function createDashboardClient(location: Location = window.location): Client {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
  const ws = createWsClient({ url: wsUrl, lazy: true, retryAttempts: Number.POSITIVE_INFINITY });
  return new Client({
    url: GRAPHQL_PATH,
    // Queries and mutations want one JSON answer; urql's default accept also lists text/event-stream and
    // multipart/mixed, which the server takes as a request for an SSE stream.
    fetchOptions: {
      headers: { ...CSRF_HEADERS, accept: 'application/graphql-response+json, application/json' },
    },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
}
