/**
 * The public registry: spec file name → system class. This is the entry point tests outside the
 * project use, so it also binds the event-loop engine as the default for L5/L6; the domain folders
 * themselves import only `src/core`.
 */
import { setDefaultEngine } from '../core/engine.ts';
import { createEventLoopEngine } from '../engines/event-loop/index.ts';
import { BankSystem } from './bank/index.ts';
import { InMemoryDB } from './in-memory-db/index.ts';
import { TaskQueue } from './task-queue/index.ts';

setDefaultEngine(() => createEventLoopEngine());

/** Every system by its spec file's name. */
export const domains = {
  bank: BankSystem,
  'in-memory-db': InMemoryDB,
  'task-queue': TaskQueue,
} as const;

export { BankSystem, InMemoryDB, TaskQueue };
