import { availableParallelism, loadavg } from 'node:os';
import { finishRows } from './finish-rows.ts';
import type { BenchReport, BenchSize, BenchSuite, SuiteReport } from './suite.ts';

/** How to run suites. */
export interface RunOptions {
  readonly size: BenchSize;
  /** Where progress lines go (stderr in the CLI); each is prefixed with the suite and elapsed time. */
  readonly progress: (line: string) => void;
}

/**
 * Run `suites` one after another (never overlapping: they share two cores), finishing each suite's
 * rows and summary as soon as it ends.
 * @returns the run's report: rows, notes and charts of every suite.
 */
export async function runSuites(suites: readonly BenchSuite[], options: RunOptions): Promise<BenchReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0] ?? 0;
  const reports: SuiteReport[] = [];
  for (const suite of suites) reports.push(await runSuite(suite, options, started));
  return {
    startedAt,
    size: options.size,
    machine: { cpus: availableParallelism(), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: [loadAtStart, loadavg()[0] ?? 0] },
    seconds: (performance.now() - started) / 1000,
    suites: reports,
  };
}

async function runSuite(suite: BenchSuite, options: RunOptions, runStarted: number): Promise<SuiteReport> {
  const started = performance.now();
  const progress = (message: string): void => options.progress(`[${((performance.now() - runStarted) / 1000).toFixed(1)}s] ${suite.name}: ${message}`);
  progress('started');
  const rows = finishRows(suite.name, await suite.run({ size: options.size, progress }));
  const seconds = (performance.now() - started) / 1000;
  progress(`done in ${seconds.toFixed(1)} s`);
  return { name: suite.name, question: suite.question, columns: suite.columns ?? [], rows, seconds, ...suite.summarize(rows) };
}
