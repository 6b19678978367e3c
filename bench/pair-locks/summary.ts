import type { ChartSpec } from '../../src/bench/chart.ts';
import { formatMs, formatRate, formatRatio } from '../../src/bench/format.ts';
import type { BenchRow } from '../../src/bench/row.ts';
import type { SuiteSummary } from '../../src/bench/suite.ts';
import { BENCH_ENGINES } from '../../src/bench/with-engine.ts';

const of = (rows: readonly BenchRow[], name: string, engine: string): BenchRow[] => rows.filter((r) => r.name === name && r.engine === engine);

function deadlockNote(rows: readonly BenchRow[], engine: string): string | undefined {
  const asGiven = of(rows, 'as-given', engine);
  const sorted = [...of(rows, 'sorted', engine), ...of(rows, 'batch per-key', engine)];
  if (asGiven.length === 0) return undefined;
  const rates = asGiven.map((r) => `${r.metrics.deadlocksPer100?.toFixed(0)} (${r.params.mix})`).join(', ');
  const detected = asGiven.filter((r) => r.metrics.detectionMs !== undefined).map((r) => r.metrics.detectionMs!);
  const [low, high] = [Math.min(...detected), Math.max(...detected)];
  const after = low === high ? formatMs(low) : `${formatMs(low)}–${formatMs(high)}`;
  const detection = detected.length === 0 ? 'none to detect' : `first wait ended ${after} into a deadlocked trial on average; ${endedBy(asGiven)}`;
  const sortedDeadlocks = sorted.reduce((sum, r) => sum + (r.metrics.deadlocksPer100 ?? 0), 0);
  const trials = asGiven[0]!.metrics.trials ?? 0;
  return `${engine}: as-given deadlocks per 100 trials (of ${trials} run): ${rates}, ${detection}; sorted: ${sortedDeadlocks === 0 ? 'never' : 'SOMETIMES'}`;
}

/** Who ended the as-given waits: the detector (victims) or the bounded wait (timeouts). */
function endedBy(rows: readonly BenchRow[]): string {
  // Counts, back from the per-trial means the rows keep.
  const total = (key: string): number => Math.round(rows.reduce((sum, r) => sum + (r.metrics[key] ?? 0) * (r.metrics.trials ?? 0), 0));
  const [victims, timeouts] = [total('victimsPerTrial'), total('timeoutsPerTrial')];
  const bound = `the ${rows[0]!.params.timeoutMs} ms bounded wait`;
  if (timeouts === 0) return `the deadlock detector ended ${victims === 1 ? 'the one ended wait' : `every one of the ${victims} ended waits`}, none ran out ${bound}`;
  return `the deadlock detector ended ${victims} of the ${victims + timeouts} ended waits, ${bound} the other ${timeouts}`;
}

function throughputNote(rows: readonly BenchRow[], engine: string): string | undefined {
  const perKey = of(rows, 'batch per-key', engine);
  if (perKey.length === 0) return undefined;
  const globals = of(rows, 'batch global', engine);
  const parts = perKey.map((row) => {
    const global = globals.find((g) => g.params.mix === row.params.mix);
    const versus = global === undefined ? '' : `, one global lock ${formatRatio(global.mean / row.mean)} the time`;
    return `${row.params.mix} ${formatRate(row.throughput ?? Number.NaN)}${versus}`;
  });
  return `${engine}: sorted batch (per-key locks) ${parts.join('; ')}`;
}

function deadlockChart(rows: readonly BenchRow[]): ChartSpec {
  const series = BENCH_ENGINES.flatMap((engine) =>
    ['as-given', 'sorted'].map((name) => ({
      name: `${name} · ${engine}`,
      points: of(rows, name, engine).map((r) => ({ x: String(r.params.mix), y: r.metrics.deadlocksPer100 ?? Number.NaN })),
    })),
  );
  return {
    id: 'deadlock-rate',
    title: 'Deadlocks per 100 trials: locks as given vs sorted',
    kind: 'bar',
    xLabel: 'workload (accounts, share of transfers on the hot pair, share going B→A)',
    yLabel: 'trials that deadlocked, per 100',
    series: series.filter((s) => s.points.length > 0),
    caption: 'A trial deadlocked when the deadlock detector (wait-for graph on the event loop, Atomics watchdog on threads) ended a wait, or a bounded wait ran out. Sorted order never waits in a cycle, on either engine; as-given deadlocks whenever A→B and B→A each hold their first key.',
  };
}

function lockingChart(rows: readonly BenchRow[]): ChartSpec {
  const series = BENCH_ENGINES.flatMap((engine) =>
    ['batch per-key', 'batch global'].map((name) => ({
      name: `${name} · ${engine}`,
      points: of(rows, name, engine).map((r) => ({ x: String(r.params.mix), y: r.throughput ?? Number.NaN })),
    })),
  );
  return {
    id: 'global-vs-per-key',
    title: 'Sorted batch throughput: per-key locks vs one global lock',
    kind: 'bar',
    xLabel: 'workload',
    yLabel: 'transfers per second',
    series: series.filter((s) => s.points.length > 0),
    caption: 'Bank\'s L5 batch of transfers through each engine\'s batch path, with a lock per account or one lock for the whole bank.',
  };
}

/** Notes and charts of the pair-locks suite. */
export function summarizePairLocks(rows: readonly BenchRow[]): SuiteSummary {
  const notes = BENCH_ENGINES.flatMap((engine) => [deadlockNote(rows, engine), throughputNote(rows, engine)]);
  return { notes: notes.filter((n): n is string => n !== undefined), charts: [deadlockChart(rows), lockingChart(rows)] };
}
