// What a browser may do: CSRF prevention for requests a page can send without a preflight, and CORS that is
// same-origin unless CORS_ORIGINS names other origins. WebSocket upgrades get the same origin rule (browsers
// send Origin on an upgrade, and no CORS applies to WebSockets).
import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Any request a browser can send cross-site without a preflight (GET, form posts) must carry this header. */
export const CSRF_HEADER = 'x-graphql-csrf';

/** Yoga's CSRF prevention (the Apollo rule: simple requests need a custom header), with a code on its error. */
export function useCsrfGuard(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return inner.onRequestParse?.(payload);
      } catch (error) {
        throw createGraphQLError(
          `${(error as Error).message}: a GET or form request needs the "${CSRF_HEADER}" header`,
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
}

/** Yoga `cors` option: no CORS headers at all (same-origin only) unless the Origin is listed. */
export function corsFor(allowed: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.includes(origin)) return false as const;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', CSRF_HEADER],
    };
  };
}

/** ws verifyClient: non-browser clients (no Origin), the server's own origin, or a listed one. */
export function webSocketOriginCheck(allowed: readonly string[]) {
  return ({ origin, req }: { origin: string | undefined; req: IncomingMessage }): boolean => {
    if (!origin) return true;
    if (allowed.includes(origin)) return true;
    const host = req.headers.host;
    return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
  };
}
