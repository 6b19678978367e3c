/**
 * FIFO acquisition records: each thread writes the (slot, ticket) pairs of the acquisition it is
 * making into one of its records, so that the tickets it holds, waits on, or has not yet reached are
 * known to other threads when it times out or dies.
 *
 * Life of a record: FREE → ACTIVE (the acquisition runs) → FREE (released normally), or
 * ACTIVE → ABANDONED (timed out, or its thread died) → FREE once every ticket in it has been passed.
 * Only the record's thread writes it, or the recoverer once that thread is dead; other threads only
 * read ABANDONED records, looking for the ticket whose turn just came.
 */
import {
  ABANDONED_RECORDS_WORD,
  RECORD_ABANDONED,
  RECORD_ACTIVE,
  RECORD_COUNT_WORD,
  RECORD_FREE,
  RECORD_PAIRS_WORD,
  RECORD_STATE_WORD,
  recordWord,
  SERVING_WORD,
  slotWord,
  type LockTableLayout,
} from './layout.ts';

/** A key slot and the ticket an acquisition holds for it. */
export type TicketedSlot = readonly [slot: number, ticket: number];

const STATE_MASK = 3;

/** True once `serving` has moved past `ticket`. Signed difference, so it stays right when tickets wrap. */
export function isPast(serving: number, ticket: number): boolean {
  return ((serving - ticket) | 0) > 0;
}

/** The state of a record. */
export function recordState(view: Int32Array, layout: LockTableLayout, thread: number, record: number): number {
  return Atomics.load(view, recordWord(layout, thread, record, RECORD_STATE_WORD)) & STATE_MASK;
}

/** Move a record to `state`, bumping its version so a concurrent reader can tell it changed. */
export function setRecordState(view: Int32Array, layout: LockTableLayout, thread: number, record: number, state: number): void {
  const index = recordWord(layout, thread, record, RECORD_STATE_WORD);
  const version = (Atomics.load(view, index) >>> 2) + 1;
  Atomics.store(view, index, (version << 2) | state);
}

/** The pairs a record holds. */
export function readPairs(view: Int32Array, layout: LockTableLayout, thread: number, record: number): TicketedSlot[] {
  const count = Math.min(Atomics.load(view, recordWord(layout, thread, record, RECORD_COUNT_WORD)), layout.maxKeys);
  const pairs: TicketedSlot[] = [];
  for (let i = 0; i < count; i++) {
    const at = recordWord(layout, thread, record, RECORD_PAIRS_WORD + 2 * i);
    pairs.push([Atomics.load(view, at), Atomics.load(view, at + 1)]);
  }
  return pairs;
}

/** Whether every ticket of a record has been served and passed. */
function allPassed(view: Int32Array, layout: LockTableLayout, thread: number, record: number): boolean {
  return readPairs(view, layout, thread, record).every(([slot, ticket]) =>
    isPast(Atomics.load(view, slotWord(slot, SERVING_WORD)), ticket),
  );
}

/** Free every ABANDONED record of `thread` whose tickets have all been passed. */
export function sweepRecords(view: Int32Array, layout: LockTableLayout, thread: number): void {
  // Nothing abandoned anywhere (the usual case): spares every acquisition a scan of its thread's records.
  if (Atomics.load(view, ABANDONED_RECORDS_WORD) === 0) return;
  for (let record = 0; record < layout.recordsPerThread; record++) {
    if (recordState(view, layout, thread, record) !== RECORD_ABANDONED) continue;
    if (!allPassed(view, layout, thread, record)) continue;
    setRecordState(view, layout, thread, record, RECORD_FREE);
    Atomics.sub(view, ABANDONED_RECORDS_WORD, 1);
  }
}

/**
 * Write `pairs` into a free record of `thread` and make it ACTIVE. The pairs are in place before the
 * state says ACTIVE, so recovery never reads a half-written acquisition.
 * @returns the record's index, or -1 when every record is ABANDONED with tickets not yet served.
 */
export function openRecord(view: Int32Array, layout: LockTableLayout, thread: number, pairs: readonly TicketedSlot[]): number {
  sweepRecords(view, layout, thread);
  for (let record = 0; record < layout.recordsPerThread; record++) {
    if (recordState(view, layout, thread, record) !== RECORD_FREE) continue;
    pairs.forEach(([slot, ticket], i) => {
      const at = recordWord(layout, thread, record, RECORD_PAIRS_WORD + 2 * i);
      Atomics.store(view, at, slot);
      Atomics.store(view, at + 1, ticket);
    });
    Atomics.store(view, recordWord(layout, thread, record, RECORD_COUNT_WORD), pairs.length);
    setRecordState(view, layout, thread, record, RECORD_ACTIVE);
    return record;
  }
  return -1;
}

/** A ticket of one of `thread`'s ABANDONED records that has not been passed yet, if any. */
export function firstPending(view: Int32Array, layout: LockTableLayout, thread: number): TicketedSlot | undefined {
  for (let record = 0; record < layout.recordsPerThread; record++) {
    if (recordState(view, layout, thread, record) !== RECORD_ABANDONED) continue;
    const pending = readPairs(view, layout, thread, record).find(
      ([slot, ticket]) => !isPast(Atomics.load(view, slotWord(slot, SERVING_WORD)), ticket),
    );
    if (pending !== undefined) return pending;
  }
  return undefined;
}

/**
 * Whether some thread has abandoned `ticket` of `slot`. A record is trusted only if its state word is
 * the same before and after its pairs are read: a record being reused changes version in between.
 * A record can only be reused once all its tickets are past, so a pending ticket is never missed that
 * way; one published after this scan is caught by its abandoner, which looks at SERVING afterwards.
 */
export function isAbandoned(view: Int32Array, layout: LockTableLayout, slot: number, ticket: number): boolean {
  if (Atomics.load(view, ABANDONED_RECORDS_WORD) === 0) return false;
  for (let thread = 0; thread < layout.threads; thread++) {
    for (let record = 0; record < layout.recordsPerThread; record++) {
      const index = recordWord(layout, thread, record, RECORD_STATE_WORD);
      const before = Atomics.load(view, index);
      if ((before & STATE_MASK) !== RECORD_ABANDONED) continue;
      const holds = readPairs(view, layout, thread, record).some(([s, t]) => s === slot && t === ticket);
      if (holds && Atomics.load(view, index) === before) return true;
    }
  }
  return false;
}
