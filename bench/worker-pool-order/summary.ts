import type { ChartSpec } from '../../src/bench/chart.ts';
import { alternativeOf, seriesBy } from '../../src/bench/chart-series.ts';
import { formatRatio } from '../../src/bench/format.ts';
import type { BenchRow } from '../../src/bench/row.ts';
import type { SuiteSummary } from '../../src/bench/suite.ts';

function inversionChart(rows: readonly BenchRow[]): ChartSpec {
  const n = Math.max(...rows.map((r) => Number(r.params.N)));
  const top = rows.filter((r) => r.params.N === n);
  const metric = (key: string, name: string) => ({ name, points: top.filter((r) => r.metrics[key] !== undefined).map((r) => ({ x: alternativeOf(r), y: r.metrics[key]! })) });
  return {
    id: 'order-inversions',
    title: `Order against input order (N = ${n}, ${top[0]?.params.tasks ?? 0} tasks)`,
    kind: 'bar',
    xLabel: 'alternative',
    yLabel: 'inversions (pairs out of input order), mean over runs',
    series: [metric('returnedInversions', 'returned array'), metric('completionInversions', 'completion order'), metric('startInversions', 'start order')].filter((s) => s.points.length > 0),
    references: top[0]?.metrics.idealInversions === undefined ? [] : [{ y: top[0].metrics.idealInversions, label: `the durations force ${top[0].metrics.idealInversions} (list schedule)` }],
    caption: 'A pool returns completion order: its inversions are those the durations force. A dispatch that writes results[index] returns input order (0), whatever order tasks finish in.',
  };
}

function makespanChart(rows: readonly BenchRow[]): ChartSpec {
  return {
    id: 'pool-makespan',
    title: 'Makespan ÷ ideal list schedule',
    kind: 'bar',
    xLabel: 'workers N',
    yLabel: 'measured ÷ theory',
    series: seriesBy(rows, alternativeOf, (r) => ({ x: `N=${r.params.N}`, y: r.ratioToTheory ?? Number.NaN })),
    references: [{ y: 1, label: 'theory' }],
    caption: 'Theory: each task, in input order, goes to the first free worker with no overhead. Above 1 is what locks, timers and thread hand-offs add.',
  };
}

function notes(rows: readonly BenchRow[], piscinaVersion: string): string[] {
  const pool = rows.filter((r) => r.name === 'pool');
  const dispatch = rows.filter((r) => r.name.startsWith('dispatch'));
  const strict = rows.filter((r) => r.name === 'piscina stricterFIFO');
  const fifo = rows.filter((r) => r.name === 'piscina FIFO');
  const mean = (list: readonly BenchRow[], key: string): string => (list.reduce((s, r) => s + (r.metrics[key] ?? 0), 0) / Math.max(1, list.length)).toFixed(1);
  const worst = rows.reduce((a, b) => ((b.ratioToTheory ?? 0) > (a.ratioToTheory ?? 0) ? b : a));
  const virtual = pool.filter((r) => r.metrics.virtualRatio !== undefined);
  return [
    `the pool returns completion order: ${mean(pool, 'returnedInversions')} inversions on average (the durations force ${mean(pool, 'idealInversions')}); dispatch with results[index] returns input order: ${mean(dispatch, 'returnedInversions')}`,
    `makespan ÷ ideal schedule: ${formatRatio(Math.min(...rows.map((r) => r.ratioToTheory ?? Infinity)))} to ${formatRatio(worst.ratioToTheory)} (worst: ${alternativeOf(worst)}, N=${worst.params.N})` +
      (virtual.length > 0 ? `; on a virtual clock the pool hits it ${virtual.every((r) => r.metrics.virtualRatio === 1) ? 'exactly' : 'NOT exactly'}` : ''),
    `piscina ${piscinaVersion} has \`stricterFIFO\` (a task that cannot be dispatched goes back to the front of the queue, not the back): start-order inversions ${mean(fifo, 'startInversions')} without it, ${mean(strict, 'startInversions')} with it`,
  ];
}

/** Notes and charts of the worker-pool-order suite. */
export function summarizeOrders(rows: readonly BenchRow[], piscinaVersion: string): SuiteSummary {
  return { notes: notes(rows, piscinaVersion), charts: [inversionChart(rows), makespanChart(rows)] };
}
