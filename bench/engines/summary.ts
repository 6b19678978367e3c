import type { ChartSpec } from '../../src/bench/chart.ts';
import { formatRatio } from '../../src/bench/format.ts';
import type { BenchRow } from '../../src/bench/row.ts';
import type { SuiteSummary } from '../../src/bench/suite.ts';

/** Event-loop time ÷ worker time for each (ops, work): above 1, threads win. */
export function speedups(rows: readonly BenchRow[]): { ops: number; work: number; speedup: number }[] {
  return rows
    .filter((r) => r.engine === 'workers' && r.ratio !== undefined)
    .map((r) => ({ ops: Number(r.params.ops), work: Number(r.params.work), speedup: 1 / r.ratio! }));
}

/** The smallest work per op from which threads win at `ops`, and stay winning for more work. */
function crossover(points: readonly { work: number; speedup: number }[]): number | undefined {
  const sorted = [...points].sort((a, b) => a.work - b.work);
  const first = sorted.findIndex((_, i) => sorted.slice(i).every((p) => p.speedup > 1));
  return first === -1 ? undefined : sorted[first]!.work;
}

function crossoverNotes(rows: readonly BenchRow[], threads: number): string[] {
  const all = speedups(rows);
  const sizes = [...new Set(all.map((p) => p.ops))].sort((a, b) => a - b);
  const lines = sizes.map((ops) => {
    const points = all.filter((p) => p.ops === ops);
    const from = crossover(points);
    const loopRow = rows.find((r) => r.engine === 'event-loop' && r.params.ops === ops && r.params.work === from);
    const cost = loopRow === undefined ? '' : ` (≈ ${((loopRow.mean * 1000) / ops).toFixed(1)} µs per op on the event loop)`;
    return from === undefined ? `${ops} ops: threads never win here` : `${ops} ops: threads win from ${from} rounds of work per op${cost}`;
  });
  const top = all.reduce((a, b) => (b.speedup > a.speedup ? b : a), { ops: 0, work: 0, speedup: 0 });
  return [
    `crossover — ${lines.join('; ')}`,
    `top speedup ${formatRatio(top.speedup)} at ${top.ops} ops × ${top.work} rounds (the limit is ×${threads} on ${threads} cores)`,
  ];
}

function crossoverChart(rows: readonly BenchRow[], threads: number): ChartSpec {
  const all = speedups(rows);
  const sizes = [...new Set(all.map((p) => p.ops))].sort((a, b) => a - b);
  return {
    id: 'engine-crossover',
    title: 'Worker threads vs the event loop: speedup by CPU work per op',
    kind: 'line',
    xLabel: 'CPU work per op (xorshift rounds)',
    yLabel: 'event-loop time ÷ worker time',
    evenX: true,
    series: sizes.map((ops) => ({ name: `${ops} ops per batch`, points: all.filter((p) => p.ops === ops).map((p) => ({ x: p.work, y: p.speedup })).sort((a, b) => a.x - b.x) })),
    references: [
      { y: 1, label: 'parity: threads win above' },
      { y: threads, label: `${threads} cores: the limit` },
    ],
    caption: 'The same portable op definition on both engines. Threads pay a fixed cost per batch and per op (lock words, journal, results in shared memory); CPU work per op has to outweigh it.',
  };
}

/** Notes and charts of the engines suite. */
export function summarizeEngines(rows: readonly BenchRow[], threads: number): SuiteSummary {
  return { notes: crossoverNotes(rows, threads), charts: [crossoverChart(rows, threads)] };
}
