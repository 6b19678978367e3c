import { expectKind, type OpSchema } from '../../core/validate.ts';

/**
 * The argument kinds of every TaskQueue method, by TS argument name. Checked whole before a method
 * touches state, so a bad call changes nothing.
 */
export const ARGUMENTS = {
  timestampOnly: { timestamp: 'integer' },
  taskCall: { timestamp: 'integer', taskId: 'string' },
  // Decision: the manual never validates `priority`; conclab requires an integer so that ordering is
  // the manual's tuple order on whole numbers (no NaN or floats sneaking into the sort).
  addTask: { timestamp: 'integer', taskId: 'string', priority: 'integer' },
  addTaskWithDeps: { timestamp: 'integer', taskId: 'string', priority: 'integer', dependencies: 'string[]' },
  getTasksByStatus: { timestamp: 'integer', status: 'string' },
  // Decision: any integers are accepted, as the manual checks nothing: a negative `maxRetries` means no
  // retries (the code tests `max_retries > 0`), a negative backoff schedules a retry already due.
  configureRetry: { maxRetries: 'integer', baseBackoffMs: 'integer' },
  // Decision: `numWorkers <= 0` is the spec's empty run, not an error; only non-integers are rejected.
  runWorkers: { timestamp: 'integer', numWorkers: 'integer' },
  dispatchExternal: { timestamp: 'integer', taskIds: 'string[]' },
} as const satisfies Record<string, OpSchema>;

/** Throw `InvalidInputError` for the first argument of `values` that is not of its schema's kind. */
export function expectArguments(schema: OpSchema, values: Readonly<Record<string, unknown>>): void {
  for (const [field, kind] of Object.entries(schema)) expectKind(values[field], kind, field);
}
