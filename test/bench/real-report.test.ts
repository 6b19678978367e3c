/**
 * The real suites at `smoke` size, end to end: measured rows → summaries → bench.json and index.html →
 * headless Chromium. html-report.test.ts checks exact numbers from fake suites; this one checks that
 * what the real suites declare actually reaches the page. No timing or ratio is asserted: those are the
 * benchmarks' own findings, and a smoke run's numbers mean little.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { suites } from '../../bench/suites.ts';
import type { JsonReport } from '../../src/bench/json-report.ts';
import { runSuites } from '../../src/bench/run-suites.ts';
import type { BenchReport } from '../../src/bench/suite.ts';
import { writeReports } from '../../src/bench/write-reports.ts';
import { chartsIn, dumpPage, type PageDump } from './headless-chromium.ts';

let directory: string;
let report: BenchReport;
let json: JsonReport;
let page: PageDump;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conclab-real-report-'));
  report = await runSuites(suites, { size: 'smoke', progress: () => {} });
  const written = await writeReports(report, directory);
  json = JSON.parse(await readFile(written.json, 'utf8')) as JsonReport;
  page = await dumpPage(written.html);
}, 120_000); // the smoke run takes about 10 s alone; other test files share the two cores

afterAll(() => rm(directory, { recursive: true, force: true }));

describe('the real suites at smoke size', () => {
  test('every suite declares at least one chart', () => {
    for (const suite of report.suites) expect(suite.charts.length, suite.name).toBeGreaterThan(0);
  });

  test('every chart the summaries declare is drawn on the page, with marks, all finite', () => {
    const declared = report.suites.flatMap((suite) => suite.charts.map((chart) => chart.id));
    const drawn = chartsIn(page.dom);
    expect(drawn.map((chart) => chart.id)).toEqual(declared);
    for (const chart of drawn) {
      expect(chart.marks.length, chart.id).toBeGreaterThan(0);
      expect(chart.marks.filter((y) => !Number.isFinite(y)), chart.id).toEqual([]);
    }
  });

  test('the page logs nothing to the console', () => {
    expect(page.console).toEqual([]);
  });

  test('the page says it is a smoke run', () => {
    expect(page.dom).toContain('(--smoke)');
    expect(json.size).toBe('smoke');
  });

  test('bench.json has rows of every suite, on both engines', () => {
    expect(json.suites.map((suite) => suite.name)).toEqual(suites.map((suite) => suite.name));
    // Every suite today runs its question on both engines (peers and worker-pool-order add piscina).
    for (const { name } of suites) {
      const engines = new Set(json.rows.filter((row) => row.suite === name).map((row) => row.engine));
      expect([...engines], name).toEqual(expect.arrayContaining(['event-loop', 'workers']));
    }
  });
});
