// 10,000 hosts x 64 devices in one process: a filtered 100-row devices page through GraphQL
// (in-process yoga.fetch) at that size against the same request on the default fleet, the RSS after
// building, build time per device, and memory per device.
import { createDefaultFleet, Fleet } from '../hw-model/host/fleet.ts';
import { profileNames } from '../hw-model/host/profiles/index.ts';
import { countKeys } from '../hw-model/query/key-streams.ts';
import { createYogaServer } from '../server/yoga.ts';
import { type Benchmark, metric, resultOf } from './report.ts';
import { heapUsedAfterGc, median, quantile, timeOnceAsync } from './timing.ts';

const HOSTS = 10_000;
const DEVICES_PER_HOST = 64;
const PAGE = 100;
const WARMUP = 20;
const SAMPLES = 200;
const MB = 1e6;

/** Hot-added parts, round-robin: an accelerator with PASID, a NIC, an NVMe, a GPU with PASID. */
const HOTPLUG_TEMPLATES = [
  { vendorId: 0x8086, deviceId: 0x0b25, pasidWidth: 20 },
  { vendorId: 0x15b3, deviceId: 0x101d, pasidWidth: 0 },
  { vendorId: 0x144d, deviceId: 0xa80a, pasidWidth: 0 },
  { vendorId: 0x10de, deviceId: 0x2331, pasidWidth: 20, noDirtyTracking: true },
];

/** The dashboard question: PASID-capable devices behind an IOMMU that can nest, with the typical row. */
const FILTER = { minPasidLog2: 1, iommuSupportsNesting: true };
const QUERY = `query Page($filter: DeviceFilter, $first: Int, $after: String) {
  devices(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id bdf name vendorId deviceId classCode
      host { name }
      iommu { name type }
      iommuGroup { number }
    }
  }
}`;

function buildFleet(): Fleet {
  const fleet = new Fleet();
  const profiles = profileNames();
  for (let h = 0; h < HOSTS; h++) {
    const host = fleet.createHost({
      name: `host-${String(h).padStart(5, '0')}`,
      profile: profiles[h % profiles.length]!,
    });
    for (let d = host.devices.length; d < DEVICES_PER_HOST; d++)
      fleet.addDevice({ host, ...HOTPLUG_TEMPLATES[d % HOTPLUG_TEMPLATES.length]! });
  }
  return fleet;
}

/** A request and a check that its answer has `rows` rows and no error. */
function pageRequest(fleet: Fleet, variables: Record<string, unknown>, rows: number) {
  const yoga = createYogaServer({ fleet });
  const body = JSON.stringify({ query: QUERY, variables });
  return async () => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
    });
    const result = (await response.json()) as { data?: { devices: { nodes: unknown[] } }; errors?: unknown };
    if (result.errors || result.data?.devices.nodes.length !== rows)
      throw new Error(`bad page: ${JSON.stringify(result).slice(0, 300)}`);
  };
}

interface Latency {
  p50: number;
  p90: number;
}

/** p50 and p90 of each request after warm-up, interleaved so that drift (and GC) hits them alike. */
async function latencies(requests: (() => Promise<void>)[]) {
  for (let i = 0; i < WARMUP; i++) for (const request of requests) await request();
  const samples = requests.map(() => [] as number[]);
  for (let i = 0; i < SAMPLES; i++)
    for (const [j, request] of requests.entries()) samples[j]!.push(await timeOnceAsync(request));
  return samples.map((s) => ({ p50: median(s) / 1e6, p90: quantile(s, 0.9) / 1e6 }));
}

/** A cursor in the middle of the fleet: the page there is the one an index must find without a scan. */
function middleCursor(fleet: Fleet): string {
  const host = fleet.hosts[HOSTS / 2]!;
  return Buffer.from(`device:${fleet.index.ordinalOf(host)}:${host.devices[0]!.bdf}`).toString('base64url');
}

export const benchmark: Benchmark = {
  name: 'fleet-scale',
  description: `${HOSTS} hosts x ${DEVICES_PER_HOST} devices: a filtered ${PAGE}-row devices page vs the default fleet`,
  async run() {
    const small = createDefaultFleet();
    const smallRows = Math.min(PAGE, countKeys(small.index.devices(FILTER)));
    const smallDevices = small.index.deviceCount;
    const smallBuildNs = await timeOnceAsync(async () => createDefaultFleet());

    const heapBefore = heapUsedAfterGc();
    const rssBefore = process.memoryUsage().rss;
    const buildStart = process.hrtime.bigint();
    const fleet = buildFleet();
    const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
    const heapAfter = heapUsedAfterGc();
    const memory = process.memoryUsage();
    const devices = fleet.index.deviceCount;
    if (devices !== HOSTS * DEVICES_PER_HOST) throw new Error(`built ${devices} devices`);

    // The default fleet's page is measured beside the big one, under the same heap and GC.
    const [baseline, first, middle, sameRows] = (await latencies([
      pageRequest(small, { filter: FILTER, first: PAGE }, smallRows),
      pageRequest(fleet, { filter: FILTER, first: PAGE }, PAGE),
      pageRequest(fleet, { filter: FILTER, first: PAGE, after: middleCursor(fleet) }, PAGE),
      pageRequest(fleet, { filter: FILTER, first: smallRows }, smallRows),
    ])) as [Latency, Latency, Latency, Latency];
    const rssMb = memory.rss / MB;
    const bytesPerDevice = (memory.rss - rssBefore) / devices;

    return resultOf(
      benchmark,
      [
        metric(
          'filtered page p50',
          first.p50,
          'ms',
          'time',
          `default fleet (${smallRows} rows)`,
          baseline.p50,
          {
            text: '≤ 2',
            met: first.p50 / baseline.p50 <= 2,
          },
        ),
        metric('filtered page p90', first.p90, 'ms', 'time', 'default fleet p90', baseline.p90),
        metric('page mid-fleet p50', middle.p50, 'ms', 'time', 'default fleet', baseline.p50),
        metric(`same ${smallRows} rows p50`, sameRows.p50, 'ms', 'time', 'default fleet', baseline.p50),
        metric('rss', rssMb, 'MB', 'size', 'RSS before building', rssBefore / MB, {
          text: '≤ 2048 MB',
          met: rssMb <= 2048,
        }),
        metric('bytes per device', bytesPerDevice, 'B', 'size', 'one private 4 KiB config space', 4096),
        metric(
          'build per device',
          (buildMs * 1e3) / devices,
          'µs',
          'time',
          'default fleet per device',
          smallBuildNs / 1e3 / smallDevices,
        ),
      ],
      {
        hosts: HOSTS,
        devices,
        pageRows: PAGE,
        defaultFleetRows: smallRows,
        matchingDevices: countKeys(fleet.index.devices(FILTER)),
        buildSeconds: Number((buildMs / 1e3).toFixed(1)),
        heapUsedMb: Number(((heapAfter - heapBefore) / MB).toFixed(1)),
        arrayBuffersMb: Number((memory.arrayBuffers / MB).toFixed(1)),
        configTemplates: fleet.configs.templates,
        filter: JSON.stringify(FILTER),
      },
    );
  },
};
