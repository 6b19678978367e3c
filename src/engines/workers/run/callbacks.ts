/**
 * An L6 item may carry a caller's function (an external call). Functions cannot cross threads, so the
 * dispatcher keeps them and sends a marker; on the worker the marker becomes a function that asks the
 * dispatcher's thread to make the call and waits for its answer. The item keeps its permit meanwhile:
 * the call runs on the main thread while the worker holds the permit.
 */
import type { MessagePort } from 'node:worker_threads';
import { errorMessage } from '../../../core/op-error.ts';

const MARKER = '__conclabCallback';

interface Marker {
  readonly [MARKER]: number;
}

interface Call {
  readonly id: number;
  readonly callback: number;
  readonly args: unknown[];
}

type Answer = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string };

function isMarker(value: unknown): value is Marker {
  return typeof value === 'object' && value !== null && MARKER in value;
}

/** Main side: items with their top-level functions replaced by markers, and the functions by number. */
export function extractCallbacks(items: readonly unknown[]): { items: unknown[]; callbacks: ((...args: unknown[]) => unknown)[] } {
  const callbacks: ((...args: unknown[]) => unknown)[] = [];
  const portable = items.map((item) => {
    if (typeof item !== 'object' || item === null) return item;
    const copy: Record<string, unknown> = { ...item };
    for (const [key, value] of Object.entries(copy)) {
      if (typeof value === 'function') copy[key] = { [MARKER]: callbacks.push(value as (...args: unknown[]) => unknown) - 1 };
    }
    return copy;
  });
  return { items: portable, callbacks };
}

/** Main side: answer every call that comes in on `port` by calling the kept function. */
export function serveCallbacks(port: MessagePort, callbacks: readonly ((...args: unknown[]) => unknown)[]): void {
  port.on('message', (call: Call) => {
    const answer = (result: Answer): void => port.postMessage(result);
    Promise.resolve()
      .then(() => callbacks[call.callback]!(...call.args))
      .then(
        (value) => answer({ id: call.id, ok: true, value }),
        (error: unknown) =>
          answer({ id: call.id, ok: false, name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) }),
      );
  });
}

/** Worker side: the items with each marker turned back into a function that calls across `port`. */
export function bindCallbacks(items: readonly unknown[], port: MessagePort | undefined): unknown[] {
  if (port === undefined) return [...items];
  const pending = new Map<number, (answer: Answer) => void>();
  let nextId = 0;
  port.on('message', (answer: Answer) => pending.get(answer.id)?.(answer));
  const remote =
    (callback: number) =>
    (...args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, (answer) => {
          pending.delete(id);
          if (answer.ok) return resolve(answer.value);
          reject(Object.assign(new Error(answer.message), { name: answer.name }));
        });
        port.postMessage({ id, callback, args } satisfies Call);
      });
  return items.map((item) => {
    if (typeof item !== 'object' || item === null) return item;
    const copy: Record<string, unknown> = { ...item };
    for (const [key, value] of Object.entries(copy)) if (isMarker(value)) copy[key] = remote(value[MARKER]);
    return copy;
  });
}
