/** What became of one op of a scenario, as plain data (it crosses threads and goes into `--json`). */

/** An error as data: its class name, stable code and message. */
export interface ErrorReport {
  readonly name: string;
  readonly code: string | undefined;
  readonly message: string;
}

/** One op's outcome. `took` lists the keys it held, in the order it took them. */
export type OpOutcome =
  | { readonly status: 'completed'; readonly result: number | null; readonly took: readonly string[] }
  | {
      readonly status: 'failed';
      readonly error: ErrorReport;
      readonly took: readonly string[];
      /** The key it was waiting for when it failed, if any. */
      readonly wanted: string | null;
    };

/** An error (or anything thrown) as an {@link ErrorReport}. */
export function errorReport(error: unknown): ErrorReport {
  if (!(error instanceof Error)) return { name: 'Error', code: undefined, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, code: typeof code === 'string' ? code : undefined, message: error.message };
}

/**
 * The outcome of an op that threw after taking `took` of its `keys`, in order.
 * @param keys the keys the op asks for, in its order: the next one after `took` is the one it waited for.
 */
export function failedOutcome(error: unknown, keys: readonly string[], took: readonly string[]): OpOutcome {
  return { status: 'failed', error: errorReport(error), took: [...took], wanted: keys[took.length] ?? null };
}
