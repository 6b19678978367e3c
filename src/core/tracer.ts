/**
 * What the engines report as they run: the raw material of timelines and deadlock reports.
 * `lock-wait`, `lock-acquired` and `lock-released` are one per acquisition (all its keys);
 * `lock-queued` is one per key that was taken when asked for, so the owner joined that key's queue:
 * an as-given acquisition asks key by key, each only once it holds the ones before, so this is the
 * moment a wait — and maybe a cycle of waits — begins.
 */
export type TraceEvent =
  | { readonly kind: 'lock-wait' | 'lock-queued' | 'lock-acquired' | 'lock-released'; readonly at: number; readonly owner: string; readonly keys: readonly string[] }
  | { readonly kind: 'permit-wait' | 'permit-acquired' | 'permit-released'; readonly at: number; readonly owner: string; readonly semaphore: number };

/** Receives trace events. Engines call it synchronously, so it must be cheap. */
export interface Tracer {
  record(event: TraceEvent): void;
}

/** The tracer engines use when nobody listens. */
export const silentTracer: Tracer = { record() {} };

/** A tracer that keeps every event, in order, for tests and labs. */
export class RecordingTracer implements Tracer {
  readonly #events: TraceEvent[] = [];

  /** The events recorded so far (a copy). */
  get events(): TraceEvent[] {
    return [...this.#events];
  }

  record(event: TraceEvent): void {
    this.#events.push(event);
  }
}
