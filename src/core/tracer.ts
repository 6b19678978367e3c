/** What the engines report as they run: the raw material of timelines and deadlock reports. */
export type TraceEvent =
  | { readonly kind: 'lock-wait' | 'lock-acquired' | 'lock-released'; readonly at: number; readonly owner: string; readonly keys: readonly string[] }
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
