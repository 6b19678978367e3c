/**
 * Deadlock detection on the event loop: when a waiter queues (the lock table's `lock-wait` event), the
 * detector reads the table's wait-for graph (`snapshot()`: holders and waiters) and looks for a cycle
 * through that waiter. A cycle can only close when a wait starts, so checking there catches every one at
 * the moment it forms. The waiter whose check finds the cycle is the victim (when several queue in one
 * step, the first of them checked): its acquisition's `AbortSignal` is aborted with a `DeadlockError`,
 * so its wait rejects and whatever its op holds is released.
 */
import { DeadlockError, type DeadlockLink } from '../../core/errors.ts';
import type { LockTable, LockView } from '../../core/lock-table.ts';
import type { TraceEvent, Tracer } from '../../core/tracer.ts';
import { epochNow } from './epoch-now.ts';
import { endingWith, findCycleThrough, type WaitEdge } from './wait-for-cycle.ts';

/** A deadlock found, and when (epoch ms). */
export interface Detection {
  readonly error: DeadlockError;
  readonly at: number;
}

/** A deadlock detector for one event-loop lock table. It is the table's tracer (or part of it). */
export interface EventLoopDeadlockDetector extends Tracer {
  /** The table whose graph it reads; set once the table exists (the table is made with the tracer). */
  watch(locks: LockTable): void;
  /**
   * A signal for `owner`'s next acquisition (pass it as `signal`): aborted with a `DeadlockError` if
   * that wait closes a cycle. Each acquisition takes a fresh one; owners must be unique among live ops.
   */
  signalFor(owner: string): AbortSignal;
  /** Deadlocks found so far, in order. */
  readonly detections: readonly Detection[];
}

/**
 * A detector to pass as (part of) the lock table's tracer, then `watch(table)`.
 * @example
 * const detector = createDeadlockDetector();
 * const locks = createKeyedLockTable(clock, detector);
 * detector.watch(locks);
 * await locks.withLocks(['a'], section, { owner: 'op 0', signal: detector.signalFor('op 0') });
 */
export function createDeadlockDetector(): EventLoopDeadlockDetector {
  return new Detector();
}

class Detector implements EventLoopDeadlockDetector {
  #locks: LockTable | undefined;
  readonly #controllers = new Map<string, AbortController>();
  readonly #detections: Detection[] = [];

  get detections(): readonly Detection[] {
    return [...this.#detections];
  }

  watch(locks: LockTable): void {
    this.#locks = locks;
  }

  signalFor(owner: string): AbortSignal {
    const controller = new AbortController();
    this.#controllers.set(owner, controller);
    return controller.signal;
  }

  record(event: TraceEvent): void {
    if (event.kind !== 'lock-wait') return;
    // The event comes just before the waiter joins the key's queue, in the same synchronous step: a
    // microtask later the snapshot shows it.
    queueMicrotask(() => this.#check(event.owner));
    // A multi-key acquisition in as-given order queues each later key only once the earlier ones are
    // granted, microtasks after its one event: look again once the microtasks have run.
    setImmediate(() => this.#check(event.owner));
  }

  #check(owner: string): void {
    if (this.#locks === undefined || this.#aborted(owner)) return;
    const views = this.#locks.snapshot();
    const cycle = findCycleThrough(owner, waitEdges(views, (waiter) => this.#aborted(waiter)));
    if (cycle === undefined) return;
    const links = endingWith(cycle, owner).map((edge): DeadlockLink => ({ owner: edge.waiter, holds: heldBy(views, edge.waiter), waitsFor: edge.key }));
    const error = new DeadlockError(links, owner);
    this.#detections.push({ error, at: epochNow() });
    this.#controllers.get(owner)?.abort(error);
  }

  /** An aborted waiter stays queued until its grant comes and is handed straight back: it no longer waits. */
  #aborted(owner: string): boolean {
    return this.#controllers.get(owner)?.signal.aborted === true;
  }
}

function waitEdges(views: readonly LockView[], gone: (owner: string) => boolean): WaitEdge<string, string>[] {
  return views.flatMap(({ key, holder, waiting }) =>
    // A key between holders (released, its next waiter not yet resumed) blocks nobody for good.
    holder === undefined ? [] : waiting.filter((waiter) => !gone(waiter)).map((waiter) => ({ waiter, key, holder })),
  );
}

function heldBy(views: readonly LockView[], owner: string): string[] {
  return views.filter((view) => view.holder === owner).map((view) => view.key);
}
