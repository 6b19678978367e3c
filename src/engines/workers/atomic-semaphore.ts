/**
 * A counting semaphore on one shared `Int32Array`, usable from any thread: HELD counts the permits
 * taken, a permit is taken by compare-exchange while HELD < PERMITS, and waiters park on HELD. Its
 * counters live in shared words too, so any thread can read how many permits were granted and the
 * most ever held at once.
 */
import { WaitTimeoutError } from '../../core/errors.ts';
import {
  expectSharedView,
  GRANTED_WORD,
  HELD_WORD,
  PEAK_WORD,
  PERMITS_WORD,
  SEMAPHORE_KIND,
  SEMAPHORE_KIND_WORD,
  SEMAPHORE_PARKED_WORD,
  SEMAPHORE_WORDS,
} from './layout.ts';
import { deadlineAfter, park } from './park.ts';

/** A semaphore's shared counters, read word by word. */
export interface SemaphoreCounters {
  readonly permits: number;
  /** Permits held right now. */
  readonly held: number;
  /** Permits granted since creation. */
  readonly granted: number;
  /** The most permits ever held at once; never more than `permits`. */
  readonly peak: number;
}

/** Options of one blocking permit. */
export interface SyncPermitOptions {
  /** Give up after this many milliseconds (finite: every wait is bounded). */
  readonly timeoutMs: number;
}

/** One thread's handle on a shared counting semaphore. Waiters are woken in no promised order. */
export interface AtomicSemaphore {
  readonly permits: number;
  /** The shared counters, read now. */
  readonly counters: SemaphoreCounters;
  /**
   * Run `fn` holding one permit, then release it, whatever `fn` does.
   * @returns what `fn` returns.
   * @throws WaitTimeoutError when no permit frees up before `timeoutMs`.
   * @example
   * const gate = openAtomicSemaphore(view);
   * gate.withPermitSync(() => sleepSync(10), { timeoutMs: 5_000 }); // the external step of an L6 item
   */
  withPermitSync<T>(fn: () => T, options: SyncPermitOptions): T;
}

/**
 * Open a shared semaphore on the calling thread.
 * @param view made by `createSemaphoreView(permits)`, shared with every thread that uses it.
 * @param name how the semaphore is named in errors.
 * @throws TypeError when `view` is not a semaphore view.
 */
export function openAtomicSemaphore(view: Int32Array, name = 'semaphore'): AtomicSemaphore {
  expectSemaphoreView(view);
  const permits = view[PERMITS_WORD] ?? 0;
  return {
    permits,
    get counters() {
      return readSemaphoreCounters(view);
    },
    withPermitSync<T>(fn: () => T, options: SyncPermitOptions): T {
      if (typeof fn !== 'function') throw new TypeError('Expected `fn` to be a function');
      const deadline = deadlineAfter(options?.timeoutMs);
      takePermit(view, permits, deadline, () => new WaitTimeoutError(`a permit of ${name}`, options.timeoutMs));
      try {
        return fn();
      } finally {
        releasePermit(view);
      }
    },
  };
}

/**
 * Read a semaphore's counters, from any thread, without taking anything.
 * @throws TypeError when `view` is not a semaphore view.
 */
export function readSemaphoreCounters(view: Int32Array): SemaphoreCounters {
  expectSemaphoreView(view);
  return {
    permits: Atomics.load(view, PERMITS_WORD),
    held: Atomics.load(view, HELD_WORD),
    granted: Atomics.load(view, GRANTED_WORD),
    peak: Atomics.load(view, PEAK_WORD),
  };
}

function expectSemaphoreView(view: Int32Array): void {
  expectSharedView(view, 'view');
  if (view.length < SEMAPHORE_WORDS || view[SEMAPHORE_KIND_WORD] !== SEMAPHORE_KIND) {
    throw new TypeError('Expected `view` to be a semaphore view made by createSemaphoreView');
  }
}

function takePermit(view: Int32Array, permits: number, deadline: number, timeout: () => Error): void {
  if (tryTake(view, permits)) return;
  // PARKED goes up before HELD is read again; a releaser lowers HELD before it reads PARKED: one of
  // the two sees the other, so no release misses a sleeper.
  Atomics.add(view, SEMAPHORE_PARKED_WORD, 1);
  try {
    for (;;) {
      const seen = Atomics.load(view, HELD_WORD);
      if (seen < permits) {
        if (tryTake(view, permits)) return;
      } else if (!park(view, HELD_WORD, seen, deadline)) {
        throw timeout();
      }
    }
  } finally {
    Atomics.sub(view, SEMAPHORE_PARKED_WORD, 1);
  }
}

/** Take a permit if one is free, without waiting (for waiters that park asynchronously). */
export function tryTake(view: Int32Array, permits: number): boolean {
  for (let seen = Atomics.load(view, HELD_WORD); seen < permits; seen = Atomics.load(view, HELD_WORD)) {
    if (Atomics.compareExchange(view, HELD_WORD, seen, seen + 1) !== seen) continue;
    Atomics.add(view, GRANTED_WORD, 1);
    raisePeak(view, seen + 1);
    return true;
  }
  return false;
}

/** PEAK only grows, so a compare-exchange loop that gives up once PEAK ≥ `held` keeps it exact. */
function raisePeak(view: Int32Array, held: number): void {
  for (let peak = Atomics.load(view, PEAK_WORD); peak < held; peak = Atomics.load(view, PEAK_WORD)) {
    if (Atomics.compareExchange(view, PEAK_WORD, peak, held) === peak) return;
  }
}

function releasePermit(view: Int32Array): void {
  Atomics.sub(view, HELD_WORD, 1);
  // One is enough: the woken thread takes the permit, or finds it taken by a newcomer whose release wakes the next.
  if (Atomics.load(view, SEMAPHORE_PARKED_WORD) > 0) Atomics.notify(view, HELD_WORD, 1);
}
