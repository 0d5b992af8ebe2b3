// npm run bench [name...]: runs every benchmark (or the named ones), each in a child process of its
// own with --expose-gc (a clean heap and JIT per benchmark), relays its output, and writes every
// result to bench/results/latest.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type Benchmark, type BenchResult, printResult } from './report.ts';

const BENCHMARKS: Record<string, () => Promise<{ benchmark: Benchmark }>> = {
  'map-unmap-length': () => import('./map-unmap-length.ts'),
  'areas-100k': () => import('./areas-100k.ts'),
  'translate-batch-graphql': () => import('./translate-batch-graphql.ts'),
  'dirty-bitmap': () => import('./dirty-bitmap.ts'),
  'fanout-sse': () => import('./fanout-sse.ts'),
  'fleet-scale': () => import('./fleet-scale.ts'),
  'http-inventory': () => import('./http-inventory.ts'),
};
/** A benchmark is meant to take under ~60 s; past this it is stopped. */
const CHILD_TIMEOUT_MS = 150_000;
const here = path.dirname(fileURLToPath(import.meta.url));

async function runChild(name: string): Promise<void> {
  const load = BENCHMARKS[name];
  if (!load) throw new Error(`unknown benchmark ${name}`);
  const { benchmark } = await load();
  const start = process.hrtime.bigint();
  const result = await benchmark.run();
  printResult({ ...result, durationMs: Number(process.hrtime.bigint() - start) / 1e6 });
}

/** Runs one benchmark in a child (this file, --child name) and returns what its BENCH line says. */
function spawnBenchmark(name: string): Promise<BenchResult> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', script, '--child', name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => {
      console.error(`${name}: no result after ${CHILD_TIMEOUT_MS / 1000} s, stopping it`);
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    let result: BenchResult | undefined;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      console.log(line);
      if (line.startsWith('BENCH ')) result = JSON.parse(line.slice('BENCH '.length)) as BenchResult;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && result) resolve(result);
      else reject(new Error(`${name} failed (exit ${code ?? signal})`));
    });
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await runChild(args[1] ?? '');
    return 0;
  }
  const unknown = args.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
    return 2;
  }
  const names = args.length ? args : Object.keys(BENCHMARKS);
  const cpus = os.cpus();
  console.log(
    `iommufd-graph bench: node ${process.version}, ${os.platform()} ${os.arch()}, ` +
      `${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}; ratio = value / baseline (same run)`,
  );
  const results: BenchResult[] = [];
  const failed: string[] = [];
  for (const name of names) {
    try {
      results.push(await spawnBenchmark(name));
    } catch (error) {
      console.error((error as Error).message);
      failed.push(name);
    }
  }
  const outDir = path.join(here, 'results');
  mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, 'latest.json');
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: { count: cpus.length, model: cpus[0]?.model ?? 'unknown' },
    results,
    failed,
  };
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
  const missed = results.flatMap((r) =>
    r.metrics.filter((m) => m.targetMet === false).map((m) => `${r.name}: ${m.name} (${m.target})`),
  );
  if (missed.length) console.log(`targets missed: ${missed.join('; ')}`);
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
