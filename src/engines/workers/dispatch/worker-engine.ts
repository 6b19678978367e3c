import { availableParallelism } from 'node:os';
import { MessageChannel, type TransferListItem } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Clock } from '../../../core/clock.ts';
import type { Engine } from '../../../core/engine.ts';
import type { BatchJob, RateLimitedJob, WorkerPoolJob } from '../../../core/jobs.ts';
import type { LockTable } from '../../../core/lock-table.ts';
import type { OpError } from '../../../core/op-error.ts';
import type { RateLimitPolicy, Verdict } from '../../../core/rate-limited.ts';
import { createRealClock } from '../../../core/real-clock.ts';
import type { Portable, StateAccess } from '../../../core/state-access.ts';
import { silentTracer, type Tracer } from '../../../core/tracer.ts';
import { expectPositiveInteger } from '../../../core/validate.ts';
import { POOL_LOCK_KEY } from '../../../core/worker-pool.ts';
import { assignTickets } from '../assign-tickets.ts';
import { createSemaphoreView, type LockMode } from '../layout.ts';
import { extractCallbacks, serveCallbacks } from '../run/callbacks.ts';
import type { DispatchShared, EngineTask, PoolCompletion } from '../run/protocol.ts';
import { PartitionStore } from '../state/partition-store.ts';
import { applyPartitions, readResults } from './finish-run.ts';
import { prepareDispatch, prepareRun, sharedInts, type PoolFacts, type PreparedRun } from './prepare-run.ts';
import { recoverTask } from './recover-task.ts';

/** Options of the worker-thread engine. */
export interface WorkerEngineOptions {
  /** Pool threads (default: the machine's parallelism). */
  readonly threads?: number;
  /** `fifo` (default): ops on one key run in input order on any thread; `plain`: no order promise. */
  readonly lockMode?: LockMode;
  /** Bound on every wait for a lock, a ticket or a permit (default 10 s). */
  readonly timeoutMs?: number;
  /** Ops per chunk a thread claims (default: about four chunks per thread, at least 16). */
  readonly chunkSize?: number;
  /** How long an idle pool thread is kept warm (default 30 s). */
  readonly idleTimeoutMs?: number;
  readonly tracer?: Tracer;
}

/** The worker-thread engine: the contracts on SharedArrayBuffer + Atomics, run by a piscina pool. */
export interface WorkerEngine extends Engine {
  readonly threads: number;
  readonly lockMode: LockMode;
  /** Stop the pool's threads. */
  close(): Promise<void>;
}

/** A task and what it hands over (a message port) rather than copies. */
interface Dispatched {
  readonly task: EngineTask;
  readonly transfer?: TransferListItem[];
}

const entry = new URL('../run/worker-entry.mjs', import.meta.url).href;

/** Chunks of `count` in input order, as [start, end) pairs. */
function chunks(count: number, size: number): [number, number][] {
  return Array.from({ length: Math.ceil(count / size) }, (_, i) => [i * size, Math.min(count, (i + 1) * size)]);
}

function expectPortable(portable: Portable | undefined, what: string): Portable {
  if (portable === undefined) throw new TypeError(`${what} has no \`portable\` reference: the worker engine cannot import it on its threads`);
  return portable;
}

const lost = (what: string) => (index: number): OpError => ({ error: `worker thread died before ${what} ${index} finished` });

/** Stands for a result a dead thread never wrote, when finding the ops whose turns must be passed. */
const MISSING = Symbol('missing');

const isOpError = (value: unknown): value is OpError => typeof value === 'object' && value !== null && 'error' in value;

/** A worker-thread engine with its own warm pool. */
export function createWorkerEngine(options: WorkerEngineOptions = {}): WorkerEngine {
  const threads = options.threads ?? availableParallelism();
  expectPositiveInteger(threads, 'threads');
  const lockMode = options.lockMode ?? 'fifo';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const clock: Clock = createRealClock();
  const facts: PoolFacts = { threads, lockMode, timeoutMs, registry: sharedInts(threads) };
  let pool: Piscina | undefined;
  const poolOf = (): Piscina =>
    (pool ??= new Piscina({ filename: entry, minThreads: threads, maxThreads: threads, idleTimeout: options.idleTimeoutMs ?? 30_000 }));

  const stateOf = async <S>(portable: Portable): Promise<StateAccess<S>> => {
    const module = (await import(portable.module)) as Record<string, unknown>;
    return module[portable.state] as StateAccess<S>;
  };

  /** Run every task; a task whose thread died is recovered, and `onLost` passes on what it left. */
  const dispatch = (run: PreparedRun, shared: DispatchShared, tasks: Dispatched[], onLost: (thread: number) => EngineTask | undefined, semaphore?: Int32Array): Promise<unknown[]> =>
    Promise.all(
      tasks.map(({ task, transfer }, index) =>
        poolOf()
          .run(task, transfer === undefined ? {} : { transferList: transfer })
          .catch(async (error: unknown) => {
            await recoverTask(run.shared, shared, index, poolOf(), onLost, semaphore);
            return { error: taskError(task.kind, error) };
          }),
      ),
    );

  /**
   * Ops in input order over every thread: chunks claimed in order, each op one section under its keys'
   * locks (FIFO: with the turns fixed here, so ops on one key run in input order).
   */
  const runChunked = async (run: PreparedRun, operations: readonly unknown[], section: 'run' | 'before', what: string): Promise<unknown[]> => {
    const tickets = lockMode === 'fifo' ? assignTickets(run.shared.lockView, run.slotLists) : undefined;
    const slices = chunks(operations.length, options.chunkSize ?? Math.max(16, Math.ceil(operations.length / (threads * 4))));
    const chunkStore = PartitionStore.withFirst(
      slices.map(([start, end]) => ({ offset: start, operations: operations.slice(start, end), tickets: tickets?.slice(start, end) ?? null })),
      0,
    );
    const chunkWords = sharedInts(1 + slices.length);
    const shared = prepareDispatch(operations.length, threads);
    const tasks: Dispatched[] = Array.from({ length: Math.min(threads, slices.length) }, (_, task) => ({
      task: { ...run.shared, ...shared, kind: 'batch', task, chunks: chunkStore.buffer, chunkCount: slices.length, chunkWords, section },
    }));
    const unfinished = (thread: number): EngineTask | undefined => {
      if (tickets === undefined) return undefined;
      const done = readResults(shared, operations.length, () => MISSING);
      const left = slices
        .filter((_, chunk) => Atomics.load(chunkWords, 1 + chunk) === thread + 1)
        .flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i))
        .filter((index) => done[index] === MISSING);
      return { ...run.shared, kind: 'pass-tickets', slots: left.map((i) => run.slotLists[i]!), tickets: left.map((i) => tickets[i]!) };
    };
    await dispatch(run, shared, tasks, unfinished);
    return readResults(shared, operations.length, lost(what));
  };

  /**
   * L6 items over every thread at once, each slice the core's runner: permit → external → section.
   * `items` carry markers for the `callbacks`, as `extractCallbacks` left them.
   */
  const runSlices = async (
    run: PreparedRun,
    items: readonly unknown[],
    callbacks: readonly ((...args: unknown[]) => unknown)[],
    policy: RateLimitPolicy,
    maxConcurrent: number,
  ): Promise<unknown[]> => {
    if (items.length === 0) return [];
    const slices = chunks(items.length, Math.ceil(items.length / threads));
    const semaphore = createSemaphoreView(maxConcurrent);
    const shared = prepareDispatch(items.length, slices.length);
    const channels = slices.map(() => (callbacks.length > 0 ? new MessageChannel() : undefined));
    const tasks: Dispatched[] = slices.map(([start, end], task) => {
      const channel = channels[task];
      if (channel !== undefined) serveCallbacks(channel.port1, callbacks);
      const slice: EngineTask = {
        ...run.shared,
        ...shared,
        kind: 'rate-limited',
        task,
        offset: start,
        items: items.slice(start, end),
        policy,
        semaphore,
        callbacks: channel?.port2,
      };
      return channel === undefined ? { task: slice } : { task: slice, transfer: [channel.port2] };
    });
    try {
      await dispatch(run, shared, tasks, () => undefined, semaphore);
    } finally {
      for (const channel of channels) channel?.port1.close();
    }
    return readResults(shared, items.length, lost('item'));
  };

  return {
    name: 'workers',
    clock,
    tracer: options.tracer ?? silentTracer,
    threads,
    lockMode,
    createLockTable: (): LockTable => mainThreadLockTable(),
    createSemaphore: () => {
      throw new TypeError('the worker engine makes its semaphores per L6 call, in shared memory');
    },

    async runBatch<S, Op, R>({ system, definition, operations }: BatchJob<S, Op, R>): Promise<(R | OpError)[]> {
      const portable = expectPortable(definition.portable, 'this batch definition');
      const access = await stateOf<S>(portable);
      const run = prepareRun(facts, portable, access, system, operations.map((op) => definition.keys(op)));
      const results = await runChunked(run, operations, 'run', 'op');
      applyPartitions(run.shared, run.store, access, system);
      return results as (R | OpError)[];
    },

    /**
     * Fail-fast runs every item's check first, as a batch in input order (the event loop runs them in
     * that order too, before any external step ends); then the items that passed go through
     * permit → external step → section, as all-sleep items do. Turns of those later sections are taken
     * on arrival: their order is the order the external steps end in, which no engine fixes.
     */
    async runRateLimited<S, I, R>({ system, definition, policy, items, maxConcurrent }: RateLimitedJob<S, I, R>): Promise<R[]> {
      expectPositiveInteger(maxConcurrent, 'maxConcurrent');
      const portable = expectPortable(definition.portable, 'this L6 definition');
      const access = await stateOf<S>(portable);
      const run = prepareRun(facts, portable, access, system, items.map((item) => definition.keys(item)));
      // Functions cannot cross threads: the items go as copies with markers, the callbacks stay here.
      const { items: sendable, callbacks } = extractCallbacks(items);
      const results: unknown[] = new Array(items.length);
      let passing = items.map((_, index) => index);
      let rest = policy;
      if (policy === 'fail-fast' && definition.before !== undefined) {
        const verdicts = await runChunked(run, sendable, 'before', 'item');
        passing = [];
        verdicts.forEach((verdict, index) => {
          if (isOpError(verdict)) results[index] = failed(definition.onError, items[index]!, verdict);
          else if ((verdict as Verdict<R>).proceed) passing.push(index);
          else results[index] = (verdict as { result: R }).result;
        });
        rest = 'all-sleep';
      }
      const after = await runSlices(run, passing.map((index) => sendable[index]), callbacks, rest, maxConcurrent);
      passing.forEach((index, i) => (results[index] = after[i]));
      applyPartitions(run.shared, run.store, access, system);
      return results as R[];
    },

    async runWorkerPool<S, T>({ system, definition, workers }: WorkerPoolJob<S, T>): Promise<T[]> {
      if (workers < 1) return [];
      const portable = expectPortable(definition.portable, 'this worker-pool definition');
      const access = await stateOf<S>(portable);
      // n pool workers over at most `threads` real threads, all pulling from the one shared queue.
      const perThread = Array.from({ length: Math.min(workers, threads) }, (_, i) => Math.floor(workers / threads) + (i < workers % threads ? 1 : 0));
      const run = prepareRun(facts, portable, access, system, [[POOL_LOCK_KEY]]);
      const shared = prepareDispatch(0, perThread.length);
      const tasks: Dispatched[] = perThread.map((count, task) => ({ task: { ...run.shared, ...shared, kind: 'worker-pool', task, workers: count } }));
      const outcomes = await dispatch(run, shared, tasks, () => undefined);
      applyPartitions(run.shared, run.store, access, system);
      // A pool has no per-op result to carry an error: a task that failed fails the call (after what
      // the other threads completed has been brought home).
      const failure = outcomes.find((outcome): outcome is { error: unknown } => isOpError(outcome));
      if (failure !== undefined) throw failure.error;
      const completed = outcomes.flatMap((outcome) => (outcome !== null && typeof outcome === 'object' && 'completed' in outcome ? (outcome as PoolCompletion).completed : []));
      return completed.sort(([a], [b]) => a - b).map(([, task]) => task as T);
    },

    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

/**
 * What a failed pool task is reported as. Errors that cross threads arrive as Errors, except some that
 * do not survive the trip (a `DataCloneError` comes back as `{}`): those get a message saying where.
 */
function taskError(kind: string, error: unknown): Error {
  if (error instanceof Error) return error;
  return new Error(`a ${kind} task failed on its thread: it died, or what it returned could not be sent back (${JSON.stringify(error)})`);
}

/** An item whose check threw: the definition's error result, or the error itself, as on the event loop. */
function failed<I, R>(onError: ((item: I, error: unknown) => R) | undefined, item: I, verdict: OpError): R {
  const error = new Error(verdict.error);
  if (onError === undefined) throw error;
  return onError(item, error);
}

/** The worker engine's critical sections run on its threads; on the main thread a lock table only reports. */
function mainThreadLockTable(): LockTable {
  const refuse = (): never => {
    throw new TypeError('critical sections of the worker engine run on its threads, through runBatch / runRateLimited / runWorkerPool');
  };
  return { withLocks: refuse, withLocksEager: refuse, holderOf: () => undefined, snapshot: () => [] };
}
