#!/usr/bin/env node
// Holds schema.graphql against ../shared/api/contract.graphql with the shared checker.
// Contract items not built yet are listed in scripts/contract-pending.json with the issue that builds them;
// anything missing that is not listed fails, and a listed item that now exists fails too (keep the list honest).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const checker = path.join(shared, 'tools/contract-check.mjs');
const contract = path.join(shared, 'api/contract.graphql');

if (!existsSync(checker) || !existsSync(contract)) {
  console.log(`contract check SKIPPED: ${shared} has no tools/contract-check.mjs or api/contract.graphql`);
  process.exit(0);
}

let output;
try {
  output = execFileSync('node', [checker, 'schema.graphql', contract], { cwd: root, encoding: 'utf8' });
} catch (error) {
  // The checker exits 1 when items are missing; anything else (it crashed, printed nothing) is a failure.
  output = error.stdout ?? '';
  if (!/^contract: /m.test(output)) {
    console.error(`contract check FAILED to run: ${error.stderr || error.message}`);
    process.exit(1);
  }
}
const missing = output
  .split('\n')
  .filter((line) => line.startsWith('missing: '))
  .map((line) => line.slice('missing: '.length));

const pendingFile = path.join(root, 'scripts/contract-pending.json');
const pending = existsSync(pendingFile) ? JSON.parse(readFileSync(pendingFile, 'utf8')) : {};
const pendingItems = new Map(
  Object.entries(pending).flatMap(([issue, items]) => items.map((item) => [item, issue])),
);

const unexpected = missing.filter((item) => !pendingItems.has(item));
const done = [...pendingItems.keys()].filter((item) => !missing.includes(item));

for (const [issue, items] of Object.entries(pending)) {
  const still = items.filter((item) => missing.includes(item));
  if (still.length) console.log(`pending (${issue}): ${still.length} contract items not built yet`);
}
for (const item of unexpected) console.log(`MISSING: ${item}`);
for (const item of done) console.log(`NOW PRESENT, remove from contract-pending.json: ${item}`);
if (unexpected.length || done.length) process.exit(1);
console.log(
  missing.length
    ? `contract: every item outside the pending list is present (${missing.length} pending)`
    : 'contract: complete, every type, field, argument and enum value is in schema.graphql',
);
