import type { ChartSpec } from '../../src/bench/chart.ts';
import { seriesBy } from '../../src/bench/chart-series.ts';
import { formatRatio } from '../../src/bench/format.ts';
import type { BenchRow } from '../../src/bench/row.ts';
import type { SuiteSummary } from '../../src/bench/suite.ts';

const groupOf = (row: BenchRow): string => String(row.params.group);

/** One bar chart of time ÷ baseline: categories are the contenders, one colour per workload. */
function ratioChart(rows: readonly BenchRow[], id: string, title: string, caption: string): ChartSpec {
  return {
    id,
    title,
    kind: 'bar',
    xLabel: 'contender',
    yLabel: 'time ÷ baseline (first contender)',
    series: seriesBy(rows, groupOf, (r) => ({ x: r.name, y: r.ratio ?? Number.NaN })),
    references: [{ y: 1, label: 'baseline' }],
    caption,
  };
}

function groupNote(rows: readonly BenchRow[], group: string): string {
  const members = rows.filter((r) => groupOf(r) === group);
  const base = members.find((r) => r.ratio === 1) ?? members[0]!;
  return `${group}: ${members.map((r) => `${r.name} ${formatRatio(r.ratio)}`).join(', ')} (times ÷ ${base.name})`;
}

/** Notes and charts of the peers suite. */
export function summarizePeers(rows: readonly BenchRow[]): SuiteSummary {
  const starts = (prefix: string) => rows.filter((r) => groupOf(r).startsWith(prefix));
  return {
    notes: [...new Set(rows.map(groupOf))].map((group) => groupNote(rows, group)),
    charts: [
      ratioChart(starts('lock'), 'peers-locks', 'Mutual exclusion: async-mutex vs conclab', 'Each section holds the lock across one yield. conclab\'s keyed lock is an async-mutex Semaphore(1) per key plus holder bookkeeping.'),
      ratioChart(starts('permits'), 'peers-permits', 'Permits: p-limit vs conclab\'s semaphore', 'Tasks started at once under 4 permits, each holding its permit across one yield.'),
      ratioChart(starts('pool'), 'peers-pools', 'Threads: bare piscina vs the worker engine', 'The same CPU ops: a piscina task each, piscina chunks, the worker engine\'s batch (locks, shared state, journal), and one thread.'),
    ],
  };
}
