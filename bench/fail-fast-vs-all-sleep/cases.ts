/**
 * One L6 call under a semaphore of N permits, M items of which a share p is invalid, each valid item
 * an external step of d ms: fail-fast is Bank's `processExternalTransfers` (an invalid transfer, short
 * of money, returns `false` before the semaphore), all-sleep is InMemDB's `batchScan` (a missing key
 * still takes a permit and sleeps). Both domains fix d = 10 ms.
 */
import type { Engine } from '../../src/core/engine.ts';
import { BankSystem } from '../../src/domains/bank/index.ts';
import { InMemoryDB } from '../../src/domains/in-memory-db/index.ts';

/** The external step of both domains' L6 items, in ms. */
export const STEP_MS = 10;

/** Where the check sits: before the semaphore (fail-fast) or after the external step (all-sleep). */
export type Policy = 'fail-fast' | 'all-sleep';
/** Both policies, in table order. */
const POLICIES: readonly Policy[] = ['fail-fast', 'all-sleep'];

/** One configuration of the question. */
export interface RateCase {
  readonly policy: Policy;
  /** M: items in the call. */
  readonly items: number;
  /** p: the share of invalid items. */
  readonly invalidShare: number;
  /** N: `maxConcurrent`. */
  readonly permits: number;
}

/** How many of the case's items are invalid (round(M·p)). */
export const invalidCount = (c: RateCase): number => Math.round(c.items * c.invalidShare);

/** How many are valid. */
export const validCount = (c: RateCase): number => c.items - invalidCount(c);

/**
 * The makespan theory gives: fail-fast sends only the valid items, N at a time, `ceil(valid/N)·d`;
 * all-sleep sends every item, `ceil(M/N)·d`.
 */
export function theoryMs(c: RateCase): number {
  const sent = c.policy === 'fail-fast' ? validCount(c) : c.items;
  return Math.ceil(sent / c.permits) * STEP_MS;
}

/**
 * Whether item `i` is invalid: the invalid ones are spread evenly over the input (Bresenham), so that
 * neither policy meets them all at the start or the end.
 */
export function isInvalid(c: RateCase, i: number): boolean {
  const k = invalidCount(c);
  return Math.floor(((i + 1) * k) / c.items) > Math.floor((i * k) / c.items);
}

/**
 * A fresh system bound to `engine`, seeded for `c`, and the L6 call to time on it. Preparing is kept
 * out of the call so a benchmark times the call alone.
 */
export function prepareCase(engine: Engine, c: RateCase): () => Promise<unknown> {
  return c.policy === 'fail-fast' ? prepareTransfers(engine, c) : prepareScan(engine, c);
}

function prepareTransfers(engine: Engine, c: RateCase): () => Promise<unknown> {
  const bank = new BankSystem().useEngine(engine);
  const transfers = Array.from({ length: c.items }, (_, i) => {
    bank.createAccount(1, `acct${i}`);
    if (!isInvalid(c, i)) bank.deposit(2, `acct${i}`, 100);
    return { account_id: `acct${i}`, amount: 50 };
  });
  return () => bank.processExternalTransfers(3, transfers, c.permits);
}

function prepareScan(engine: Engine, c: RateCase): () => Promise<unknown> {
  const db = new InMemoryDB().useEngine(engine);
  const keys = Array.from({ length: c.items }, (_, i) => {
    if (!isInvalid(c, i)) db.set(1, `key${i}`, 'field', 'value');
    return `key${i}`;
  });
  return () => db.batchScan(3, keys, c.permits);
}

/**
 * Run `c` once on `engine` and return its makespan on the engine's own clock: exact on a virtual
 * clock (where it must equal `theoryMs(c)`), wall time on a real one.
 */
export async function makespanOf(engine: Engine, c: RateCase): Promise<number> {
  const call = prepareCase(engine, c);
  const start = engine.clock.now();
  await call();
  return engine.clock.now() - start;
}

/** Every case of the grid: p ∈ {0, .25, .5, .75} × N ∈ {1, 2, 4, 8} × both policies. */
export function caseGrid(items: number): RateCase[] {
  return POLICIES.flatMap((policy) =>
    [0, 0.25, 0.5, 0.75].flatMap((invalidShare) => [1, 2, 4, 8].map((permits) => ({ policy, items, invalidShare, permits }))),
  );
}
