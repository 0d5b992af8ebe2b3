// Server settings from the environment.

import { hostname } from 'node:os';
import { type LiveLimits, readLiveLimits } from './live/limits.ts';

export interface ServerConfig {
  /** Subscriber buffers and subscription caps (SUBSCRIBER_MAX_QUEUED_*, SUBSCRIPTIONS_*). */
  liveLimits: LiveLimits;
  host: string;
  port: number;
  logLevel: string;
  /** API_TOKEN: when set, mutations need `Authorization: Bearer <token>`. */
  apiToken: string | undefined;
  /** DATA_DIR: where the durable fleet lives (fleet.sqlite3); default ./data. */
  dataDir: string;
  /** LIVE_SYSFS: serve the machine whose sysfs is mounted here (normally /sys) as a host. */
  liveSysfs: string | undefined;
  /** LIVE_HOST_NAME: that host's name; default the hostname. */
  liveHostName: string;
  /** CORS_ORIGINS (comma-separated): origins besides the server's own that browsers may call it from. */
  corsOrigins: string[];
  /** MAX_HOSTS: most hosts hostCreate may grow the fleet to (default DEFAULT_MAX_HOSTS). */
  maxHosts: number | undefined;
  /** PASID_QUOTA_PER_CONTEXT: most PASIDs one context may hold on a host (default 1024). */
  pasidQuotaPerContext: number | undefined;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0..65535, got ${env.PORT}`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    logLevel: env.LOG_LEVEL ?? 'info',
    apiToken: env.API_TOKEN || undefined,
    dataDir: env.DATA_DIR || './data',
    liveLimits: readLiveLimits(env),
    liveSysfs: env.LIVE_SYSFS || undefined,
    liveHostName: env.LIVE_HOST_NAME || hostname(),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    maxHosts: positiveInt(env, 'MAX_HOSTS'),
    pasidQuotaPerContext: positiveInt(env, 'PASID_QUOTA_PER_CONTEXT'),
  };
}
