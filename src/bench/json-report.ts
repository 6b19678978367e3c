import type { BenchRow } from './row.ts';
import type { BenchReport, BenchSize } from './suite.ts';

/** The JSON document of a run: what `--json` prints and `reports/bench.json` holds. */
export interface JsonReport {
  readonly startedAt: string;
  readonly size: BenchSize;
  readonly machine: BenchReport['machine'];
  readonly seconds: number;
  readonly suites: readonly { readonly name: string; readonly question: string; readonly notes: readonly string[] }[];
  /** Every row of every suite: suite, name, engine, params, mean, p99, rme, ratios, metrics. Times in ms. */
  readonly rows: readonly BenchRow[];
}

/** The run as one JSON document (charts are left out: they are drawn from these rows). */
export function jsonReport(report: BenchReport): JsonReport {
  return {
    startedAt: report.startedAt,
    size: report.size,
    machine: report.machine,
    seconds: report.seconds,
    suites: report.suites.map(({ name, question, notes }) => ({ name, question, notes })),
    rows: report.suites.flatMap((suite) => suite.rows),
  };
}
