/** Every wait in conclab can be bounded: by a deadline, by a signal, or both. */
export interface WaitOptions {
  /** Give up after this many milliseconds of the engine's clock (real or virtual). */
  readonly timeoutMs?: number;
  /** Give up when this signal aborts; its reason becomes the error's `cause`. */
  readonly signal?: AbortSignal;
}
