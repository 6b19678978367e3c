/**
 * The deadlock lab's scenarios, drawn from a seed: which accounts, which amounts, the order the ops
 * start in and how long each holds its locks. The seed never decides whether a scenario deadlocks:
 * the shape does (a cycle of opposite orders, or a key taken twice), so every seed shows it.
 */
import { Random } from '../../core/random.ts';
import { shuffle } from '../shuffle.ts';

/** The scenarios, in the order the lab runs them. */
export const SCENARIO_NAMES = ['two-cycle', 'three-cycle', 'same-key-twice', 'near-miss'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Every account opens with this balance, so every planned transfer can be paid. */
export const OPENING_BALANCE = 100;

/** One transfer of a scenario. */
export interface PlannedOp {
  /** `op 0`, `op 1`…: the owner name on the locks, and (on workers) op i runs on thread i. */
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly amount: number;
  /** The keys in the order the op names them, source then target: the order "as given". */
  readonly keys: readonly string[];
  /** How long it holds its locks when they are taken sorted (ms), so the sorted runs still contend. */
  readonly holdMs: number;
}

/** One scenario: ops on a few accounts, started together or one after another. */
export interface Scenario {
  readonly name: ScenarioName;
  readonly title: string;
  /** The accounts it touches, sorted: the lock slots on workers, in key order. */
  readonly accounts: readonly string[];
  readonly ops: readonly PlannedOp[];
  /** Op indexes in the order they are started. */
  readonly startOrder: readonly number[];
  /** `together`: all started at once, each holding its first key before any asks for the next. */
  readonly schedule: 'together' | 'one-after-another';
  /** Whether taking the keys as given deadlocks (the lab's claim, which the tests check). */
  readonly deadlocks: boolean;
}

const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'] as const;

/** The four scenarios of one seed. */
export function planScenarios(seed: number): Scenario[] {
  const random = new Random(seed);
  return [twoCycle(random), threeCycle(random), sameKeyTwice(random), nearMiss(random)];
}

function twoCycle(random: Random): Scenario {
  const [x, y] = pickAccounts(random);
  const ops = [transfer(random, 0, x, y), transfer(random, 1, y, x)];
  return scenario(random, 'two-cycle', '(a) opposite transfers on one pair: a 2-cycle when taken as given', ops, 'together', true);
}

function threeCycle(random: Random): Scenario {
  const [x, y, z] = pickAccounts(random);
  const ops = [transfer(random, 0, x, y), transfer(random, 1, y, z), transfer(random, 2, z, x)];
  return scenario(random, 'three-cycle', '(b) three transfers around a ring: a 3-cycle when taken as given', ops, 'together', true);
}

function sameKeyTwice(random: Random): Scenario {
  const [x, y, z] = pickAccounts(random);
  // A bystander on other accounts shows that breaking the cycle ends only the victim.
  const ops = [transfer(random, 0, x, x), transfer(random, 1, y, z)];
  return scenario(random, 'same-key-twice', '(c) the same-key pair op: its key taken twice on a non-reentrant lock deadlocks on itself', ops, 'together', true);
}

function nearMiss(random: Random): Scenario {
  const [x, y] = pickAccounts(random);
  const ops = [transfer(random, 0, x, y), transfer(random, 1, y, x)];
  return scenario(random, 'near-miss', '(d) opposite transfers, one after the other: no deadlock this time', ops, 'one-after-another', false);
}

function scenario(
  random: Random,
  name: ScenarioName,
  title: string,
  ops: readonly PlannedOp[],
  schedule: Scenario['schedule'],
  deadlocks: boolean,
): Scenario {
  const accounts = [...new Set(ops.flatMap((op) => op.keys))].sort();
  return { name, title, accounts, ops, startOrder: shuffle(random, ops.map((_, index) => index)), schedule, deadlocks };
}

function transfer(random: Random, index: number, from: string, to: string): PlannedOp {
  return { label: `op ${index}`, from, to, amount: random.int(1, 50), keys: [from, to], holdMs: random.int(0, 2) };
}

/** Three distinct accounts; a scenario on two uses the first two. */
function pickAccounts(random: Random): [string, string, string] {
  const [x, y, z] = shuffle(random, NAMES);
  return [x!, y!, z!];
}
