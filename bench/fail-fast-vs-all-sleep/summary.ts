import type { ChartSeries, ChartSpec } from '../../src/bench/chart.ts';
import { alternativeOf, seriesBy } from '../../src/bench/chart-series.ts';
import { formatRatio } from '../../src/bench/format.ts';
import type { BenchRow } from '../../src/bench/row.ts';
import type { SuiteSummary } from '../../src/bench/suite.ts';

const label = (row: BenchRow): string => `${row.name} N=${row.params.N} p=${row.params.p}`;

/** The spread of measured ÷ theory over `rows`, and where the worst one is. */
function spread(rows: readonly BenchRow[]): { low: number; high: number; worst: BenchRow } | undefined {
  const measured = rows.filter((r) => r.ratioToTheory !== undefined && Number.isFinite(r.ratioToTheory));
  if (measured.length === 0) return undefined;
  const worst = measured.reduce((a, b) => (b.ratioToTheory! > a.ratioToTheory! ? b : a));
  return { low: Math.min(...measured.map((r) => r.ratioToTheory!)), high: worst.ratioToTheory!, worst };
}

/** Σ measured ÷ Σ theory: how far the whole grid's time is from theory, case noise averaged out. */
function gridRatio(rows: readonly BenchRow[]): number {
  const timed = rows.filter((r) => r.theory !== undefined);
  return timed.reduce((sum, r) => sum + r.mean, 0) / timed.reduce((sum, r) => sum + r.theory!, 0);
}

function engineNote(rows: readonly BenchRow[], engine: string, tolerance: number | undefined): string | undefined {
  const own = rows.filter((r) => r.engine === engine);
  const s = spread(own);
  if (s === undefined) return undefined;
  const grid = gridRatio(own);
  const head = `${engine} at d = ${s.worst.params.d} ms: the whole grid took ${formatRatio(grid)} of theory (Σ measured ÷ Σ theory)`;
  const cases = `per case ${formatRatio(s.low)} to ${formatRatio(s.high)} (worst: ${label(s.worst)}, rme ±${s.worst.rme.toFixed(0)}%)`;
  if (tolerance === undefined) return `${head}; ${cases}: every external step crosses threads (a wake-up costs 60–100 µs here)`;
  const above = own.filter((r) => r.ratioToTheory !== undefined && r.ratioToTheory > tolerance).length;
  const verdict = above === 0 ? `every case within the ${formatRatio(tolerance)} tolerance` : `${above} of ${own.length} cases ABOVE the ${formatRatio(tolerance)} tolerance`;
  return `${head}; ${cases}: ${verdict}`;
}

function virtualNote(rows: readonly BenchRow[]): string | undefined {
  const checked = rows.filter((r) => r.metrics.virtualRatio !== undefined);
  if (checked.length === 0) return undefined;
  const off = checked.filter((r) => r.metrics.virtualRatio !== 1);
  return off.length === 0
    ? `virtual clock: all ${checked.length} runs hit theory exactly (÷ theory = 1.000)`
    : `virtual clock: ${off.length} of ${checked.length} runs MISSED theory (first: ${label(off[0]!)})`;
}

/** The biggest saving: fail-fast's time as a share of all-sleep's, at the highest invalid share and N = 1. */
function savingNote(rows: readonly BenchRow[]): string | undefined {
  const p = Math.max(...rows.map((r) => Number(r.params.p)));
  const row = rows.find((r) => r.name === 'fail-fast' && r.engine === 'event-loop' && r.params.p === p && r.params.N === 1);
  const base = rows.find((r) => r.name === 'all-sleep' && r.engine === 'event-loop' && r.params.p === p && r.params.N === 1);
  if (row?.ratio === undefined || row.theory === undefined || base?.theory === undefined) return undefined;
  return `at p = ${p}, N = 1 on the event loop fail-fast takes ${formatRatio(row.ratio)} of all-sleep's time (theory ${formatRatio(row.theory / base.theory)})`;
}

function throughputChart(rows: readonly BenchRow[]): ChartSpec {
  const p = 0.5;
  const series = groupSeries(rows.filter((r) => r.params.p === p), (r) => ({ x: Number(r.params.N), y: r.throughput ?? Number.NaN }));
  return {
    id: 'throughput-vs-permits',
    title: `Throughput vs permits (p = ${p})`,
    kind: 'line',
    xLabel: 'permits N',
    yLabel: 'items per second',
    evenX: true,
    series,
    caption: 'Items per second of one L6 call, by permits. Fail-fast sends only the valid half, so it finishes the call sooner at every N.',
  };
}

function theoryChart(rows: readonly BenchRow[], tolerance: number): ChartSpec {
  const series = groupSeries(rows, (r) => ({ x: r.theory ?? Number.NaN, y: r.ratioToTheory ?? Number.NaN }));
  return {
    id: 'makespan-vs-theory',
    title: 'Makespan vs theory',
    kind: 'line',
    xLabel: 'theory (ms): ceil(valid/N)·d for fail-fast, ceil(M/N)·d for all-sleep',
    yLabel: 'measured ÷ theory',
    zeroBased: false,
    series: series.map((s) => ({ ...s, scatter: true })),
    references: [
      { y: 1, label: 'theory' },
      { y: tolerance, label: `event-loop tolerance ${formatRatio(tolerance)}` },
    ],
    caption: 'Each point is one (policy, engine, p, N): its mean makespan over what theory says. Short calls (few 10 ms rounds) show the per-round cost of timers and thread wake-ups most.',
  };
}

/** One series per (policy, engine), its points sorted by x. */
function groupSeries(rows: readonly BenchRow[], point: (row: BenchRow) => { x: number; y: number }): ChartSeries[] {
  return seriesBy(rows, alternativeOf, point).map(({ name, points }) => ({ name, points: points.sort((a, b) => a.x - b.x) }));
}

/** Notes and charts of the fail-fast-vs-all-sleep suite. */
export function summarizeRateLimits(rows: readonly BenchRow[], tolerance: number): SuiteSummary {
  const notes = [engineNote(rows, 'event-loop', tolerance), engineNote(rows, 'workers', undefined), virtualNote(rows), savingNote(rows)];
  return { notes: notes.filter((n): n is string => n !== undefined), charts: [throughputChart(rows), theoryChart(rows, tolerance)] };
}
