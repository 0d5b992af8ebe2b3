// node:http around Yoga, with graphql-ws on the same port and path; returns a handle that closes cleanly.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleSse, isSseRequest } from './live/sse.ts';
import { isDashboardRequest, serveDashboard } from './static.ts';
import { attachWebSocket } from './ws.ts';
import type { YogaServer } from './yoga.ts';

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listen(
  yoga: YogaServer,
  host: string,
  port: number,
  dashboard = serveDashboard(),
): Promise<RunningServer> {
  // SSE subscriptions are written straight to their sockets; the dashboard's files are sirv's; the rest is Yoga's.
  const server = createServer((req, res) => {
    if (isDashboardRequest(req, yoga.graphqlEndpoint)) return dashboard(req, res, () => yoga(req, res));
    if (!isSseRequest(req, yoga.graphqlEndpoint)) return yoga(req, res);
    handleSse(yoga, yoga.live, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.destroy();
    });
  });
  const ws = attachWebSocket(server, yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost === '127.0.0.1' ? 'localhost' : shownHost}:${address.port}${yoga.graphqlEndpoint}`,
    async close() {
      await ws.close();
      yoga.closeEvents();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
