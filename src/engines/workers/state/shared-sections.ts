import type { StateAccess } from '../../../core/state-access.ts';
import type { AtomicLockTable } from '../atomic-lock-table.ts';
import { applyChanges } from './change.ts';
import { Journal } from './journal.ts';
import type { PartitionCache } from './partition-cache.ts';
import type { PartitionStore } from './partition-store.ts';
import { settle } from './settle.ts';

/** Takes FIFO tickets for an acquisition whose place in line was not fixed in advance. */
export type TicketTaker = (slots: readonly number[]) => readonly number[] | undefined;

/** What a thread needs to run critical sections on shared state. */
export interface SectionContext<S> {
  readonly locks: AtomicLockTable;
  readonly slotOf: (key: string) => number;
  readonly keyOf: (slot: number) => string;
  readonly store: PartitionStore;
  readonly cache: PartitionCache;
  readonly access: StateAccess<S>;
  readonly system: S;
  readonly takeTickets: TicketTaker;
  /** A sequence number for a section with no input position: after every one that has one. */
  readonly nextSeq: () => number;
  readonly timeoutMs: number;
}

interface Loaded {
  readonly slot: number;
  readonly key: string;
  /** The partition as the cache holds it. */
  readonly whole: unknown;
  /** What the section was handed of it (`StateAccess.view`), watched by the journal. */
  readonly root: unknown;
  readonly journal: Journal;
}

/**
 * Run `fn`, a synchronous critical section, holding the locks of `keys` with their partitions loaded
 * into the thread's system; what it changed is appended to the shared store before the locks go.
 * If `fn` throws, nothing it did is kept: the thread's copies are dropped and the store is untouched.
 * @param tickets FIFO tickets aligned with `keys`, when the dispatcher fixed this section's turn.
 */
export function runSection<S, T>(context: SectionContext<S>, keys: readonly string[], fn: () => T, place: SectionPlace = {}): T {
  const slots = keys.map(context.slotOf);
  const turn = place.tickets ?? context.takeTickets(slots);
  const options = turn === undefined ? { timeoutMs: context.timeoutMs } : { timeoutMs: context.timeoutMs, tickets: turn };
  return context.locks.withLocksSync(slots, () => withPartitions(context, [...new Set(keys)], fn, place.seq ?? context.nextSeq()), options);
}

/** Where a section stands among the run's: its FIFO tickets and its sequence number, when fixed in advance. */
export interface SectionPlace {
  readonly tickets?: readonly number[] | undefined;
  readonly seq?: number | undefined;
}

function withPartitions<S, T>(context: SectionContext<S>, keys: readonly string[], fn: () => T, seq: number): T {
  const loaded = keys.map((key) => load(context, key));
  try {
    const result = fn();
    if (result instanceof Promise) throw new TypeError('a critical section must be synchronous: it returned a promise');
    for (const part of loaded) keep(context, part, seq);
    return result;
  } catch (error) {
    for (const part of loaded) context.cache.forget(part.slot);
    throw error;
  } finally {
    for (const part of loaded) context.access.write(context.system, part.key, undefined);
  }
}

function load<S>(context: SectionContext<S>, key: string): Loaded {
  const slot = context.slotOf(key);
  const whole = context.cache.load(slot);
  const root = context.access.view === undefined ? whole : context.access.view(key, whole);
  const journal = new Journal();
  context.access.write(context.system, key, journal.view(root));
  return { slot, key, whole, root, journal };
}

function keep<S>(context: SectionContext<S>, { slot, key, whole, root, journal }: Loaded, seq: number): void {
  const settled = settle(journal, root, context.access.read(context.system, key));
  if (settled.changes.length === 0) return;
  const offset = context.store.append(slot, settled.changes, seq);
  // Handed all of it: the section changed the cached partition itself. Handed a part: apply by path.
  context.cache.remember(slot, offset, whole === root ? settled.partition : applyChanges(whole, settled.changes));
}
