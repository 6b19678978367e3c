import type { CliIo } from '../cli/io.ts';
import { jsonReport } from './json-report.ts';
import { runSuites } from './run-suites.ts';
import type { BenchReport, BenchSize, BenchSuite } from './suite.ts';
import { renderSuite } from './table.ts';
import { writeReports } from './write-reports.ts';

/** What one bench session does. */
export interface BenchSession {
  readonly size: BenchSize;
  /** One JSON document on stdout instead of tables. */
  readonly json: boolean;
  /** Write `bench.json` and `index.html` here; nothing is written without it. */
  readonly out?: string;
}

/**
 * Run `suites`, printing progress to stderr and, at the end, each suite's table and notes (or the one
 * JSON document) to stdout; then write the reports if asked.
 * @returns the run's report.
 */
export async function runBench(suites: readonly BenchSuite[], session: BenchSession, io: CliIo): Promise<BenchReport> {
  const report = await runSuites(suites, { size: session.size, progress: (line) => io.err(line) });
  if (session.json) io.out(JSON.stringify(jsonReport(report)));
  else for (const suite of report.suites) io.out(renderSuite(suite));
  io.err(describeLoad(report));
  if (session.out !== undefined) {
    const written = await writeReports(report, session.out);
    io.err(`reports: ${written.json}, ${written.html} (${report.seconds.toFixed(1)} s in all)`);
  }
  return report;
}

/**
 * The machine's load around the run, with a warning when other work was already running when it
 * started (the 1-minute average then counts at least one busy core besides ours).
 */
function describeLoad(report: BenchReport): string {
  const { cpus, loadAverage } = report.machine;
  const [atStart, atEnd] = loadAverage;
  const line = `load average ${atStart.toFixed(1)} when the run started, ${atEnd.toFixed(1)} at the end, on ${cpus} cores`;
  return atStart >= 1 ? `${line}: other work may have shared the cores, so thread speedups may be understated` : line;
}
