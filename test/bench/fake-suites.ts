/** Tiny fake suites for the harness tests: fixed timings, no measuring, so runs are instant and exact. */
import type { RowInput } from '../../src/bench/row.ts';
import type { BenchSuite } from '../../src/bench/suite.ts';

/** A row with a fixed timing. */
export function fakeRow(name: string, mean: number, extra: Partial<RowInput> = {}): RowInput {
  return { name, engine: 'event-loop', params: {}, mean, p99: mean * 1.5, rme: 2, samples: 5, ...extra };
}

/** Two policies against theory, grouped by permits, with a line chart and a bar chart of its rows. */
export const fakeRateSuite: BenchSuite = {
  name: 'fake-rates',
  question: 'does the fake meet its theory?',
  columns: [{ key: 'virtualRatio', label: 'virtual ÷ theory', digits: 3 }],
  run: async () =>
    [1, 2, 4].flatMap((n) => [
      fakeRow('all-sleep', 80 / n, { params: { N: n }, group: `N=${n}`, baseline: true, units: 8, theory: 80 / n, metrics: { virtualRatio: 1 } }),
      fakeRow('fail-fast', 42 / n, { params: { N: n }, group: `N=${n}`, units: 8, theory: 40 / n }),
    ]),
  summarize: (rows) => ({
    notes: [`${rows.length} rows`],
    charts: [
      {
        id: 'fake-throughput',
        title: 'Throughput vs permits',
        kind: 'line',
        xLabel: 'permits',
        yLabel: 'items/s',
        evenX: true,
        series: ['all-sleep', 'fail-fast'].map((name) => ({ name, points: rows.filter((r) => r.name === name).map((r) => ({ x: Number(r.params.N), y: r.throughput! })) })),
        references: [{ y: 100, label: 'a reference' }],
      },
      {
        id: 'fake-ratios',
        title: 'Measured ÷ theory',
        kind: 'bar',
        xLabel: 'alternative',
        yLabel: 'ratio',
        series: [{ name: 'ratio', points: rows.map((r) => ({ x: `${r.name} with a long label N=${r.params.N}`, y: r.ratioToTheory! })) }],
      },
    ],
  }),
};

/** A suite whose chart has awkward data: zeros, a missing value, one point, a scatter and a dashed line. */
export const fakeEdgeSuite: BenchSuite = {
  name: 'fake-edges',
  question: 'do awkward values still draw?',
  run: async () => [fakeRow('only', 0.5, { metrics: { deadlocksPer100: 0 } })],
  summarize: () => ({
    notes: [],
    charts: [
      {
        id: 'fake-zeros',
        title: 'All zero',
        kind: 'bar',
        xLabel: 'workload',
        yLabel: 'deadlocks per 100',
        series: [
          { name: 'sorted', points: [{ x: 'a', y: 0 }, { x: 'b', y: 0 }] },
          { name: 'as-given', points: [{ x: 'a', y: 0 }, { x: 'b', y: Number.NaN }] },
        ],
      },
      {
        id: 'fake-scatter',
        title: 'One point and a line',
        kind: 'line',
        xLabel: 'x',
        yLabel: 'y',
        zeroBased: false,
        series: [
          { name: 'one', points: [{ x: 3, y: 1.02 }], scatter: true },
          { name: 'diagonal', points: [{ x: 0, y: 1 }, { x: 6, y: 1.1 }], dashed: true },
        ],
      },
    ],
  }),
};
