/** A command line conclab cannot act on: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'ERR_CONCLAB_USAGE';
}

/** Exit codes of the `conclab` command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
