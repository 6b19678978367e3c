/**
 * FIFO mode: a ticket lock per key. The dispatcher hands out tickets in input order (see
 * `assignTickets`); an acquisition waits until its key's SERVING word equals its ticket, and a release
 * moves SERVING on by one. So ops on one key run in ticket order, whichever thread runs them.
 *
 * A ticket whose acquisition gave up (timed out, or its thread died) must still be passed when its turn
 * comes, or the key would stall for good. Its record is marked ABANDONED; whoever moves SERVING onto
 * an abandoned ticket moves it on again, and the abandoner itself passes any ticket whose turn has
 * already come. Both race with a compare-exchange on SERVING, so each ticket is passed exactly once.
 */
import { WaitTimeoutError } from '../../core/errors.ts';
import {
  ABANDONED_RECORDS_WORD,
  OWNER_WORD,
  ownerCode,
  PARKED_WORD,
  RECORD_ABANDONED,
  SERVING_WORD,
  slotWord,
  threadName,
  type LockTableLayout,
} from './layout.ts';
import { isAbandoned, isPast, readPairs, setRecordState, type TicketedSlot } from './acquisition-records.ts';
import { park, takeAbortMark } from './park.ts';
import type { LockContext } from './plain-lock.ts';
import { clearWaiting, markWaiting } from './wait-for-graph.ts';

/**
 * Block until `ticket` is served on `slot`, then name `context.thread` as the holder.
 * @throws WaitTimeoutError when the deadline passes first, naming the holder (or the ticket being served).
 * @throws DeadlockError when a watchdog marks this wait as a deadlock's victim.
 * @throws RangeError when the ticket was already served or abandoned: tickets are used once.
 */
export function takeTurn(context: LockContext, slot: number, ticket: number, deadline: number): void {
  const { view, thread } = context;
  if (Atomics.load(view, slotWord(slot, SERVING_WORD)) !== ticket) waitForTurn(context, slot, ticket, deadline);
  Atomics.store(view, slotWord(slot, OWNER_WORD), ownerCode(thread));
}

function waitForTurn(context: LockContext, slot: number, ticket: number, deadline: number): void {
  const reached = waitOnServing(context, slot, ticket, deadline, (seen) => seen === ticket || isPast(seen, ticket));
  if (reached !== ticket) throw new RangeError(`ticket ${ticket} of ${context.describe(slot)} was already used (now serving ${reached})`);
}

/**
 * Block until `ticket` of `slot` has been passed. A thread whose records are all ABANDONED waits so
 * for one of them to free up: those tickets belong to earlier ops, so this waits only on ops before
 * its own, as every FIFO wait does, and cannot close a cycle.
 * @throws WaitTimeoutError when the deadline passes first.
 */
export function waitUntilPassed(context: LockContext, slot: number, ticket: number, deadline: number): void {
  waitOnServing(context, slot, ticket, deadline, (seen) => isPast(seen, ticket));
}

/** Park on `slot`'s SERVING word, published as waiting for `ticket`, until `done(serving)`; returns that SERVING. */
function waitOnServing(context: LockContext, slot: number, ticket: number, deadline: number, done: (seen: number) => boolean): number {
  const { view, layout, thread } = context;
  const serving = slotWord(slot, SERVING_WORD);
  markWaiting(view, layout, thread, slot, ticket);
  try {
    for (;;) {
      const seen = Atomics.load(view, serving);
      if (done(seen)) return seen;
      if (takeAbortMark(view, context.abortWord, slot + 1)) throw context.deadlock(slot);
      if (!park(view, serving, seen, deadline)) throw turnTimeout(context, slot, seen);
    }
  } finally {
    clearWaiting(view, layout, thread);
  }
}

function turnTimeout(context: LockContext, slot: number, serving: number): WaitTimeoutError {
  const owner = Atomics.load(context.view, slotWord(slot, OWNER_WORD));
  // A free slot still blocks a FIFO waiter when an earlier ticket's op has not come for it yet.
  const holder = owner === 0 ? `ticket ${serving}` : threadName(owner - 1);
  return new WaitTimeoutError(context.describe(slot), context.timeoutMs, holder);
}

/**
 * Release `slot`, held with `ticket` by `thread`: clear the owner and pass the turn on.
 * @returns false (doing nothing) when the slot is not held with that ticket, so a second release is harmless.
 */
export function releaseTurn(view: Int32Array, layout: LockTableLayout, slot: number, ticket: number, thread: number): boolean {
  if (Atomics.load(view, slotWord(slot, SERVING_WORD)) !== ticket) return false;
  Atomics.compareExchange(view, slotWord(slot, OWNER_WORD), ownerCode(thread), 0);
  passTurn(view, layout, slot, ticket);
  return true;
}

/**
 * Move `slot`'s SERVING word from `ticket` (finished or given up) to the next ticket, and on past every
 * abandoned ticket after it; then wake the waiters, each of which checks whether its turn came.
 */
function passTurn(view: Int32Array, layout: LockTableLayout, slot: number, ticket: number): void {
  const serving = slotWord(slot, SERVING_WORD);
  let turn = ticket;
  // Losing the exchange means another thread passed this turn (an abandoner or a recoverer): it goes on.
  while (Atomics.compareExchange(view, serving, turn, (turn + 1) | 0) === turn) {
    turn = (turn + 1) | 0;
    if (!isAbandoned(view, layout, slot, turn)) break;
  }
  // Every waiter of the key waits for its own ticket, so all are woken; each goes back to sleep but one.
  if (Atomics.load(view, slotWord(slot, PARKED_WORD)) > 0) Atomics.notify(view, serving);
}

/**
 * Give up an acquisition record of `thread`: mark it ABANDONED, then pass every ticket of it whose
 * turn has come (the ones the thread held, and any served meanwhile). Tickets not yet served are
 * passed by whoever serves them. Owner words must already be cleared: after this the keys move on.
 * @returns the pairs that were not yet passed when the record was abandoned.
 */
export function abandonRecord(view: Int32Array, layout: LockTableLayout, thread: number, record: number): TicketedSlot[] {
  setRecordState(view, layout, thread, record, RECORD_ABANDONED);
  Atomics.add(view, ABANDONED_RECORDS_WORD, 1);
  // Published before SERVING is read; a passer moves SERVING before it scans: one of us sees the other.
  const pending = readPairs(view, layout, thread, record).filter(([slot, ticket]) => !isPast(Atomics.load(view, slotWord(slot, SERVING_WORD)), ticket));
  for (const [slot, ticket] of pending) {
    if (Atomics.load(view, slotWord(slot, SERVING_WORD)) === ticket) passTurn(view, layout, slot, ticket);
  }
  return pending;
}
