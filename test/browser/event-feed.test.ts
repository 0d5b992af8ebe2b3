// The live feed in chromium: a page fault injected through the API appears as one line within a second.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IopfInjectDocument } from '../gql/graphql.ts';
import { faultQueueSetup, ok } from '../graphql/iommufd-helpers.ts';
import { type DashboardSession, skipReason, startDashboardSession } from './dashboard-session.ts';

describe.skipIf(skipReason)('live event feed', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  }, 30_000);
  afterAll(async () => {
    await session?.close();
  });

  it('shows an injected page fault with its BDF, group and address within a second', async () => {
    const { page, errors } = await session.open();
    await session.untilLive(page);
    const { deviceId } = await faultQueueSetup(session.api, 'mock-01', '0000:00:01.0');
    const line = page.locator('[data-testid=event-feed] li[data-kind="page fault"]', {
      hasText: 'page fault 0000:00:01.0 group 3 0xdead000',
    });
    const started = performance.now();
    ok(
      (
        await session.api.data(IopfInjectDocument, {
          input: { deviceId, groupId: 3, address: '0xdead000', permissions: ['READ'] },
        })
      ).iopfInject,
    );
    await line.waitFor({ timeout: 1_000 });
    const elapsed = performance.now() - started;
    console.log(`page fault reached the feed in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1_000);
    // The attach that faultQueueSetup made is in the feed as an object event on the BoundDevice.
    expect(await page.getByTestId('event-feed').textContent()).toContain('changed BoundDevice 0000:00:01.0');
    expect(errors).toEqual([]);
    await page.close();
  });
});
