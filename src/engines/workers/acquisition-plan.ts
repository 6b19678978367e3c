/**
 * What one multi-key acquisition takes, and in which order: checked once at the boundary, before any
 * shared word changes.
 */
import type { AcquireOrder } from '../../core/lock-table.ts';
import { describeValue } from '../../core/validate.ts';
import type { TicketedSlot } from './acquisition-records.ts';
import type { LockTableLayout } from './layout.ts';

/** Options of one blocking acquisition. */
export interface SyncLockOptions {
  /** Give up after this many milliseconds (finite: every wait is bounded). */
  readonly timeoutMs: number;
  /** FIFO only, and required there: `tickets[i]` is the ticket for `slots[i]`, from `assignTickets`. */
  readonly tickets?: readonly number[];
  /** `sorted` (default) can never deadlock; `as-given` waits on each key in turn, for the deadlock demo. */
  readonly order?: AcquireOrder;
}

/**
 * Check that `slot` is a slot of the table.
 * @throws RangeError otherwise.
 */
export function expectSlot(layout: LockTableLayout, slot: unknown): asserts slot is number {
  if (!Number.isInteger(slot) || (slot as number) < 0 || (slot as number) >= layout.slots) {
    throw new RangeError(`Expected \`slot\` to be an integer in 0…${layout.slots - 1}, got ${describeValue(slot)}`);
  }
}

/**
 * The (slot, ticket) pairs to take, each slot once, in acquisition order: sorted by slot so that two
 * ops on the same pair in opposite directions ask in the same order, or as given for the demo.
 * Plain mode carries ticket 0 everywhere.
 * @throws TypeError / RangeError for malformed slots or tickets.
 */
export function planAcquisition(layout: LockTableLayout, slots: readonly number[], options: SyncLockOptions): TicketedSlot[] {
  if (!Array.isArray(slots)) throw new TypeError(`Expected \`slots\` to be an array of slot numbers, got ${describeValue(slots)}`);
  for (const slot of slots) expectSlot(layout, slot);
  const tickets = checkTickets(layout, slots, options.tickets);
  const unique = new Map<number, number>();
  slots.forEach((slot, i) => {
    const ticket = tickets[i] ?? 0;
    // Not re-entrant: a key named twice is taken once, so it must carry one ticket.
    if (unique.has(slot) && unique.get(slot) !== ticket) throw new RangeError(`slot ${slot} is named twice with different tickets`);
    unique.set(slot, ticket);
  });
  if (layout.mode === 'fifo' && unique.size > layout.maxKeys) {
    throw new RangeError(`Expected at most ${layout.maxKeys} distinct keys per acquisition (\`maxKeys\`), got ${unique.size}`);
  }
  const pairs = [...unique];
  return options.order === 'as-given' ? pairs : pairs.sort(([a], [b]) => a - b);
}

function checkTickets(layout: LockTableLayout, slots: readonly number[], tickets: readonly number[] | undefined): readonly number[] {
  if (layout.mode === 'plain') {
    if (tickets !== undefined) throw new TypeError('Expected no `tickets` on a plain lock table');
    return [];
  }
  if (!Array.isArray(tickets) || tickets.length !== slots.length || !tickets.every((t) => t === (t | 0))) {
    throw new TypeError(`Expected \`tickets\` to be ${slots.length} int32 tickets (one per slot) on a FIFO lock table, got ${describeValue(tickets)}`);
  }
  return tickets;
}
