// One real server (server/main.ts on a loopback port, fresh DATA_DIR) and one headless chromium for a test file.
import type { Browser, Page } from 'playwright-core';
import { type ChildServer, startServer } from '../e2e/spawn-server.ts';
import { ContextOpenDocument, DeviceIdsDocument } from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import { chromiumMissing, collectPageErrors, launchChromium } from './chromium.ts';

export interface DashboardSession {
  server: ChildServer;
  /** The dashboard's address, e.g. http://localhost:41234/ */
  base: string;
  browser: Browser;
  /** Typed GraphQL client over real HTTP to the same server, for the mutations a test makes. */
  api: TestClient;
  open(hash?: string): Promise<{ page: Page; errors: string[] }>;
  /** Returns once the page's subscriptions deliver: opens contexts on mock-01 until one shows up in the feed. */
  untilLive(page: Page): Promise<void>;
  close(): Promise<void>;
}

export const skipReason = chromiumMissing();
if (skipReason) console.log(`note: ${skipReason}`);

export async function startDashboardSession(): Promise<DashboardSession> {
  const [server, browser] = await Promise.all([startServer({}), launchChromium()]);
  const base = server.url.replace(/graphql$/, '');
  const api = new TestClient(undefined, server.url);
  return {
    server,
    base,
    browser,
    api,
    async open(hash = '/') {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.setDefaultTimeout(5_000);
      const errors = collectPageErrors(page);
      await page.goto(`${base}#${hash}`);
      return { page, errors };
    },
    async untilLive(page) {
      const hostId = (await api.data(DeviceIdsDocument, { host: 'mock-01' })).host!.id;
      const objectLines = page.locator('[data-testid=event-feed] li[data-kind=object]');
      for (let attempt = 0; attempt < 20; attempt++) {
        await api.data(ContextOpenDocument, { input: { hostId } });
        const seen = await objectLines
          .first()
          .waitFor({ timeout: 500 })
          .then(() => true)
          .catch(() => false);
        if (seen) return;
      }
      throw new Error('the page never received an objectEvent');
    },
    async close() {
      await browser.close();
      server.child.kill('SIGTERM');
    },
  };
}
