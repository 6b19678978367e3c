import type { ChartSpec } from '../../src/bench/chart.ts';
import { formatRatio } from '../../src/bench/format.ts';
import type { BenchRow } from '../../src/bench/row.ts';
import type { SuiteSummary } from '../../src/bench/suite.ts';

/** Event-loop time ÷ worker time at one (ops, work): above 1, threads win. */
interface Speedup {
  readonly ops: number;
  readonly work: number;
  readonly speedup: number;
}

/** The speedup of every (ops, work) the rows measured, by ops then work. */
function speedups(rows: readonly BenchRow[]): Speedup[] {
  return rows
    .filter((r) => r.engine === 'workers' && r.ratio !== undefined)
    .map((r) => ({ ops: Number(r.params.ops), work: Number(r.params.work), speedup: 1 / r.ratio! }))
    .sort((a, b) => a.ops - b.ops || a.work - b.work);
}

/** The batch sizes measured, ascending. */
const sizesOf = (all: readonly Speedup[]): number[] => [...new Set(all.map((p) => p.ops))];

/** The smallest work per op from which threads win at `ops`, and stay winning for more work. */
function crossover(points: readonly Speedup[]): number | undefined {
  const first = points.findIndex((_, i) => points.slice(i).every((p) => p.speedup > 1));
  return first === -1 ? undefined : points[first]!.work;
}

function crossoverNotes(rows: readonly BenchRow[], all: readonly Speedup[], threads: number): string[] {
  const lines = sizesOf(all).map((ops) => {
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

function crossoverChart(all: readonly Speedup[], threads: number): ChartSpec {
  return {
    id: 'engine-crossover',
    title: 'Worker threads vs the event loop: speedup by CPU work per op',
    kind: 'line',
    xLabel: 'CPU work per op (xorshift rounds)',
    yLabel: 'event-loop time ÷ worker time',
    evenX: true,
    series: sizesOf(all).map((ops) => ({ name: `${ops} ops per batch`, points: all.filter((p) => p.ops === ops).map((p) => ({ x: p.work, y: p.speedup })) })),
    references: [
      { y: 1, label: 'parity: threads win above' },
      { y: threads, label: `${threads} cores: the limit` },
    ],
    caption: 'The same portable op definition on both engines. Threads pay a fixed cost per batch and per op (lock words, journal, results in shared memory); CPU work per op has to outweigh it.',
  };
}

/** Notes and charts of the engines suite. */
export function summarizeEngines(rows: readonly BenchRow[], threads: number): SuiteSummary {
  const all = speedups(rows);
  return { notes: crossoverNotes(rows, all, threads), charts: [crossoverChart(all, threads)] };
}
