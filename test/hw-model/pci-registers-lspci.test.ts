// Decoded link, ATS, PRI, ACS and SR-IOV held against the installed lspci's own decoding of every
// device of every real dump in ../shared/fixtures/lspci (`lspci -F dump -D -vvv`), field by field.
// Fields that lspci 3.9 does not print (ATS Page Aligned Request, PRI's PASID-required flag) are
// compared where the installed lspci prints them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeAcs, decodeAts, decodePri, decodeSriov } from '../../hw-model/pci/decoders.ts';
import { parseLspci } from '../../hw-model/pci/lspci-parser.ts';
import { decodePcieLink } from '../../hw-model/pci/pcie-link.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';
import { parseLspciRegisters } from './lspci-text.ts';

function lspciInstalled(): boolean {
  try {
    execFileSync('lspci', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasLspci = lspciInstalled();
if (!hasLspci)
  console.warn('SKIPPED: decoders vs `lspci -F`: pciutils is not installed (apt-get install pciutils)');
if (!hasShared) console.warn('SKIPPED: decoders vs `lspci -F`: ../shared/fixtures/lspci is missing');

const files = hasShared
  ? readdirSync(lspciFixtureDir)
      .filter((n) => !n.endsWith('.md'))
      .sort()
  : [];

describe.skipIf(!hasLspci || !hasShared)('decoded registers equal what lspci -vvv prints', () => {
  let compared = { devices: 0, link: 0, ats: 0, pri: 0, acs: 0, sriov: 0 };

  test.each(files)('%s', (file) => {
    const fixture = path.join(lspciFixtureDir, file);
    const text = execFileSync('lspci', ['-F', fixture, '-D', '-vvv'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const printed = new Map(parseLspciRegisters(text).map((d) => [d.bdf, d]));
    const devices = parseLspci(readFileSync(fixture, 'utf8'));
    for (const device of devices) {
      const lspci = printed.get(device.bdf);
      expect(lspci, device.bdf).toBeDefined();
      if (!lspci) continue;
      compared.devices++;
      const at = `${file} ${device.bdf}`;
      const cfg = device.config;
      expect(decodePcieLink(cfg), `${at} link`).toEqual(lspci.link);
      if (lspci.link) compared.link++;
      // lspci looks past 0x100 only for PCIe and PCI-X 2.0 functions; elsewhere it has no verdict.
      if (!lspci.sawExtended) continue;
      const ats = decodeAts(cfg);
      expect(
        ats && {
          invalidateQueueDepth: ats.invalidateQueueDepth,
          enabled: ats.enabled,
          smallestTranslationUnit: ats.smallestTranslationUnit,
        },
        `${at} ats`,
      ).toEqual(lspci.ats);
      const pri = decodePri(cfg);
      expect(
        pri && {
          enabled: pri.enabled,
          capacity: pri.outstandingCapacity,
          allocation: pri.outstandingAllocation,
          pasidRequired: lspci.pri?.pasidRequired === null ? null : pri.pasidRequired,
        },
        `${at} pri`,
      ).toEqual(lspci.pri);
      const acs = decodeAcs(cfg);
      expect(acs && { capabilities: acs.capabilities, enabled: acs.enabled }, `${at} acs`).toEqual(lspci.acs);
      const sriov = decodeSriov(cfg);
      expect(
        sriov && {
          initialVfs: sriov.initialVfs,
          totalVfs: sriov.totalVfs,
          numVfs: sriov.numVfs,
          vfOffset: sriov.firstVfOffset,
          vfStride: sriov.vfStride,
          vfDeviceId: sriov.vfDeviceId,
        },
        `${at} sriov`,
      ).toEqual(lspci.sriov);
      for (const k of ['ats', 'pri', 'acs', 'sriov'] as const) if (lspci[k]) compared[k]++;
    }
  });

  test('the comparison covered every kind of register', () => {
    console.log(`decoders vs lspci: ${JSON.stringify(compared)}`);
    expect(compared.devices).toBeGreaterThan(150);
    for (const k of ['link', 'ats', 'pri', 'acs', 'sriov'] as const)
      expect(compared[k], k).toBeGreaterThan(0);
    compared = { devices: 0, link: 0, ats: 0, pri: 0, acs: 0, sriov: 0 };
  });
});
