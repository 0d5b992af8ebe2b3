// Where ../shared lives (DESIGN.md, the API contract, the lspci fixtures); SHARED_DIR overrides it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const sharedDir = process.env.SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const lspciFixtureDir = path.join(sharedDir, 'fixtures/lspci');
export const contractPath = path.join(sharedDir, 'api/contract.graphql');
export const hasShared = existsSync(sharedDir);

if (!hasShared) {
  console.warn(
    `SKIPPED: tests that read ../shared (fixtures, contract): ${sharedDir} does not exist (set SHARED_DIR)`,
  );
}
