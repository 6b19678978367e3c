/** One measured alternative of a benchmark suite: what `reports/bench.json` lists, one per line of a table. */

/** A parameter value, as printed in tables and kept in JSON. */
export type ParamValue = string | number | boolean;

/** Timing statistics of one alternative, in milliseconds per sample (one sample = one run of it). */
export interface Timing {
  readonly mean: number;
  readonly p99: number;
  /** Relative margin of error of the mean, in percent (95 %). */
  readonly rme: number;
  readonly samples: number;
}

/** A row as a suite reports it, before the harness works out its ratios. */
export interface RowInput extends Timing {
  /** The alternative: `sorted`, `as-given`, `fail-fast`, `Mutex`… */
  readonly name: string;
  /** Where it ran: `event-loop`, `workers`, or a peer library's name. */
  readonly engine: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  /**
   * Rows that share a group are compared side by side: each gets `ratio` = its mean ÷ the mean of the
   * group's baseline row. Without a group, a row has no ratio.
   */
  readonly group?: string;
  /** Whether this row is its group's baseline (exactly one per group). */
  readonly baseline?: boolean;
  /** Units of work per sample (ops, items, transfers), so that throughput can be given per second. */
  readonly units?: number;
  /** What theory says one sample should take, in ms, where there is a theory. */
  readonly theory?: number;
  /** Suite-specific measurements: deadlocks per 100 trials, inversions, Kendall tau, … */
  readonly metrics?: Readonly<Record<string, number>>;
}

/** A finished row: its suite, throughput and ratios filled in where they apply. */
export interface BenchRow extends RowInput {
  readonly suite: string;
  /** `units` per second at the mean, when the row has `units`. */
  readonly throughput?: number;
  /** mean ÷ the group baseline's mean (1 for the baseline itself): above 1 is slower. */
  readonly ratio?: number;
  /** The baseline row's name and engine, so a reader knows what `ratio` compares to. */
  readonly baselineOf?: string;
  /** mean ÷ theory, where there is a theory. */
  readonly ratioToTheory?: number;
  readonly metrics: Readonly<Record<string, number>>;
}
