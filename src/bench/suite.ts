import type { ChartSpec } from './chart.ts';
import type { BenchRow, RowInput } from './row.ts';

/**
 * How big a run is. `full`: every size and enough samples to trust the ratios. `quick` (`--quick`,
 * `npm start`): fewer sizes and samples, same questions. `smoke` (`--smoke`): every suite at its
 * smallest, still producing every row kind and chart, to check the pipeline in seconds; its numbers
 * mean little.
 */
export type BenchSize = 'full' | 'quick' | 'smoke';

/** What a suite is given while it runs. */
export interface SuiteContext {
  /** How big a run this is: each suite picks its parameters from a table keyed by it. */
  readonly size: BenchSize;
  /** Say what is running now (stderr, never stdout). */
  progress(message: string): void;
}

/** A metric a suite's table shows as a column, from `row.metrics[key]`. */
export interface MetricColumn {
  readonly key: string;
  readonly label: string;
  /** Digits after the point (default 2). */
  readonly digits?: number;
}

/** What a suite concludes from its finished rows: headline lines and charts, all from those rows. */
export interface SuiteSummary {
  readonly notes: readonly string[];
  readonly charts: readonly ChartSpec[];
}

/**
 * One benchmark question (`bench/<name>.bench.ts`): its alternatives measured side by side in one run.
 * `run` measures; the harness then computes ratios once (`finishRows`), and `summarize` draws the
 * conclusions from the finished rows, so every number printed or charted comes from the same run.
 */
export interface BenchSuite {
  readonly name: string;
  /** The question, as a heading. */
  readonly question: string;
  readonly columns?: readonly MetricColumn[];
  run(context: SuiteContext): Promise<RowInput[]>;
  summarize(rows: readonly BenchRow[]): SuiteSummary;
}

/** A suite's part of a run report. */
export interface SuiteReport extends SuiteSummary {
  readonly name: string;
  readonly question: string;
  readonly columns: readonly MetricColumn[];
  readonly rows: readonly BenchRow[];
  readonly seconds: number;
}

/** One `conclab bench` run: every suite's report, and what it ran on. */
export interface BenchReport {
  readonly startedAt: string;
  readonly size: BenchSize;
  readonly machine: {
    readonly cpus: number;
    readonly node: string;
    readonly platform: string;
    /** 1-minute load average when the run started and when it ended: other work on the machine skews every ratio. */
    readonly loadAverage: readonly [number, number];
  };
  readonly seconds: number;
  readonly suites: readonly SuiteReport[];
}
