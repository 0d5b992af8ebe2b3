// The fleet page in chromium: hosts with source and IOMMU badges, the device filter and its cursors, and a host
// created through the API appearing without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostCreateDocument } from '../gql/graphql.ts';
import { ok } from '../graphql/iommufd-helpers.ts';
import { type DashboardSession, skipReason, startDashboardSession } from './dashboard-session.ts';

describe.skipIf(skipReason)('fleet page', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  }, 30_000);
  afterAll(async () => {
    await session?.close();
  });

  it('lists the four default hosts with their source and IOMMU capability badges', async () => {
    const { page, errors } = await session.open();
    const cards = page.locator('[data-testid=host-list] > li');
    await expect.poll(() => cards.count()).toBe(4);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-host')))).toEqual([
      'spr-01',
      'grace-01',
      'genoa-01',
      'mock-01',
    ]);
    const spr = page.locator('[data-host=spr-01]');
    expect(await spr.locator('.source').textContent()).toBe('PROFILE');
    expect(await spr.locator('.badge.yes').allTextContents()).toEqual(
      expect.arrayContaining(['nesting', 'dirty tracking']),
    );
    expect(await page.locator('[data-host=mock-01] .badge.yes').allTextContents()).toContain('PASID 20 bits');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the device table by host, then pages through every device with cursors', async () => {
    const { page, errors } = await session.open();
    const count = page.getByTestId('device-count');
    const rows = page.locator('[data-testid=device-table] tbody tr');
    await expect.poll(() => count.textContent()).toBe('36 matching');
    await page.locator('#filter-host').selectOption('mock-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => count.textContent()).toBe('3 matching');
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual([
      'mock-01',
      'mock-01',
      'mock-01',
    ]);

    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => count.textContent()).toBe('36 matching');
    const seen = new Set<string>();
    const firstRow = () => rows.first().textContent();
    for (let pageNo = 0; pageNo < 4; pageNo++) {
      await expect.poll(() => rows.count()).toBe(pageNo < 3 ? 10 : 6);
      const bdfs = await rows.locator('td:nth-child(1) a').allTextContents();
      const hosts = await rows.locator('td:nth-child(2)').allTextContents();
      for (const [i, bdf] of bdfs.entries()) seen.add(`${hosts[i]} ${bdf}`);
      if (pageNo === 3) break;
      const before = await firstRow();
      await page.getByRole('button', { name: 'Next →' }).click();
      await expect.poll(firstRow).not.toBe(before);
    }
    expect(await page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    expect(seen.size).toBe(36); // every device once: no page repeats or skips one
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect.poll(() => rows.count()).toBe(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by the fleet filters: an SMMUv3 that nests, in a group of two or more', async () => {
    const { page, errors } = await session.open();
    const count = page.getByTestId('device-count');
    const rows = page.locator('[data-testid=device-table] tbody tr');
    await expect.poll(() => count.textContent()).toBe('36 matching');
    await page.locator('#filter-iommuType').selectOption('ARM_SMMUV3');
    await page.locator('#filter-nesting').selectOption('yes');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => count.textContent()).not.toBe('36 matching');
    const hosts = await rows.locator('td:nth-child(2)').allTextContents();
    expect(hosts.length).toBeGreaterThan(0);
    expect(new Set(hosts)).toEqual(new Set(['grace-01']));
    await page.locator('#filter-groupSize').fill('99');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => count.textContent()).toBe('0 matching');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a host created through the API appears without a reload, with its line in the feed', async () => {
    const { page, errors } = await session.open();
    await expect.poll(() => page.locator('[data-testid=host-list] > li').count()).toBe(4);
    await session.untilLive(page);
    ok(
      (
        await session.api.data(HostCreateDocument, {
          input: { name: 'spr-02', profile: 'intel-sapphire-rapids' },
        })
      ).hostCreate,
    );
    await page.locator('[data-host=spr-02]').waitFor({ timeout: 3_000 });
    await expect.poll(() => page.getByTestId('device-count').textContent()).toBe('51 matching');
    expect(await page.getByTestId('event-feed').textContent()).toContain('created Host spr-02');
    expect(errors).toEqual([]);
    await page.close();
  });
});
