// `npm run screenshots`: the README's pictures of the dashboard, taken with playwright-core and Debian's chromium
// from a real server on a loopback port (in this process, default fleet), after a few API calls fill the feed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { listen } from '../server/http.ts';
import { createYogaServer } from '../server/yoga.ts';
import { chromiumMissing, launchChromium } from '../test/browser/chromium.ts';
import {
  ContextOpenDocument,
  DeviceAttachDocument,
  DeviceBindDocument,
  DeviceIdsDocument,
  FaultQueueAllocDocument,
  HostCreateDocument,
  HwptAllocDocument,
  IoasAllocDocument,
  IopfInjectDocument,
} from '../test/gql/graphql.ts';
import { TestClient } from '../test/graphql/client.ts';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');
const missing = chromiumMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const yoga = createYogaServer({ fleet: createDefaultFleet() });
const server = await listen(yoga, '127.0.0.1', 0);
const base = server.url.replace(/graphql$/, '');
const api = new TestClient(yoga, server.url);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(base);
  await page.locator('[data-host=mock-01]').waitFor();
  await page.waitForTimeout(500); // the feed's subscriptions

  // A VMM-like session on mock-01 whose page request lands in the feed, and a new host.
  const mock = (await api.data(DeviceIdsDocument, { host: 'mock-01' })).host!;
  const deviceId = mock.devices.edges.find((e) => e.node.bdf === '0000:00:01.0')!.node.id;
  const contextId = (await api.data(ContextOpenDocument, { input: { hostId: mock.id } })).contextOpen.context!
    .id;
  const ioasId = (await api.data(IoasAllocDocument, { input: { contextId } })).ioasAlloc.ioas!.id;
  const boundDeviceId = (await api.data(DeviceBindDocument, { input: { contextId, deviceId } })).deviceBind
    .boundDevice!.id;
  const faultQueueId = (await api.data(FaultQueueAllocDocument, { input: { contextId } })).faultQueueAlloc
    .faultQueue!.id;
  const hwpt = (await api.data(HwptAllocDocument, { input: { boundDeviceId, ptId: ioasId, faultQueueId } }))
    .hwptAlloc.hwpt!;
  await api.data(DeviceAttachDocument, { input: { boundDeviceId, ptId: hwpt.id } });
  await api.data(IopfInjectDocument, {
    input: { deviceId, groupId: 3, address: '0xdead000', permissions: ['READ', 'WRITE'] },
  });
  await api.data(HostCreateDocument, { input: { name: 'spr-02', profile: 'intel-sapphire-rapids' } });
  await page.locator('[data-host=spr-02]').waitFor();
  await page.locator('li[data-kind="page fault"]').waitFor();
  await page.screenshot({ path: path.join(outDir, 'fleet.png') });

  await page.goto(`${base}#/host/mock-01`);
  await page.getByText('Open iommufd contexts').waitFor();
  await page.locator('.card li').first().waitFor();
  await page.screenshot({ path: path.join(outDir, 'host.png'), fullPage: true });

  await page.goto(`${base}#/device/spr-01/${encodeURIComponent('0000:6a:01.0')}`);
  await page.getByTestId('config-map').waitFor();
  await page.screenshot({ path: path.join(outDir, 'device.png'), fullPage: true });
  console.log(`screenshots in ${path.relative(process.cwd(), outDir)}: fleet.png host.png device.png`);
} finally {
  await browser.close();
  await server.close();
}
