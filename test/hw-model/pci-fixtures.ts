// Every device of every lspci dump in ../shared/fixtures/lspci, parsed once per test file, named "file bdf".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type LspciDevice, parseLspci } from '../../hw-model/pci/index.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';

export interface FixtureDevice {
  name: string;
  device: LspciDevice;
}

export function fixtureDevices(): FixtureDevice[] {
  if (!hasShared) return [];
  return readdirSync(lspciFixtureDir)
    .filter((name) => !name.endsWith('.md'))
    .sort()
    .flatMap((file) =>
      parseLspci(readFileSync(path.join(lspciFixtureDir, file), 'utf8')).map((device) => ({
        name: `${file} ${device.bdf}`,
        device,
      })),
    );
}

/** The first device of a fixture file. */
export function firstDeviceOf(devices: FixtureDevice[], file: string): LspciDevice {
  const found = devices.find((d) => d.name.startsWith(`${file} `));
  if (!found) throw new Error(`no fixture ${file}`);
  return found.device;
}
