/**
 * The result entry of an op whose critical section threw. Per-item outcomes are data: one op's
 * failure never aborts its batch, and the locks it held are released.
 */
export interface OpError {
  readonly error: string;
}

/** Turn a thrown value into an `OpError` entry. */
export function toOpError(error: unknown): OpError {
  return { error: errorMessage(error) };
}

/** The manual's `str(e)`: the message of an Error, or the value as a string. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
