// The dashboard's built files (web/dist, made by `npm run build:web`, which `npm start` runs first) at `/`.
// sirv lists the directory once at start-up and serves only the files it found: no request can name a path
// outside it, and nothing is read from disk for a path that is not one of them.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DEFAULT_DASHBOARD_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../web/dist',
);

export type DashboardHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function serveDashboard(dir = DEFAULT_DASHBOARD_DIR): DashboardHandler {
  if (!existsSync(path.join(dir, 'index.html')))
    return (req, res, next) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/') return next();
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        'The dashboard is not built: run `npm run build:web` (`npm start` does). GraphiQL is at /graphql.\n',
      );
    };
  return sirv(dir, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) =>
      res.setHeader(
        'cache-control',
        // Vite puts a content hash in every asset's name; index.html must be revalidated to pick up new ones.
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
}

/** GET and HEAD outside the GraphQL endpoint may be the dashboard's. */
export function isDashboardRequest(req: IncomingMessage, graphqlEndpoint: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = (req.url ?? '/').split('?')[0]!;
  return pathname !== graphqlEndpoint && !pathname.startsWith(`${graphqlEndpoint}/`);
}
