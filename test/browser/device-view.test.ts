// The device view in chromium: reached from the table, the DSA's config space drawn with its PASID, ATS and PRI
// blocks at their offsets, the proposed vPASID placement with its reason and warning, and the decoded fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DashboardSession, skipReason, startDashboardSession } from './dashboard-session.ts';

const DSA = '0000:6a:01.0';

describe.skipIf(skipReason)('device view', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  }, 30_000);
  afterAll(async () => {
    await session?.close();
  });

  it("draws spr-01's DSA config space with the PASID, ATS and PRI blocks and the vPASID placement", async () => {
    const { page, errors } = await session.open();
    await page.locator('#filter-host').selectOption('spr-01');
    await page.locator('#filter-pciCap').fill('0x11b');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('link', { name: DSA }).click();
    expect(new URL(page.url()).hash).toBe(`#/device/spr-01/${encodeURIComponent(DSA)}`);

    const map = page.getByTestId('config-map');
    const block = (name: string) => map.locator(`g[data-kind=capability][data-name="${name}"]`);
    await block('Process Address Space ID (PASID)').waitFor();
    expect(await block('Process Address Space ID (PASID)').getAttribute('data-offset')).toBe('0x170');
    expect(await block('Address Translation Service (ATS)').getAttribute('data-offset')).toBe('0x160');
    expect(await block('Page Request Interface (PRI)').getAttribute('data-offset')).toBe('0x180');
    expect(await block('Process Address Space ID (PASID)').locator('text').textContent()).toBe('PASID');
    expect(await map.locator('g[data-kind=gap]').count()).toBe(5);
    expect(await map.locator('g[data-kind=hidden]').getAttribute('data-offset')).toBe('0x500');
    expect(await map.locator('g[data-kind=placement]').getAttribute('data-offset')).toBe('0xff8');

    const placement = page.getByTestId('placement');
    expect(await placement.textContent()).toContain("0xff8 is free: QEMU's and cloud-hypervisor's default");
    expect(await placement.locator('.warnings li').count()).toBe(1);
    expect(await page.getByTestId('decoded-pasid').textContent()).toContain('max PASID width20');
    expect(await page.getByTestId('decoded-pri').isVisible()).toBe(true);
    expect(await page.getByTestId('hw-info').textContent()).toContain('cap_reg');
    expect(await page.getByTestId('binding').textContent()).toBe('Not bound to any iommufd context.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
