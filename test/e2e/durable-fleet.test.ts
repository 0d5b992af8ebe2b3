// The durable fleet through a real server: restarts keep every acknowledged hostCreate/deviceAdd,
// kill -9 under load loses nothing acknowledged, a corrupt database stops the server naming the
// file, and iommufd state does not survive (a restart is a reboot).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChildServer, gql, startServer } from './spawn-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
const servers: ChildServer[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'fleet-store-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const start = async (dataDir: string) => {
  const s = await startServer({ DATA_DIR: dataDir });
  servers.push(s);
  return s;
};
const killed = (s: ChildServer) =>
  new Promise<void>((resolve) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGKILL');
  });

const HOST_CREATE = `mutation($name: String!) { hostCreate(input: { name: $name, profile: "selftest-mock" }) {
  host { id name } userErrors { code } } }`;
const DEVICE_ADD = `mutation($hostId: ID!, $vendorId: Int!) { deviceAdd(input: { hostId: $hostId, vendorId: $vendorId, deviceId: 1, pasidWidth: 8 }) {
  device { bdf } userErrors { code } } }`;
const HOST_STATE = `query($name: String!) { host(name: $name) { id iommuGroups { number devices { bdf } }
  devices(first: 1000) { edges { node { bdf configSpace } } } } }`;

interface HostState {
  host: {
    id: string;
    iommuGroups: { number: number; devices: { bdf: string }[] }[];
    devices: { edges: { node: { bdf: string; configSpace: string } }[] };
  } | null;
}

describe('durable fleet', () => {
  it('a restart keeps created hosts and added devices, with the same config space and groups; contexts are gone', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    const { hostCreate } = await gql<{ hostCreate: { host: { id: string } } }>(first.url, HOST_CREATE, {
      name: 'kept',
    });
    await gql(first.url, DEVICE_ADD, { hostId: hostCreate.host.id, vendorId: 0x1b36 });
    await gql(first.url, `mutation($h: ID!) { contextOpen(input: { hostId: $h }) { context { id } } }`, {
      h: hostCreate.host.id,
    });
    const before = await gql<HostState>(first.url, HOST_STATE, { name: 'kept' });
    await killed(first);
    const second = await start(dataDir);
    const after = await gql<HostState>(second.url, HOST_STATE, { name: 'kept' });
    expect(after).toEqual(before);
    expect(after.host!.devices.edges.map((e) => e.node.bdf)).toContain('0000:f0:00.0');
    const contexts = await gql<{ host: { contexts: unknown[] } }>(
      second.url,
      `{ host(name: "kept") { contexts { id } } }`,
    );
    expect(contexts.host.contexts).toEqual([]);
    await killed(second);
  }, 60_000);

  it('kill -9 at random points under mutation load loses no acknowledged mutation', async () => {
    const dataDir = tempDir();
    const acknowledged: { name: string; state: HostState }[] = [];
    const rounds = 4;
    let attempted = 0;
    for (let round = 0; round < rounds; round++) {
      const server = await start(dataDir);
      // Everything acknowledged so far is there, byte for byte.
      for (const { name, state } of acknowledged) {
        expect(await gql<HostState>(server.url, HOST_STATE, { name }), name).toEqual(state);
      }
      const killAt = Date.now() + 150 + Math.floor(Math.random() * 600);
      const timer = setTimeout(() => server.child.kill('SIGKILL'), killAt - Date.now());
      for (let i = 0; Date.now() < killAt + 50; i++) {
        const name = `crash-${round}-${i}`;
        attempted++;
        try {
          const r = await gql<{ hostCreate: { host: { id: string } | null } }>(server.url, HOST_CREATE, {
            name,
          });
          if (!r.hostCreate.host) continue;
          await gql(server.url, DEVICE_ADD, { hostId: r.hostCreate.host.id, vendorId: 0x1000 + i });
          acknowledged.push({ name, state: await gql<HostState>(server.url, HOST_STATE, { name }) });
        } catch {
          break; // the server died mid-request: what it had not acknowledged may or may not be there
        }
      }
      clearTimeout(timer);
      await killed(server);
    }
    const last = await start(dataDir);
    for (const { name, state } of acknowledged)
      expect(await gql<HostState>(last.url, HOST_STATE, { name }), name).toEqual(state);
    console.log(
      `kill -9 test: ${rounds} kills, ${attempted} hostCreate attempts, ${acknowledged.length} acknowledged host+device pairs all present`,
    );
    expect(acknowledged.length).toBeGreaterThan(0);
    await killed(last);
  }, 120_000);

  it('a corrupt database stops the server with an error naming the file', () => {
    const dataDir = tempDir();
    writeFileSync(
      path.join(dataDir, 'fleet.sqlite3'),
      'this is not an SQLite database, just text '.repeat(100),
    );
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(path.join(dataDir, 'fleet.sqlite3'));
  }, 30_000);
});
