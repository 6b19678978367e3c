/**
 * The FIFO dispatcher's half of the ticket lock: tickets handed out in input order, so that ops on one
 * key run in input order whatever thread runs them.
 */
import { NEXT_TICKET_WORD, readLockTableLayout, slotWord } from './layout.ts';
import { expectSlot } from './acquisition-plan.ts';

/**
 * Give every op of a batch one ticket per distinct key, in input order: op i's ticket for a key is the
 * number of ops before it (in this batch and every earlier one on this table) that name the key.
 *
 * Deadlock freedom follows if each thread runs the ops it is given in increasing input order: the
 * earliest unfinished op finds every earlier op on its keys done, so all its tickets are served, in
 * whatever order it asks for them. Call it from one dispatcher at a time; two interleaved calls could
 * order two ops differently on two keys.
 * @param view a FIFO lock table.
 * @param slotLists each op's slots, in input order (duplicates allowed).
 * @returns each op's tickets, aligned with its slots: `tickets[i][j]` is for `slotLists[i][j]`; a slot
 *   named twice gets the same ticket twice.
 * @throws TypeError when the table is not FIFO; RangeError for a slot outside the table.
 * @example
 * const tickets = assignTickets(view, ops.map((op) => keys.internAll(op.keys)));
 * // worker: table.withLocksSync(slots, run, { tickets: tickets[i], timeoutMs: 5_000 })
 */
export function assignTickets(view: Int32Array, slotLists: readonly (readonly number[])[]): number[][] {
  const layout = readLockTableLayout(view);
  if (layout.mode !== 'fifo') throw new TypeError('Expected a FIFO lock table: tickets mean nothing in plain mode');
  for (const slots of slotLists) for (const slot of slots) expectSlot(layout, slot);
  return slotLists.map((slots) => nextTickets(view, slots));
}

/**
 * One op's tickets, taken now, for a caller that has already checked the table and its slots (a
 * worker taking the turns of one section on arrival, many times per run). Same alignment and the same
 * one-dispatcher-at-a-time rule as {@link assignTickets}.
 */
export function nextTickets(view: Int32Array, slots: readonly number[]): number[] {
  const given = new Map<number, number>();
  return slots.map((slot) => {
    let ticket = given.get(slot);
    if (ticket === undefined) {
      ticket = Atomics.add(view, slotWord(slot, NEXT_TICKET_WORD), 1);
      given.set(slot, ticket);
    }
    return ticket;
  });
}
