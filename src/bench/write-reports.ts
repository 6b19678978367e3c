import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderHtmlReport } from './html-report.ts';
import { jsonReport } from './json-report.ts';
import type { BenchReport } from './suite.ts';

/** Where the reports of a run were written. */
export interface WrittenReports {
  readonly json: string;
  readonly html: string;
}

/**
 * Write `bench.json` (every row) and `index.html` (the one-page report) of one run into `directory`,
 * made if missing. Both are written from the same report object, so they never disagree.
 */
export async function writeReports(report: BenchReport, directory: string): Promise<WrittenReports> {
  await mkdir(directory, { recursive: true });
  const json = join(directory, 'bench.json');
  const html = join(directory, 'index.html');
  await writeFile(json, `${JSON.stringify(jsonReport(report), null, 2)}\n`);
  await writeFile(html, renderHtmlReport(report));
  return { json, html };
}
