// `npm start`: serve the API with the embedded default fleet.
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { readLiveMachine } from '../sources/live-host.ts';
import { FleetStore } from '../store/fleet-store.ts';
import { readConfig } from './config.ts';
import { listen } from './http.ts';
import { createYogaServer } from './yoga.ts';

const config = readConfig();
const log = pino({ level: config.logLevel });
// A start is a reboot for iommufd state: a fresh boot ID, so context and object IDs of the last run name nothing.
const fleet = createDefaultFleet({
  maxHosts: config.maxHosts,
  pasidQuotaPerContext: config.pasidQuotaPerContext,
  bootId: randomBytes(6).toString('hex'),
});
let store: FleetStore;
try {
  store = FleetStore.open(config.dataDir);
  const replayed = store.replay(fleet);
  log.info(
    `fleet store ${store.file}: ${replayed} mutations replayed (iommufd state starts empty: a restart is a reboot)`,
  );
} catch (error) {
  // Never serve a silently empty fleet: a database that cannot be read stops the server.
  log.error((error as Error).message);
  process.exit(1);
}
if (config.liveSysfs) {
  // Read once at start-up: no API field reads a server-side path.
  const live = fleet.createHost({
    name: config.liveHostName,
    machine: readLiveMachine(config.liveSysfs),
    machineSource: 'LIVE',
  });
  log.info(
    `live host ${live.name} from ${config.liveSysfs}: ${live.devices.length} devices, ${live.iommus.length} IOMMUs, ${live.groups.length} groups`,
  );
}
const yoga = createYogaServer({
  fleet,
  journal: store,
  apiToken: config.apiToken,
  liveLimits: config.liveLimits,
  corsOrigins: config.corsOrigins,
  logging: {
    debug: (...args) => log.debug(args.map(String).join(' ')),
    info: (...args) => log.info(args.map(String).join(' ')),
    warn: (...args) => log.warn(args.map(String).join(' ')),
    error: (...args) => log.error(args.map(String).join(' ')),
  },
});
const running = await listen(yoga, config.host, config.port);
log.info(
  `iommufd-graph serving ${running.url} (GraphiQL in a browser; the dashboard at ${running.url.replace(/graphql$/, '')})`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info(`${signal}: shutting down`);
    await running.close();
    store.close();
    process.exit(0);
  });
}
