import { describe, expect, test } from 'vitest';
import { finishRows } from '../../src/bench/finish-rows.ts';
import { renderHtmlReport } from '../../src/bench/html-report.ts';
import { jsonReport } from '../../src/bench/json-report.ts';
import { inversions, kendallTau } from '../../src/bench/order-stats.ts';
import { runSuites } from '../../src/bench/run-suites.ts';
import { listScheduleMakespan, listScheduleOrder, makespanLowerBound } from '../../src/bench/schedule.ts';
import { sizeFromFlags } from '../../src/bench/size-flags.ts';
import type { BenchSize, BenchSuite } from '../../src/bench/suite.ts';
import { renderSuite, renderTable } from '../../src/bench/table.ts';
import { niceTicks } from '../../src/bench/svg/ticks.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { fakeRateSuite, fakeRow } from './fake-suites.ts';

describe('finishing rows', () => {
  test('each row of a group gets its mean divided by the baseline mean, and names the baseline', () => {
    const rows = finishRows('s', [fakeRow('slow', 30, { group: 'g', baseline: true }), fakeRow('fast', 15, { group: 'g', engine: 'workers' })]);
    expect(rows.map((r) => r.ratio)).toEqual([1, 0.5]);
    expect(rows[1]!.baselineOf).toBe('slow (event-loop)');
    expect(rows.every((r) => r.suite === 's')).toBe(true);
  });

  test('rows without a group get no ratio', () => {
    expect(finishRows('s', [fakeRow('alone', 3)])[0]!.ratio).toBeUndefined();
  });

  test('throughput is units of work per second at the mean', () => {
    expect(finishRows('s', [fakeRow('r', 20, { units: 100 })])[0]!.throughput).toBe(5000);
  });

  test('a theory gives measured ÷ theory; 0 ÷ 0 counts as on target', () => {
    const [on, off, none] = finishRows('s', [fakeRow('a', 42, { theory: 40 }), fakeRow('b', 0, { theory: 0 }), fakeRow('c', 1)]);
    expect(on!.ratioToTheory).toBeCloseTo(1.05, 10);
    expect(off!.ratioToTheory).toBe(1);
    expect(none!.ratioToTheory).toBeUndefined();
  });

  test('a group with no baseline, or two, is refused: its ratios would be ambiguous', () => {
    expect(() => finishRows('s', [fakeRow('a', 1, { group: 'g' })])).toThrow(RangeError);
    expect(() => finishRows('s', [fakeRow('a', 1, { group: 'g', baseline: true }), fakeRow('b', 1, { group: 'g', baseline: true })])).toThrow(/one baseline/);
  });

  test('metrics default to an empty record', () => {
    expect(finishRows('s', [fakeRow('a', 1)])[0]!.metrics).toEqual({});
  });
});

describe('running suites', () => {
  test('a run finishes each suite\'s rows before its summary sees them, and reports progress', async () => {
    const lines: string[] = [];
    const report = await runSuites([fakeRateSuite], { size: 'quick', progress: (line) => lines.push(line) });
    const [suite] = report.suites;
    expect(suite!.rows).toHaveLength(6);
    expect(suite!.rows.filter((r) => r.name === 'fail-fast').map((r) => r.ratio)).toEqual([42 / 80, 42 / 80, 42 / 80]);
    expect(suite!.notes).toEqual(['6 rows']);
    expect(suite!.charts.map((c) => c.id)).toEqual(['fake-throughput', 'fake-ratios']);
    expect(lines.some((l) => l.includes('fake-rates: started'))).toBe(true);
    expect(report.size).toBe('quick');
  });

  test('the JSON report lists every row with suite, name, engine, params, mean, p99, rme and ratios', async () => {
    const report = await runSuites([fakeRateSuite], { size: 'full', progress: () => {} });
    const { rows } = jsonReport(report);
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[1]!)).toEqual(expect.arrayContaining(['suite', 'name', 'engine', 'params', 'mean', 'p99', 'rme', 'ratio', 'ratioToTheory', 'theory', 'throughput', 'metrics']));
    expect(JSON.parse(JSON.stringify(jsonReport(report))).rows[1].ratioToTheory).toBeCloseTo(42 / 40, 10);
  });
});

describe('run sizes', () => {
  test('each suite is told the size of the run, and the report keeps it', async () => {
    const seen: BenchSize[] = [];
    const spy: BenchSuite = {
      name: 'spy',
      question: 'which size?',
      run: async ({ size }) => {
        seen.push(size);
        return [];
      },
      summarize: () => ({ notes: [], charts: [] }),
    };
    for (const size of ['full', 'quick', 'smoke'] as const) expect((await runSuites([spy], { size, progress: () => {} })).size).toBe(size);
    expect(seen).toEqual(['full', 'quick', 'smoke']);
  });

  test('the flags pick the size; both at once is a usage error', () => {
    expect(sizeFromFlags({})).toBe('full');
    expect(sizeFromFlags({ quick: true })).toBe('quick');
    expect(sizeFromFlags({ smoke: true, quick: false })).toBe('smoke');
    expect(() => sizeFromFlags({ quick: true, smoke: true })).toThrow(UsageError);
  });

  test('the page\'s header names a short run by its flag, and a full run by none', async () => {
    const header = async (size: BenchSize): Promise<string> => /<p class="meta">([^<]*)</.exec(renderHtmlReport(await runSuites([fakeRateSuite], { size, progress: () => {} })))![1]!;
    expect(await header('full')).not.toMatch(/\(--/);
    expect(await header('quick')).toContain('(--quick)');
    expect(await header('smoke')).toContain('(--smoke)');
  });
});

describe('tables', () => {
  test('a table shows ratios to the baseline and to theory, and the suite\'s metric columns', async () => {
    const report = await runSuites([fakeRateSuite], { size: 'quick', progress: () => {} });
    const table = renderTable(report.suites[0]!);
    const [head, rule, ...body] = table.split('\n');
    expect(head).toMatch(/alternative\s+engine\s+parameters\s+mean\s+p99\s+rme\s+throughput\s+vs baseline\s+theory\s+÷ theory\s+virtual ÷ theory/);
    expect(rule).toMatch(/^─+/);
    expect(body[1]).toMatch(/fail-fast\s+event-loop\s+N=1\s+42\.00 ms.*×0\.53\s+40\.00 ms\s+×1\.05\s+—$/);
    expect(body[0]).toMatch(/×1\.00\s+80\.00 ms\s+×1\.00\s+1\.000$/);
  });

  test('a suite prints its question, table and notes', async () => {
    const report = await runSuites([fakeRateSuite], { size: 'quick', progress: () => {} });
    expect(renderSuite(report.suites[0]!)).toMatch(/fake-rates: does the fake meet its theory\?[\s\S]*• 6 rows/);
  });
});

describe('theory helpers', () => {
  test('inversions and Kendall tau measure distance from input order', () => {
    expect(inversions([0, 1, 2, 3])).toBe(0);
    expect(inversions([3, 2, 1, 0])).toBe(6);
    expect(inversions([1, 0, 2])).toBe(1);
    expect(kendallTau([0, 1, 2, 3])).toBe(1);
    expect(kendallTau([3, 2, 1, 0])).toBe(-1);
    expect(kendallTau([0])).toBe(1);
  });

  test('the list schedule gives each task to the first free worker, in input order', () => {
    // Workers free at 0,0 → A:5 on w0, B:3 on w1, C:4 on w1 (free at 3) → ends 5, 3, 7.
    expect(listScheduleMakespan([5, 3, 4], 2)).toBe(7);
    expect(listScheduleOrder([5, 3, 4], 2)).toEqual([1, 0, 2]);
    expect(makespanLowerBound([5, 3, 4], 2)).toBe(6);
    expect(listScheduleMakespan([10, 10, 10, 10], 4)).toBe(10);
  });

  test('axis ticks are round and cover the data', () => {
    expect(niceTicks(0, 160)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(0, 1.05)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(0.98, 1.6)).toEqual([0.8, 1, 1.2, 1.4, 1.6]);
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
