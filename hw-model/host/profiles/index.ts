// The profiles a host can be built from, by name.
import { amdGenoa } from './amd-genoa.ts';
import { armGrace } from './arm-grace.ts';
import { intelSapphireRapids } from './intel-sapphire-rapids.ts';
import type { HostProfile } from './profile.ts';
import { selftestMock } from './selftest-mock.ts';

export type { HostProfile } from './profile.ts';

export const PROFILES: readonly HostProfile[] = [intelSapphireRapids, armGrace, amdGenoa, selftestMock];

export function profileNames(): string[] {
  return PROFILES.map((p) => p.name);
}

export function findProfile(name: string): HostProfile | undefined {
  return PROFILES.find((p) => p.name === name);
}
