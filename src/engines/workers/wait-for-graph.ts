/**
 * The wait-for graph in shared memory: each thread publishes the slot (and FIFO ticket) it is blocked
 * on, each slot names its holder, so a watchdog on any thread can read who waits for whom without
 * stopping anyone.
 */
import {
  OWNER_WORD,
  PARKED_WORD,
  readLockTableLayout,
  SERVING_WORD,
  slotWord,
  threadWord,
  WAITING_FOR_WORD,
  WAITING_TICKET_WORD,
  type LockTableLayout,
} from './layout.ts';

/** A held key: which slot, held by which thread index. */
export interface HeldSlot {
  readonly slot: number;
  readonly thread: number;
}

/** A blocked thread: the slot it waits for and, when the slot is held, by whom. */
export interface BlockedThread {
  readonly thread: number;
  readonly slot: number;
  /** The thread holding the slot; undefined when it is free (a FIFO waiter waiting for an earlier ticket). */
  readonly holder: number | undefined;
  /** FIFO: the ticket this thread waits to be served, and the one being served now. */
  readonly ticket: number | undefined;
  readonly serving: number | undefined;
}

/** Who holds what and who waits for what, at (about) one instant. */
export interface WaitForGraph {
  readonly holders: readonly HeldSlot[];
  readonly waiters: readonly BlockedThread[];
}

/**
 * Read the wait-for graph of a lock table. Pure: it only loads words, so it can run on any thread at
 * any time. Each word is read atomically, but not all at one instant: a watchdog should trust an edge
 * (or a cycle) only once it has seen it in two successive reads.
 * @param view a lock table made by `createLockTableView`.
 * @returns the held slots in slot order, and the blocked threads in thread order.
 */
export function readWaitForGraph(view: Int32Array): WaitForGraph {
  const layout = readLockTableLayout(view);
  const holders: HeldSlot[] = [];
  for (let slot = 0; slot < layout.slots; slot++) {
    const owner = Atomics.load(view, slotWord(slot, OWNER_WORD));
    if (owner !== 0) holders.push({ slot, thread: owner - 1 });
  }
  const waiters: BlockedThread[] = [];
  for (let thread = 0; thread < layout.threads; thread++) {
    const blocked = readBlocked(view, layout, thread);
    if (blocked !== undefined) waiters.push(blocked);
  }
  return { holders, waiters };
}

function readBlocked(view: Int32Array, layout: LockTableLayout, thread: number): BlockedThread | undefined {
  const waitingFor = Atomics.load(view, threadWord(layout, thread, WAITING_FOR_WORD));
  if (waitingFor === 0) return undefined;
  const slot = waitingFor - 1;
  const owner = Atomics.load(view, slotWord(slot, OWNER_WORD));
  const fifo = layout.mode === 'fifo';
  return {
    thread,
    slot,
    holder: owner === 0 ? undefined : owner - 1,
    ticket: fifo ? Atomics.load(view, threadWord(layout, thread, WAITING_TICKET_WORD)) : undefined,
    serving: fifo ? Atomics.load(view, slotWord(slot, SERVING_WORD)) : undefined,
  };
}

/**
 * Publish that `thread` is about to block on `slot`. PARKED goes up before the thread looks at the
 * lock word again, and a releaser changes the lock word before it reads PARKED: with sequentially
 * consistent atomics one of the two sees the other, so a release never misses a sleeper.
 */
export function markWaiting(view: Int32Array, layout: LockTableLayout, thread: number, slot: number, ticket = 0): void {
  Atomics.add(view, slotWord(slot, PARKED_WORD), 1);
  Atomics.store(view, threadWord(layout, thread, WAITING_TICKET_WORD), ticket);
  // Set after PARKED so that recovery, seeing WAITING_FOR, knows the dead thread's PARKED count is in.
  Atomics.store(view, threadWord(layout, thread, WAITING_FOR_WORD), slot + 1);
}

/** Withdraw `thread`'s waiting mark (it got the slot or gave up); undoes {@link markWaiting}. */
export function clearWaiting(view: Int32Array, layout: LockTableLayout, thread: number): void {
  const index = threadWord(layout, thread, WAITING_FOR_WORD);
  const waitingFor = Atomics.exchange(view, index, 0);
  if (waitingFor !== 0) Atomics.sub(view, slotWord(waitingFor - 1, PARKED_WORD), 1);
}
