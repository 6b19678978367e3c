/**
 * Dead-owner recovery: when a worker dies (it called `process.exit()`, threw past its entry, was
 * terminated), every key it held must be freed and, in FIFO mode, every ticket it held, waited on or
 * had not yet reached must still be passed in its turn, or the threads behind it would wait until
 * their timeouts.
 */
import { recordState, sweepRecords, type TicketedSlot } from './acquisition-records.ts';
import { expectThread } from './atomic-lock-table.ts';
import { abandonRecord } from './fifo-turns.ts';
import { OWNER_WORD, ownerCode, readLockTableLayout, RECORD_ACTIVE, slotWord, type LockTableLayout } from './layout.ts';
import { releasePlain } from './plain-lock.ts';
import { clearWaiting } from './wait-for-graph.ts';

/** What a recovery did. */
export interface Recovery {
  /** Slots the dead thread held, now free. */
  readonly released: readonly number[];
  /** FIFO (slot, ticket) pairs of its unfinished acquisition: passed now if their turn had come, else when it comes. */
  readonly abandoned: readonly TicketedSlot[];
}

/**
 * Release everything thread `thread` held and pass on its FIFO tickets, from any thread.
 *
 * How: its waiting mark is withdrawn (and its count in PARKED); every slot whose OWNER word names it
 * is freed (plain mode: that word is the lock, so a compare-exchange frees exactly its slots, and one
 * sleeper is woken). In FIFO mode its ACTIVE acquisition record is abandoned: tickets being served now
 * (held, or reached but not yet marked) are passed at once; tickets not yet served stay in the
 * ABANDONED record, and whoever serves one passes it on. Tickets of ops the thread never started have
 * no record: the dispatcher still owns those ops and must run them on a fresh thread (whose ops then
 * come in increasing input order), or the key stalls at their turn.
 *
 * Precondition: the thread has stopped for good (call it from the `Worker`'s `exit` event). Recovering
 * a live thread would free keys it is still using. Recovering an idle thread, or twice, does nothing.
 * The index may be reused afterwards; its ABANDONED records are freed once their tickets have passed.
 * @param view the lock table.
 * @param thread the dead thread's index.
 * @returns the slots freed and the tickets abandoned.
 * @throws RangeError when `thread` is out of range.
 * @example
 * worker.on('exit', () => recoverOwner(view, index));
 */
export function recoverOwner(view: Int32Array, thread: number): Recovery {
  const layout = readLockTableLayout(view);
  expectThread(layout, thread);
  clearWaiting(view, layout, thread);
  const released = freeOwnedSlots(view, layout, thread);
  const abandoned: TicketedSlot[] = [];
  if (layout.mode === 'fifo') {
    for (let record = 0; record < layout.recordsPerThread; record++) {
      if (recordState(view, layout, thread, record) !== RECORD_ACTIVE) continue;
      abandoned.push(...abandonRecord(view, layout, thread, record));
    }
    sweepRecords(view, layout, thread);
  }
  return { released, abandoned };
}

function freeOwnedSlots(view: Int32Array, layout: LockTableLayout, thread: number): number[] {
  const released: number[] = [];
  for (let slot = 0; slot < layout.slots; slot++) {
    const owner = slotWord(slot, OWNER_WORD);
    // FIFO waiters sleep on SERVING, so clearing the name is enough; the turn moves with the record.
    const freed =
      layout.mode === 'plain'
        ? releasePlain(view, slot, thread)
        : Atomics.compareExchange(view, owner, ownerCode(thread), 0) === ownerCode(thread);
    if (freed) released.push(slot);
  }
  return released;
}
