// Result shapes and printing: a human line per metric and one `BENCH {json}` line per benchmark.

export type MetricKind = 'throughput' | 'time' | 'size';

/** One number, always against a baseline measured in the same run: ratio = value / baseline. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** What the baseline is, in words. */
  baselineName: string;
  baseline: number;
  ratio: number;
  /** throughput: higher is better; time and size: lower is better. */
  kind: MetricKind;
  /** The project's target for this number, in words, when it has one. */
  target?: string;
  targetMet?: boolean;
}

export interface BenchResult {
  name: string;
  description: string;
  /** The headline metric's value, unit and ratio, repeated at the top level. */
  value: number;
  unit: string;
  ratio: number;
  metrics: Metric[];
  /** Sizes and counts that explain the run (areas, IOVAs, samples, bytes). */
  parameters: Record<string, number | string>;
  durationMs: number;
}

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<Omit<BenchResult, 'durationMs'>>;
}

export function metric(
  name: string,
  value: number,
  unit: string,
  kind: MetricKind,
  baselineName: string,
  baseline: number,
  target?: { text: string; met: boolean },
): Metric {
  return {
    name,
    value,
    unit,
    baselineName,
    baseline,
    ratio: value / baseline,
    kind,
    ...(target ? { target: target.text, targetMet: target.met } : {}),
  };
}

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return value.toExponential(3);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** "3.10x slower" / "1.20x faster" / "2.00x more", read from the ratio and the metric's kind. */
export function describeRatio(m: Metric): string {
  const worse = m.kind === 'throughput' ? m.ratio < 1 : m.ratio > 1;
  const factor = m.ratio >= 1 ? m.ratio : 1 / m.ratio;
  const words = m.kind === 'size' ? ['less', 'more'] : ['faster', 'slower'];
  return `${factor.toFixed(2)}x ${words[worse ? 1 : 0]}`;
}

export function printResult(result: BenchResult): void {
  console.log(`== ${result.name}: ${result.description} (${(result.durationMs / 1000).toFixed(1)} s)`);
  for (const m of result.metrics) {
    const target = m.target ? `  [target ${m.target}: ${m.targetMet ? 'met' : 'MISSED'}]` : '';
    console.log(
      `  ${m.name.padEnd(22)} ${formatNumber(m.value).padStart(10)} ${m.unit.padEnd(8)}` +
        ` vs ${m.baselineName} ${formatNumber(m.baseline)} ${m.unit}: ratio ${m.ratio.toPrecision(3)}` +
        ` (${describeRatio(m)})${target}`,
    );
  }
  console.log(`BENCH ${JSON.stringify(result)}`);
}

/** A benchmark's result, headlined by its first metric. */
export function resultOf(
  benchmark: Pick<Benchmark, 'name' | 'description'>,
  metrics: Metric[],
  parameters: BenchResult['parameters'],
): Omit<BenchResult, 'durationMs'> {
  const headline = metrics[0];
  if (!headline) throw new Error(`${benchmark.name} measured nothing`);
  return {
    name: benchmark.name,
    description: benchmark.description,
    value: headline.value,
    unit: headline.unit,
    ratio: headline.ratio,
    metrics,
    parameters,
  };
}
