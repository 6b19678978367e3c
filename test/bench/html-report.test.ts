import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSuites } from '../../src/bench/run-suites.ts';
import type { BenchReport } from '../../src/bench/suite.ts';
import { writeReports } from '../../src/bench/write-reports.ts';
import { fakeEdgeSuite, fakeRateSuite } from './fake-suites.ts';
import { chartsIn, dumpPage, type PageDump } from './headless-chromium.ts';

let directory: string;
let report: BenchReport;
let page: PageDump;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conclab-report-'));
  report = await runSuites([fakeRateSuite, fakeEdgeSuite], { size: 'quick', progress: () => {} });
  const { html } = await writeReports(report, directory);
  page = await dumpPage(html);
}, 25_000);

afterAll(() => rm(directory, { recursive: true, force: true }));

describe('the HTML report in headless Chromium', () => {
  test('every chart of the run renders as an <svg> with its marks and their data', () => {
    const charts = chartsIn(page.dom);
    expect(charts.map((c) => c.id)).toEqual(['fake-throughput', 'fake-ratios', 'fake-zeros', 'fake-scatter']);
    const byId = new Map(charts.map((c) => [c.id, c]));
    const throughput = report.suites[0]!.rows.filter((r) => r.name === 'all-sleep').map((r) => r.throughput);
    expect(byId.get('fake-throughput')!.marks.slice(0, 3)).toEqual(throughput);
    expect(byId.get('fake-ratios')!.marks).toHaveLength(6);
    // The NaN point is left out; the zeros are still bars.
    expect(byId.get('fake-zeros')!.marks).toEqual([0, 0, 0]);
    expect(byId.get('fake-scatter')!.marks).toEqual([1.02, 1, 1.1]);
    for (const chart of charts) expect(chart.marks.every(Number.isFinite)).toBe(true);
  });

  test('the page logs nothing to the console (no script errors, no invalid SVG attributes)', () => {
    expect(page.console).toEqual([]);
  });

  test('the page is self-contained: no script, and nothing fetched from anywhere', async () => {
    const html = await readFile(join(directory, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  test('tables on the page show the same numbers as bench.json', async () => {
    const json = JSON.parse(await readFile(join(directory, 'bench.json'), 'utf8')) as { rows: { name: string; ratioToTheory?: number }[] };
    expect(json.rows).toHaveLength(7);
    expect(page.dom).toContain('×1.05'); // fail-fast's 42 ms ÷ 40 ms theory, as bench.json has it
    expect(json.rows[1]!.ratioToTheory).toBeCloseTo(1.05, 10);
  });
});

describe('the console check itself', () => {
  test('catches an SVG attribute the browser rejects', async () => {
    const file = join(directory, 'broken.html');
    await writeFile(file, '<!doctype html><svg width="10" height="10"><rect width="5" height="-5"/></svg>');
    const broken = await dumpPage(file);
    expect(broken.console.join('\n')).toMatch(/negative value is not valid/);
  }, 20_000);
});
