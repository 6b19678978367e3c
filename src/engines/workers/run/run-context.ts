import type { StateAccess } from '../../../core/state-access.ts';
import { nextTickets } from '../assign-tickets.ts';
import { openAtomicLockTable } from '../atomic-lock-table.ts';
import { createKeyInterner } from '../key-interner.ts';
import { deadlineAfter, park } from '../park.ts';
import { PartitionCache } from '../state/partition-cache.ts';
import { PartitionStore } from '../state/partition-store.ts';
import type { SectionContext } from '../state/shared-sections.ts';
import { RUN_WORDS, type RunShared } from './protocol.ts';
import { claimThreadIndex } from './thread-index.ts';

/** One run as a worker thread sees it: the definition, a system to load partitions into, the store. */
export interface RunContext {
  readonly definition: unknown;
  readonly sections: SectionContext<unknown>;
  readonly thread: number;
}

/** Sequence numbers of sections with no input position start here, after any input index. */
const UNPLACED = 1 << 30;

const modules = new Map<string, Promise<Record<string, unknown>>>();
/** Open runs by id; a few are kept, for engines that run several systems' calls at once. */
const runs = new Map<number, RunContext>();
const KEPT_RUNS = 4;

/** The context of `shared`'s run on this thread, opened on its first task there. */
export async function openRun(shared: RunShared): Promise<RunContext> {
  const open = runs.get(shared.runId);
  if (open !== undefined) return open;
  const module = await importOnce(shared.portable.module);
  const definition = module[shared.portable.name];
  const access = module[shared.portable.state] as StateAccess<unknown> | undefined;
  if (definition === undefined || access === undefined) {
    throw new TypeError(`${shared.portable.module} does not export ${shared.portable.name} and ${shared.portable.state}`);
  }
  const context = createContext(shared, definition, access);
  runs.set(shared.runId, context);
  for (const runId of runs.keys()) if (runs.size > KEPT_RUNS) runs.delete(runId);
  return context;
}

function importOnce(url: string): Promise<Record<string, unknown>> {
  let module = modules.get(url);
  if (module === undefined) modules.set(url, (module = import(url) as Promise<Record<string, unknown>>));
  return module;
}

function createContext(shared: RunShared, definition: unknown, access: StateAccess<unknown>): RunContext {
  const thread = claimThreadIndex(shared.registry);
  const keys = createKeyInterner(shared.keys);
  const store = new PartitionStore(shared.store);
  const locks = openAtomicLockTable(shared.lockView, thread, { keys: shared.keys });
  const sections: SectionContext<unknown> = {
    locks,
    slotOf: (key) => keys.slotOf(key) ?? missingKey(key),
    keyOf: (slot) => keys.keyOf(slot) ?? String(slot),
    store,
    cache: new PartitionCache(store),
    access,
    system: access.create(),
    takeTickets: locks.mode === 'fifo' ? (slots) => takeTicketsNow(shared, slots) : () => undefined,
    nextSeq: () => UNPLACED + Atomics.add(shared.runWords, RUN_WORDS.sectionSeq, 1),
    timeoutMs: shared.timeoutMs,
  };
  return { definition, sections, thread };
}

function missingKey(key: string): never {
  throw new RangeError(`key "${key}" was not interned by the dispatcher: a critical section locked a key its op did not name`);
}

/**
 * FIFO tickets for a section whose turn was not fixed in advance, taken under a small shared mutex:
 * two threads taking tickets for two keys at once could each get the earlier one on one key and wait
 * on each other forever. The slots come from this run's interner, so they need no check against the table.
 */
function takeTicketsNow(shared: RunShared, slots: readonly number[]): readonly number[] {
  const words = shared.runWords;
  const deadline = deadlineAfter(shared.timeoutMs);
  while (Atomics.compareExchange(words, RUN_WORDS.ticketMutex, 0, 1) !== 0) {
    if (!park(words, RUN_WORDS.ticketMutex, 1, deadline)) throw new RangeError('timed out taking FIFO tickets');
  }
  try {
    return nextTickets(shared.lockView, slots);
  } finally {
    Atomics.store(words, RUN_WORDS.ticketMutex, 0);
    Atomics.notify(words, RUN_WORDS.ticketMutex, 1);
  }
}
