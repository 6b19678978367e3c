/**
 * The transfers of one pair-lock trial: a mix of A→B and B→A over a set of accounts, with a hot pair
 * that a share of the transfers hit, so that opposite directions meet on the same two locks.
 */
import { Random } from '../../src/core/random.ts';

/** One workload shape. */
export interface PairMix {
  /** Accounts `acct0…acct{n-1}` (2 to 64). */
  readonly accounts: number;
  /** Share of transfers on the hot pair (acct0, acct1); the rest pick two distinct accounts at random. */
  readonly hotShare: number;
  /** Share of transfers that go the "other way" (B→A) on their pair. */
  readonly reverseShare: number;
  /** Transfers per trial. */
  readonly transfers: number;
}

/** A transfer as account indexes: [source, target], never the same account. */
export type Pair = readonly [number, number];

/** The name of account `i`. */
export const accountName = (i: number): string => `acct${i}`;

/** A short label for tables and charts: `64 accts 10% hot 50% B→A`. */
export function mixLabel(mix: PairMix): string {
  const hot = mix.accounts > 2 ? ` ${Math.round(mix.hotShare * 100)}% hot` : '';
  return `${mix.accounts} accts${hot} ${Math.round(mix.reverseShare * 100)}% B→A`;
}

/** The transfers of trial `seed` of `mix` (the same seed always gives the same list). */
export function pairsOf(mix: PairMix, seed: number): Pair[] {
  const random = new Random(seed);
  return Array.from({ length: mix.transfers }, (): Pair => {
    const [a, b] = random.chance(mix.hotShare) || mix.accounts === 2 ? [0, 1] : distinctPair(random, mix.accounts);
    return random.chance(mix.reverseShare) ? [b, a] : [a, b];
  });
}

function distinctPair(random: Random, accounts: number): [number, number] {
  const a = random.int(0, accounts - 1);
  const b = (a + random.int(1, accounts - 1)) % accounts;
  return a < b ? [a, b] : [b, a];
}
