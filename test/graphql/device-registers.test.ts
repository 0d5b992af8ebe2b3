// Device.link, ats, pri, acs and sriov through GraphQL on imported real dumps, held against what the
// installed lspci prints for the same dump.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeviceDetailDocument, HostCreateDocument } from '../gql/graphql.ts';
import { parseLspciRegisters } from '../hw-model/lspci-text.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';
import { TestClient } from './client.ts';

function lspciInstalled(): boolean {
  try {
    execFileSync('lspci', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const ready = hasShared && lspciInstalled();
if (!ready) console.warn('SKIPPED: Device registers vs lspci over GraphQL: needs ../shared and pciutils');

// Dumps with SR-IOV (cap-pcie-2), PRI and ATS (pri-pasid, cap-pasid-pri), ACS (cap-dpc).
const FILES = ['cap-pcie-2', 'pri-pasid', 'cap-pasid-pri', 'cap-dpc'];

describe.skipIf(!ready)('Device registers over GraphQL equal lspci', () => {
  it.each(FILES)('%s', async (file) => {
    const client = new TestClient();
    const fixture = path.join(lspciFixtureDir, file);
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'imported', lspci: readFileSync(fixture, 'utf8') },
    });
    expect(hostCreate.userErrors).toEqual([]);
    const lspci = parseLspciRegisters(
      execFileSync('lspci', ['-F', fixture, '-D', '-vvv'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    // The host also has the VFs an enabled SR-IOV capability creates (cap-pcie-2: NumVFs 1).
    expect(lspci.length).toBeGreaterThan(0);
    expect(hostCreate.host!.devices.totalCount).toBeGreaterThanOrEqual(lspci.length);
    for (const expected of lspci) {
      const d = (await client.data(DeviceDetailDocument, { host: 'imported', bdf: expected.bdf })).host!
        .device!;
      expect(d.link, expected.bdf).toEqual(expected.link);
      // lspci prints no driver or NUMA node for a dump: an import knows neither.
      expect([d.driver, d.numaNode]).toEqual([null, null]);
      if (!expected.sawExtended) continue;
      expect(d.ats && { ...d.ats, pageAlignedRequest: undefined }, expected.bdf).toEqual(
        expected.ats && { ...expected.ats, pageAlignedRequest: undefined },
      );
      expect(
        d.pri && {
          enabled: d.pri.enabled,
          capacity: d.pri.outstandingPageRequestCapacity,
          allocation: d.pri.outstandingPageRequestAllocation,
          pasidRequired: expected.pri?.pasidRequired === null ? null : d.pri.pasidRequired,
        },
      ).toEqual(expected.pri);
      expect(d.acs).toEqual(expected.acs);
      expect(d.sriov).toEqual(expected.sriov);
    }
  });
});
