/**
 * A lock table over one shared `Int32Array`, usable from any thread: each thread opens the same view
 * with its own thread index and takes keys (as interned slots) with a blocking, bounded call. Critical
 * sections on worker threads are synchronous, so acquire, run and release happen in one call and no
 * release can be forgotten.
 */
import { DeadlockError, WaitTimeoutError, type DeadlockLink } from '../../core/errors.ts';
import { expectSlot, planAcquisition, type SyncLockOptions } from './acquisition-plan.ts';
import { firstPending, openRecord, setRecordState, type TicketedSlot } from './acquisition-records.ts';
import { abandonRecord, releaseTurn, takeTurn, waitUntilPassed } from './fifo-turns.ts';
import {
  ABORT_WORD,
  OWNER_WORD,
  ownerCode,
  RECORD_FREE,
  readLockTableLayout,
  SERVING_WORD,
  slotWord,
  threadName,
  threadWord,
  type LockMode,
  type LockTableLayout,
} from './layout.ts';
import { deadlineAfter } from './park.ts';
import { releasePlain, takePlain, type LockContext } from './plain-lock.ts';
import { readWaitForGraph } from './wait-for-graph.ts';

export type { SyncLockOptions } from './acquisition-plan.ts';

/** One thread's handle on a shared lock table. */
export interface AtomicLockTable {
  readonly mode: LockMode;
  /** This handle's thread index; its OWNER value is `thread + 1`. */
  readonly thread: number;
  /** How many key slots the table has. */
  readonly slots: number;
  /**
   * Run `fn` holding every slot's lock, then release them all, whatever `fn` does. Slots are taken
   * once each (a slot named twice is taken once) in sorted order, or as given for the deadlock demo.
   * In FIFO mode each slot is taken when its ticket is served; in plain mode when it is free.
   * @param slots interned keys.
   * @param fn the critical section; synchronous, as every critical section on a worker is.
   * @param options `timeoutMs` bounds the whole acquisition; `tickets` (FIFO) come from `assignTickets`.
   * @returns what `fn` returns.
   * @throws WaitTimeoutError naming the holder when the deadline passes; whatever was taken is released
   *   and, in FIFO mode, its tickets are given up (passed on when their turn comes): a retry needs new ones.
   * @throws DeadlockError when a watchdog ends the wait with {@link abortWait}; released and given up likewise.
   * @throws RangeError (FIFO) for a ticket already served or given up.
   * @throws TypeError / RangeError for malformed slots, tickets or options, before anything is taken.
   * @example
   * const locks = openAtomicLockTable(view, threadIndex, { keys: table });
   * locks.withLocksSync([from, to], () => transfer(from, to), { tickets: tickets[i], timeoutMs: 5_000 });
   */
  withLocksSync<T>(slots: readonly number[], fn: () => T, options: SyncLockOptions): T;
  /** The thread index holding `slot` now, if any. */
  holderOf(slot: number): number | undefined;
}

/** Options for opening a lock table on one thread. */
export interface OpenLockTableOptions {
  /** The interner's slot table, so errors name keys (`lock "alice"`) instead of slots. */
  readonly keys?: readonly string[];
}

/**
 * Open a shared lock table on the calling thread as thread `thread`. Each thread must use its own
 * index: the index is how holders and waiters are told apart.
 * @param view made by `createLockTableView`, shared with every thread that uses it.
 * @param thread this thread's index in `0…threads-1`.
 * @throws TypeError when `view` is not a lock table; RangeError when `thread` is out of range.
 */
export function openAtomicLockTable(view: Int32Array, thread: number, options: OpenLockTableOptions = {}): AtomicLockTable {
  const layout = readLockTableLayout(view);
  expectThread(layout, thread);
  return new SharedLockTable(view, layout, thread, options.keys ?? []);
}

/**
 * Ask thread `thread` to give up its wait for `slot`: a deadlock watchdog's way to break a cycle. The
 * waiter's acquisition throws `DeadlockError` (naming the cycle as it reads from the wait-for graph) and
 * releases what it took. Safe from any thread, without stopping anyone; a thread no longer waiting for
 * `slot` ignores the request.
 * @param view a lock table made by `createLockTableView`.
 * @throws RangeError when `thread` or `slot` is out of range.
 */
export function abortWait(view: Int32Array, thread: number, slot: number): void {
  const layout = readLockTableLayout(view);
  expectThread(layout, thread);
  expectSlot(layout, slot);
  Atomics.store(view, threadWord(layout, thread, ABORT_WORD), slot + 1);
  // Wake the word the waiter parks on (OWNER in plain mode, SERVING in FIFO) so it looks now, not a slice later.
  Atomics.notify(view, slotWord(slot, layout.mode === 'fifo' ? SERVING_WORD : OWNER_WORD));
}

/**
 * Whether an {@link abortWait} request for `thread` is still unanswered: the waiter has neither taken
 * it (ending its wait) nor dropped it (starting a new acquisition). A watchdog that broke a cycle reads
 * this to tell the same deadlock, still ending, from a new one between the same threads and keys.
 * @throws RangeError when `thread` is out of range.
 */
export function abortPending(view: Int32Array, thread: number): boolean {
  const layout = readLockTableLayout(view);
  expectThread(layout, thread);
  return Atomics.load(view, threadWord(layout, thread, ABORT_WORD)) !== 0;
}

/**
 * Check that `thread` is a thread index of the table.
 * @throws RangeError otherwise.
 */
export function expectThread(layout: LockTableLayout, thread: unknown): asserts thread is number {
  if (!Number.isInteger(thread) || (thread as number) < 0 || (thread as number) >= layout.threads) {
    throw new RangeError(`Expected \`thread\` to be an integer in 0…${layout.threads - 1}, got \`${String(thread)}\``);
  }
}

class SharedLockTable implements AtomicLockTable {
  readonly #view: Int32Array;
  readonly #layout: LockTableLayout;
  readonly #thread: number;
  /** Everything of a {@link LockContext} but the timeout: made once per handle, not per acquisition. */
  readonly #base: Omit<LockContext, 'timeoutMs'>;

  constructor(view: Int32Array, layout: LockTableLayout, thread: number, keys: readonly string[]) {
    this.#view = view;
    this.#layout = layout;
    this.#thread = thread;
    const keyOf = (slot: number): string => keys[slot] ?? `slot ${slot}`;
    this.#base = {
      view,
      layout,
      thread,
      describe: (slot) => (keys[slot] === undefined ? `lock slot ${slot}` : `lock "${keys[slot]}"`),
      abortWord: threadWord(layout, thread, ABORT_WORD),
      deadlock: () => new DeadlockError(cycleThrough(view, thread, keyOf), threadName(thread)),
    };
  }

  get mode(): LockMode {
    return this.#layout.mode;
  }

  get thread(): number {
    return this.#thread;
  }

  get slots(): number {
    return this.#layout.slots;
  }

  withLocksSync<T>(slots: readonly number[], fn: () => T, options: SyncLockOptions): T {
    if (typeof fn !== 'function') throw new TypeError('Expected `fn` to be a function');
    const deadline = deadlineAfter(options?.timeoutMs);
    const pairs = planAcquisition(this.#layout, slots, options);
    const context: LockContext = { ...this.#base, timeoutMs: options.timeoutMs };
    // A request aimed at an earlier wait that ended on its own must not end this one.
    if (Atomics.load(this.#view, context.abortWord) !== 0) Atomics.store(this.#view, context.abortWord, 0);
    return this.#layout.mode === 'fifo' ? this.#withTurns(context, pairs, fn, deadline) : this.#withPlain(context, pairs, fn, deadline);
  }

  holderOf(slot: number): number | undefined {
    expectSlot(this.#layout, slot);
    const owner = Atomics.load(this.#view, slotWord(slot, OWNER_WORD));
    return owner === 0 ? undefined : owner - 1;
  }

  #withPlain<T>(context: LockContext, pairs: readonly TicketedSlot[], fn: () => T, deadline: number): T {
    const held: number[] = [];
    try {
      for (const [slot] of pairs) {
        takePlain(context, slot, deadline);
        held.push(slot);
      }
      return fn();
    } finally {
      for (const slot of held.reverse()) releasePlain(this.#view, slot, this.#thread);
    }
  }

  #withTurns<T>(context: LockContext, pairs: readonly TicketedSlot[], fn: () => T, deadline: number): T {
    const record = this.#openRecord(context, pairs, deadline);
    let taken = 0;
    try {
      for (const [slot, ticket] of pairs) {
        takeTurn(context, slot, ticket, deadline);
        taken++;
      }
    } catch (error) {
      this.#giveUp(pairs.slice(0, taken), record);
      throw error;
    }
    try {
      return fn();
    } finally {
      for (const [slot, ticket] of pairs) releaseTurn(this.#view, this.#layout, slot, ticket, this.#thread);
      setRecordState(this.#view, this.#layout, this.#thread, record, RECORD_FREE);
    }
  }

  /**
   * A record for this acquisition, waiting (bounded) for an abandoned one to free up if need be. If
   * even that runs out, the op fails before it starts and its tickets are recorded nowhere: its keys
   * stall at them (later waits time out naming `ticket N`), as for an op its thread never started.
   */
  #openRecord(context: LockContext, pairs: readonly TicketedSlot[], deadline: number): number {
    for (;;) {
      const record = openRecord(this.#view, this.#layout, this.#thread, pairs);
      if (record !== -1) return record;
      const pending = firstPending(this.#view, this.#layout, this.#thread);
      if (pending === undefined) continue; // passed meanwhile: the next sweep frees its record
      try {
        waitUntilPassed(context, pending[0], pending[1], deadline);
      } catch (error) {
        if (!(error instanceof WaitTimeoutError)) throw error;
        throw new WaitTimeoutError(`a free acquisition record of ${threadName(this.#thread)}`, context.timeoutMs, error.holder);
      }
    }
  }

  /** Drop the keys taken so far and abandon the record, so every ticket of it is passed in its turn. */
  #giveUp(taken: readonly TicketedSlot[], record: number): void {
    for (const [slot] of taken) Atomics.compareExchange(this.#view, slotWord(slot, OWNER_WORD), ownerCode(this.#thread), 0);
    abandonRecord(this.#view, this.#layout, this.#thread, record);
  }
}

/**
 * The cycle of waits through `thread` as the wait-for graph shows it now, its links named by thread and
 * ending with `thread`'s own. The watchdog saw the cycle twice before asking, and threads in a cycle do
 * not move, so the walk closes; if it does not (a wait ended meanwhile), it returns the chain it walked.
 */
function cycleThrough(view: Int32Array, thread: number, keyOf: (slot: number) => string): DeadlockLink[] {
  const { holders, waiters } = readWaitForGraph(view);
  const links: DeadlockLink[] = [];
  let at: number | undefined = thread;
  while (at !== undefined && links.length < waiters.length) {
    const waiter = waiters.find((blocked) => blocked.thread === at);
    if (waiter === undefined) break;
    const holds = holders.filter((held) => held.thread === at).map((held) => keyOf(held.slot));
    links.push({ owner: threadName(at), holds, waitsFor: keyOf(waiter.slot) });
    at = waiter.holder === thread ? undefined : waiter.holder;
  }
  return [...links.slice(1), ...links.slice(0, 1)];
}
