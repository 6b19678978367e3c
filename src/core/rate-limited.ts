import type { Clock } from './clock.ts';
import type { LockTable } from './lock-table.ts';
import type { Semaphore } from './semaphore.ts';
import type { Portable } from './state-access.ts';

/**
 * Where the local check sits relative to the semaphore:
 * - `fail-fast`: check (and change) under the item's locks BEFORE the semaphore; a failed item returns
 *   at once and never takes a permit.
 * - `all-sleep`: no check first; every item takes a permit and does the external step, and learns its
 *   result afterwards.
 * - `lifecycle`: take a permit, then lock(start) → external step → lock(complete), catching errors
 *   into the item's result.
 */
export type RateLimitPolicy = 'fail-fast' | 'all-sleep' | 'lifecycle';

/** A verdict of the local check made before the external step. */
export type Verdict<R> = { readonly proceed: true } | { readonly proceed: false; readonly result: R };

/** What an external step is given. */
export interface ExternalContext {
  readonly clock: Clock;
  /** The item's position in the input. */
  readonly index: number;
}

/** One L6 item kind written once, for any engine. */
export interface ExternalItemDefinition<S, I, R> {
  /** The keys the local sections lock (none for systems that take no lock in L6). */
  keys(item: I): readonly string[];
  /** The local check (and change) before the external step. Ignored by `all-sleep`. */
  before?(system: S, item: I): Verdict<R>;
  /** The external call: a sleep, or the caller's callback. Never runs under a lock. */
  external(system: S, item: I, context: ExternalContext): Promise<unknown>;
  /** The local section after the external step, giving the item's result. */
  after(system: S, item: I, outcome: unknown): R;
  /** The result of an item whose step threw; without it the error rejects the call. */
  onError?(item: I, error: unknown): R;
  /** Where a worker thread imports this definition from; without it, only one-thread engines run it. */
  readonly portable?: Portable;
}

/** What a rate-limited run needs from its engine. */
export interface RateLimitedRun<S, I, R> {
  readonly locks: LockTable;
  readonly semaphore: Semaphore;
  readonly clock: Clock;
  readonly system: S;
  readonly policy: RateLimitPolicy;
  readonly definition: ExternalItemDefinition<S, I, R>;
}

/**
 * Run every item concurrently under one semaphore made for this call, results in input order.
 * The lock covers only local sections; the permit covers only the external step and what follows it;
 * the two are never held across each other's waits in a way that could nest a lock around an await.
 */
export function runRateLimited<S, I, R>(run: RateLimitedRun<S, I, R>, items: readonly I[]): Promise<R[]> {
  return Promise.all(items.map((item, index) => runItem(run, item, index)));
}

async function runItem<S, I, R>(run: RateLimitedRun<S, I, R>, item: I, index: number): Promise<R> {
  const owner = `item ${index}`;
  const { locks, semaphore, definition: def, system } = run;
  const local = <T>(fn: () => T): Promise<T> => locks.withLocks(def.keys(item), fn, { owner });
  const check = (): Promise<Verdict<R>> => (def.before ? local(() => def.before!(system, item)) : Promise.resolve({ proceed: true }));
  const external = async (): Promise<R> => {
    const outcome = await def.external(system, item, { clock: run.clock, index });
    return local(() => def.after(system, item, outcome));
  };
  try {
    if (run.policy === 'all-sleep') return await semaphore.withPermit(external, { owner });
    if (run.policy === 'fail-fast') {
      const verdict = await check();
      return verdict.proceed ? await semaphore.withPermit(external, { owner }) : verdict.result;
    }
    return await semaphore.withPermit(async () => {
      const verdict = await check();
      return verdict.proceed ? external() : verdict.result;
    }, { owner });
  } catch (error) {
    if (def.onError) return def.onError(item, error);
    throw error;
  }
}
