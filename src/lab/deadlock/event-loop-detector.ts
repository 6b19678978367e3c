/**
 * Deadlock detection on the event loop: when a waiter joins a key's queue (the lock table's
 * `lock-queued` event, one per key, so also the later keys of an as-given acquisition), the detector
 * reads the table's wait-for graph (`snapshot()`: holders and waiters) and looks for a cycle through
 * that waiter. On the event loop a cycle closes when a wait starts: an op waits on one key at a time
 * while holding the ones before, and asks for the next only once granted — so checking there catches
 * every cycle at the moment it forms, also one formed after a FIFO hand-off. The waiter whose check
 * finds the cycle is the victim (of waiters that queued in one step, the first): its acquisition's
 * `AbortSignal` is aborted with a `DeadlockError`, so its wait rejects and whatever its op holds is
 * released.
 *
 * Not seen: a cycle closed by a grant rather than a wait. That needs a sorted acquisition (which asks
 * for all its keys at once) to be handed one key while it still waits for another that an as-given
 * op holds; such a mix is ended by the acquisitions' bounded waits.
 */
import { DeadlockError, type DeadlockLink } from '../../core/errors.ts';
import type { LockTable, LockView } from '../../core/lock-table.ts';
import type { TraceEvent, Tracer } from '../../core/tracer.ts';
import { epochNow } from '../epoch-now.ts';
import { endingWith, findCycleThrough, waitGraph, type WaitEdge } from './wait-for-cycle.ts';

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
  /** Owners that queued since the last check, in the order they queued. */
  readonly #pending = new Set<string>();
  #scheduled = false;

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
    if (event.kind !== 'lock-queued') return;
    this.#pending.add(event.owner);
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Checked a microtask later, outside the lock table's own step (aborting a victim releases its
    // keys), and once for every waiter that queued meanwhile: a thousand ops queueing at once cost
    // one snapshot, not a thousand.
    queueMicrotask(() => this.#checkPending());
  }

  #checkPending(): void {
    this.#scheduled = false;
    const owners = [...this.#pending];
    this.#pending.clear();
    if (this.#locks === undefined) return;
    let views = this.#locks.snapshot();
    let graph = waitGraph(waitEdges(views, (waiter) => this.#aborted(waiter)));
    for (const owner of owners) {
      if (this.#aborted(owner)) continue;
      const cycle = findCycleThrough(owner, graph);
      if (cycle === undefined) continue;
      const links = endingWith(cycle, owner).map((edge): DeadlockLink => ({ owner: edge.waiter, holds: heldBy(views, edge.waiter), waitsFor: edge.key }));
      const error = new DeadlockError(links, owner);
      this.#detections.push({ error, at: epochNow() });
      this.#controllers.get(owner)?.abort(error);
      // The victim has let go of its keys: read the graph again for the owners still to check.
      views = this.#locks.snapshot();
      graph = waitGraph(waitEdges(views, (waiter) => this.#aborted(waiter)));
    }
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
