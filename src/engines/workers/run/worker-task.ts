import type { BatchDefinition } from '../../../core/batch.ts';
import { toOpError } from '../../../core/op-error.ts';
import { runRateLimited, type ExternalItemDefinition } from '../../../core/rate-limited.ts';
import { createRealClock } from '../../../core/real-clock.ts';
import { runWorkerPool, type WorkerPoolDefinition } from '../../../core/worker-pool.ts';
import { PartitionStore } from '../state/partition-store.ts';
import { runSection } from '../state/shared-sections.ts';
import { bindCallbacks } from './callbacks.ts';
import type { BatchTask, Chunk, DispatchShared, EngineTask, PassTicketsTask, PoolCompletion, RateLimitedTask, WorkerPoolTask } from './protocol.ts';
import { RUN_WORDS } from './protocol.ts';
import { openRun, type RunContext } from './run-context.ts';
import { sectionLockTable } from './section-lock-table.ts';
import { sharedSemaphore } from './shared-semaphore.ts';

/** Every task a worker thread is given. */
export async function runTask(task: EngineTask): Promise<PoolCompletion | null> {
  const run = await openRun(task);
  if (task.kind === 'pass-tickets') {
    passTickets(run, task);
    return null;
  }
  // Marks the task as this thread's, so a dispatcher that sees the thread die knows whose locks to recover.
  Atomics.store(task.taskThreads, task.task, run.thread + 1);
  if (task.kind === 'batch') runBatchChunks(run, task);
  else if (task.kind === 'rate-limited') await runRateLimitedSlice(run, task);
  else return runPoolSlice(run, task);
  return null;
}

/** Where this dispatch's results go: one chain per op or item. */
function resultsOf(dispatch: DispatchShared): (index: number, result: unknown) => void {
  const results = new PartitionStore(dispatch.results);
  return (index, result) => results.append(index, [{ op: 'set', path: [], value: result ?? null }]);
}

/** Claim chunks in order until none is left; each op runs under its keys' locks on shared state. */
function runBatchChunks(run: RunContext, task: BatchTask): void {
  const definition = run.definition as BatchDefinition<unknown, unknown, unknown> & ExternalItemDefinition<unknown, unknown, unknown>;
  const section = task.section === 'run' ? definition.run : definition.before!;
  const chunks = new PartitionStore(task.chunks);
  const record = resultsOf(task);
  for (let chunk = Atomics.add(task.chunkWords, 0, 1); chunk < task.chunkCount; chunk = Atomics.add(task.chunkWords, 0, 1)) {
    Atomics.store(task.chunkWords, 1 + chunk, run.thread + 1);
    const { offset, operations, tickets } = readChunk(chunks, chunk);
    operations.forEach((op, i) => {
      let result: unknown;
      try {
        result = runSection(run.sections, definition.keys(op), () => section(run.sections.system, op), { tickets: tickets?.[i], seq: offset + i });
      } catch (error) {
        result = toOpError(error);
      }
      record(offset + i, result);
    });
  }
}

function readChunk(chunks: PartitionStore, chunk: number): Chunk {
  const [entry] = chunks.entriesAfter(chunk, 0);
  const change = entry?.changes[0];
  if (change?.op !== 'set') throw new RangeError(`chunk ${chunk} was not written`);
  return change.value as Chunk;
}

/** The core's L6 runner on this thread's slice, with shared locks, permits and state. */
async function runRateLimitedSlice(run: RunContext, task: RateLimitedTask): Promise<void> {
  const record = resultsOf(task);
  const items = bindCallbacks(task.items, task.callbacks);
  try {
    const results = await runRateLimited(
      {
        locks: sectionLockTable(run.sections, task.lockView),
        semaphore: sharedSemaphore(task.semaphore, task.taskPermits, task.task, task.timeoutMs),
        clock: createRealClock(),
        system: run.sections.system,
        policy: task.policy,
        definition: run.definition as ExternalItemDefinition<unknown, unknown, unknown>,
      },
      items,
    );
    results.forEach((result, i) => record(task.offset + i, result));
  } finally {
    task.callbacks?.close();
  }
}

/** `task.workers` of the pool's workers on this thread; each completion is numbered under the lock. */
async function runPoolSlice(run: RunContext, task: WorkerPoolTask): Promise<PoolCompletion> {
  const definition = run.definition as WorkerPoolDefinition<unknown, unknown>;
  const completed: [number, unknown][] = [];
  const numbered: WorkerPoolDefinition<unknown, unknown> = {
    ...definition,
    complete(system, item) {
      definition.complete(system, item);
      completed.push([Atomics.add(task.runWords, RUN_WORDS.completionSeq, 1), item]);
    },
  };
  await runWorkerPool(sectionLockTable(run.sections, task.lockView), createRealClock(), run.sections.system, numbered, task.workers);
  return { completed };
}

function passTickets(run: RunContext, task: PassTicketsTask): void {
  task.slots.forEach((slots, i) => {
    try {
      run.sections.locks.withLocksSync(slots, () => undefined, { tickets: task.tickets[i]!, timeoutMs: task.timeoutMs });
    } catch (error) {
      // Given up by the dead thread's recovery and passed already: nothing left to pass.
      if (!(error instanceof RangeError)) throw error;
    }
  });
}
