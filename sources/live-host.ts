// This machine as a host: runs the snapshot script over a sysfs root (LIVE_SYSFS) at start-up and
// parses its output, so the live path and `npm run snapshot` read sysfs the same way.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MachineDescription } from '../hw-model/host/machine.ts';
import { parseSnapshot } from './snapshot-format.ts';

export const SNAPSHOT_SCRIPT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../scripts/snapshot.sh',
);

/** The snapshot script's output for a sysfs root (SYSFS_ROOT), as text. */
export function takeSnapshot(sysfsRoot: string, hostname?: string): string {
  return execFileSync('sh', [SNAPSHOT_SCRIPT], {
    encoding: 'utf8',
    env: { ...process.env, SYSFS_ROOT: sysfsRoot, ...(hostname ? { SNAPSHOT_HOSTNAME: hostname } : {}) },
    maxBuffer: 256 * 1024 * 1024,
  });
}

export function readLiveMachine(sysfsRoot: string): MachineDescription {
  return parseSnapshot(takeSnapshot(sysfsRoot));
}
