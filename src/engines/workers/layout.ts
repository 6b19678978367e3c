/**
 * The cross-thread protocol of the worker engine, in one place: which word of a shared `Int32Array`
 * means what. Every module that touches shared memory goes through these names; no other file knows
 * an offset.
 *
 * A lock table is one `Int32Array` (it may be a window into a larger `SharedArrayBuffer`):
 *
 * ```text
 * header   HEADER_WORDS words: shape (slots, threads, mode, records per thread, max keys), the count
 *          of abandoned FIFO records, and a KIND mark
 * slots    slots × SLOT_WORDS: OWNER, PARKED, NEXT_TICKET, SERVING
 * threads  threads × threadStride: WAITING_FOR, WAITING_TICKET, ABORT, then recordsPerThread acquisition
 *          records of RECORD_HEADER_WORDS + 2 × maxKeys words: STATE, COUNT, (slot, ticket) pairs
 * ```
 *
 * The header is written once, before the view is shared (posting it to a worker orders those writes
 * before the worker's reads), so it is read with plain loads; every other word changes under
 * `Atomics` only.
 */
import { expectPositiveInteger } from '../../core/validate.ts';

/** How a lock table orders the acquisitions of one key. */
export type LockMode =
  /** Each acquisition carries a ticket per key, handed out in input order; keys are served in ticket order. */
  | 'fifo'
  /** Compare-exchange and `Atomics.wait`: whoever gets there first; no order promise. */
  | 'plain';

const MODE_CODES: Readonly<Record<LockMode, number>> = { plain: 0, fifo: 1 };

// ── Header ─────────────────────────────────────────────────────────────────────────────────────────
// Its shape words are read and written only here (`createLockTableView`, `readLockTableLayout`).
/** Header word: how many key slots the table has. */
const SLOTS_WORD = 0;
/** Header word: how many threads (indexes `0…threads-1`) may use the table. */
const THREADS_WORD = 1;
/** Header word: the {@link LockMode}, as a code. */
const MODE_WORD = 2;
/** Header word: acquisition records per thread (how many timed-out FIFO acquisitions may be pending). */
const RECORDS_WORD = 3;
/** Header word: the most distinct keys one FIFO acquisition may take. */
const MAX_KEYS_WORD = 4;
/** Header word: how many records are ABANDONED right now; 0 lets FIFO releases and acquisitions skip their scans. */
export const ABANDONED_RECORDS_WORD = 5;
/** Header word: {@link LOCK_TABLE_KIND}, so a view of something else is refused, not misread. */
const KIND_WORD = 6;
/** The KIND word of a lock table ('LOCK'). */
const LOCK_TABLE_KIND = 0x4c4f434b;
/** Words before the first slot. */
export const HEADER_WORDS = 8;

// ── Per key slot ───────────────────────────────────────────────────────────────────────────────────
/**
 * The holder, as thread index + 1; 0 = free. In plain mode this word IS the lock: taking the key and
 * naming its holder is one compare-exchange, so a thread that dies at any instant either owns the key
 * or does not, and recovery never has to guess. In FIFO mode it is written by the ticket's holder.
 */
export const OWNER_WORD = 0;
/** How many threads are on the slow path for this slot; a release notifies only when it is > 0. */
export const PARKED_WORD = 1;
/** FIFO: the next ticket the dispatcher hands out for this key. */
export const NEXT_TICKET_WORD = 2;
/** FIFO: the ticket whose turn it is. Waiters park on this word. */
export const SERVING_WORD = 3;
/** Words per key slot. */
export const SLOT_WORDS = 4;

// ── Per thread ─────────────────────────────────────────────────────────────────────────────────────
/** The slot this thread is blocked on, as slot + 1; 0 = not waiting. Read by watchdogs. */
export const WAITING_FOR_WORD = 0;
/** FIFO: the ticket this thread is blocked on (meaningful while WAITING_FOR is set). */
export const WAITING_TICKET_WORD = 1;
/**
 * Set by another thread (a deadlock watchdog) to ask this thread to give up its wait: the slot it was
 * seen waiting for, as slot + 1; 0 = carry on. The waiter checks it between park slices and clears it.
 */
export const ABORT_WORD = 2;
/** Words of a thread's record before its acquisition records. */
export const THREAD_HEADER_WORDS = 3;

// ── Per acquisition record (FIFO) ──────────────────────────────────────────────────────────────────
/** `(version << 2) | state`; the version changes on every transition, so a reader can tell reuse. */
export const RECORD_STATE_WORD = 0;
/** How many (slot, ticket) pairs follow. */
export const RECORD_COUNT_WORD = 1;
/** First pair: slot at +0, ticket at +1. */
export const RECORD_PAIRS_WORD = 2;
/** Words of a record before its pairs. */
export const RECORD_HEADER_WORDS = 2;

/** Record states. */
export const RECORD_FREE = 0;
/** The thread's acquisition in progress (waiting, holding or releasing); recovery reads it. */
export const RECORD_ACTIVE = 1;
/** Given up (timed out, or its thread died): its tickets are passed on when their turn comes. */
export const RECORD_ABANDONED = 2;

// ── Semaphore (its own view) ───────────────────────────────────────────────────────────────────────
/** Semaphore word: the number of permits (fixed). */
export const PERMITS_WORD = 0;
/** Semaphore word: permits held now. Waiters park on this word. */
export const HELD_WORD = 1;
/** Semaphore word: threads on the slow path; a release notifies only when it is > 0. */
export const SEMAPHORE_PARKED_WORD = 2;
/** Semaphore word: permits granted since creation. */
export const GRANTED_WORD = 3;
/** Semaphore word: the most permits ever held at once. */
export const PEAK_WORD = 4;
/** Semaphore word: {@link SEMAPHORE_KIND}. */
export const SEMAPHORE_KIND_WORD = 5;
/** The KIND word of a semaphore ('SEMA'). */
export const SEMAPHORE_KIND = 0x53454d41;
/** Words of a semaphore view. */
export const SEMAPHORE_WORDS = 6;

/** What a lock table is made for. */
export interface LockTableOptions {
  /** Key slots (the interner's size). */
  readonly slots: number;
  /** Threads that will use it; each opens it with its own index in `0…threads-1`. */
  readonly threads: number;
  readonly mode: LockMode;
  /** The most distinct keys one FIFO acquisition may take. Default 4. */
  readonly maxKeys?: number;
  /**
   * FIFO acquisition records per thread: the one in use, plus timed-out ones whose tickets are not yet
   * served. When all are taken, a new acquisition waits (within its timeout) for one to free up.
   * Default 8.
   */
  readonly recordsPerThread?: number;
}

/** A lock table's shape and where each region starts, read back from a view's header. */
export interface LockTableLayout {
  readonly slots: number;
  readonly threads: number;
  readonly mode: LockMode;
  readonly recordsPerThread: number;
  readonly maxKeys: number;
  readonly threadBase: number;
  readonly threadStride: number;
  readonly recordStride: number;
  readonly words: number;
}

/**
 * Compute a layout from its shape.
 * @throws InvalidInputError when a count is not an integer ≥ 1.
 */
export function planLockTable(options: LockTableOptions): LockTableLayout {
  const { slots, threads, mode, maxKeys = 4, recordsPerThread = 8 } = options;
  for (const [field, value] of Object.entries({ slots, threads, maxKeys, recordsPerThread })) {
    expectPositiveInteger(value, field);
  }
  if (!Object.hasOwn(MODE_CODES, mode)) throw new TypeError(`Expected \`mode\` to be 'fifo' or 'plain', got \`${String(mode)}\``);
  const recordStride = RECORD_HEADER_WORDS + 2 * maxKeys;
  const threadStride = THREAD_HEADER_WORDS + recordsPerThread * recordStride;
  const threadBase = HEADER_WORDS + slots * SLOT_WORDS;
  const words = threadBase + threads * threadStride;
  return { slots, threads, mode, recordsPerThread, maxKeys, threadBase, threadStride, recordStride, words };
}

/**
 * A new zeroed lock table in shared memory, its header written. Pass it to workers in `workerData`
 * or a message; each opens it with `openAtomicLockTable(view, threadIndex)`.
 */
export function createLockTableView(options: LockTableOptions): Int32Array {
  const layout = planLockTable(options);
  const view = new Int32Array(new SharedArrayBuffer(layout.words * Int32Array.BYTES_PER_ELEMENT));
  view[SLOTS_WORD] = layout.slots;
  view[THREADS_WORD] = layout.threads;
  view[MODE_WORD] = MODE_CODES[layout.mode];
  view[RECORDS_WORD] = layout.recordsPerThread;
  view[MAX_KEYS_WORD] = layout.maxKeys;
  view[KIND_WORD] = LOCK_TABLE_KIND;
  return view;
}

/**
 * Read a lock table's layout back from its header.
 * @throws TypeError when `view` is not an `Int32Array` on a `SharedArrayBuffer` holding a lock table.
 */
export function readLockTableLayout(view: Int32Array): LockTableLayout {
  expectSharedView(view, 'view');
  if (view.length < HEADER_WORDS || view[KIND_WORD] !== LOCK_TABLE_KIND) {
    throw new TypeError('Expected `view` to be a lock table made by createLockTableView');
  }
  const mode = view[MODE_WORD] === MODE_CODES.fifo ? 'fifo' : 'plain';
  const layout = planLockTable({
    slots: view[SLOTS_WORD] ?? 0,
    threads: view[THREADS_WORD] ?? 0,
    mode,
    recordsPerThread: view[RECORDS_WORD] ?? 0,
    maxKeys: view[MAX_KEYS_WORD] ?? 0,
  });
  if (layout.words > view.length) throw new TypeError(`Expected \`view\` to hold a lock table of ${layout.words} words, got ${view.length}`);
  return layout;
}

/** Index of `word` of key slot `slot`. */
export function slotWord(slot: number, word: number): number {
  return HEADER_WORDS + slot * SLOT_WORDS + word;
}

/** Index of `word` of thread `thread`'s record. */
export function threadWord(layout: LockTableLayout, thread: number, word: number): number {
  return layout.threadBase + thread * layout.threadStride + word;
}

/** Index of `word` of acquisition record `record` of thread `thread`. */
export function recordWord(layout: LockTableLayout, thread: number, record: number, word: number): number {
  return threadWord(layout, thread, THREAD_HEADER_WORDS + record * layout.recordStride + word);
}

/** A new semaphore view with `permits` permits, its counters at zero. */
export function createSemaphoreView(permits: number): Int32Array {
  expectPositiveInteger(permits, 'permits');
  const view = new Int32Array(new SharedArrayBuffer(SEMAPHORE_WORDS * Int32Array.BYTES_PER_ELEMENT));
  view[PERMITS_WORD] = permits;
  view[SEMAPHORE_KIND_WORD] = SEMAPHORE_KIND;
  return view;
}

/**
 * Check that `view` is an `Int32Array` on shared memory, the only kind `Atomics.wait` accepts.
 * @throws TypeError otherwise.
 */
export function expectSharedView(view: unknown, field: string): asserts view is Int32Array {
  if (!(view instanceof Int32Array) || !(view.buffer instanceof SharedArrayBuffer)) {
    throw new TypeError(`Expected \`${field}\` to be an Int32Array on a SharedArrayBuffer`);
  }
}

/** The OWNER word's value for thread `thread`: index + 1, so that 0 can mean "nobody". */
export function ownerCode(thread: number): number {
  return thread + 1;
}

/** How a thread is named to people (in `WaitTimeoutError.holder`, reports): `thread 2`. */
export function threadName(thread: number): string {
  return `thread ${thread}`;
}
