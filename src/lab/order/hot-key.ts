import type { Engine } from '../../core/engine.ts';
import type { Random } from '../../core/random.ts';
import { BankSystem, type DepositOp } from '../../domains/bank/index.ts';
import { buildOutcomeTable, type Expectation, type Observation } from '../outcome-table.ts';
import type { OrderExperiment } from './experiment.ts';

/** The one account every hot op deposits to. */
const HOT = 'hot';
/** Deposits on the hot account; each sits in its own stretch of cold ops. */
const HOT_OPS = 4;
/**
 * Ops per stretch. The worker engine cuts a batch of 64 into chunks of 16 that threads claim in
 * order, so each hot op lands in a different chunk and two threads can reach the hot key together.
 */
const STRETCH = 16;

/** How the hot account's ops were ordered, as a lock mode promises it. */
export type OrderPromise = 'fifo' | 'plain';

function expectations(promise: OrderPromise): Expectation[] {
  return [
    { id: 'in-order', class: 'ACCEPTABLE', description: 'the hot account saw its deposits in input order; total conserved' },
    promise === 'fifo'
      ? { id: 'reordered', class: 'FORBIDDEN', description: 'deposits on one key out of input order: FIFO locks promise input order' }
      : { id: 'reordered', class: 'INTERESTING', description: 'another order, total conserved: plain locks exclude, they do not order' },
    { id: 'lost-update', class: 'FORBIDDEN', description: 'a deposit lost or seen twice: the balance chain or the final state is wrong' },
    { id: 'op-error', class: 'FORBIDDEN', description: 'a deposit returned an error entry' },
  ];
}

/** The batch: `HOT_OPS` stretches of cold deposits, each with one hot deposit at a seeded offset. */
interface HotBatch {
  readonly ops: DepositOp[];
  /** Input index of hot deposit k (its amount is k + 1). */
  readonly hot: number[];
}

function hotBatch(random: Random): HotBatch {
  const ops: DepositOp[] = [];
  const hot: number[] = [];
  for (let stretch = 0; stretch < HOT_OPS; stretch++) {
    const offset = random.int(0, STRETCH - 1);
    for (let i = 0; i < STRETCH; i++) {
      if (i === offset) hot.push(ops.length);
      ops.push(i === offset ? { type: 'deposit', account_id: HOT, amount: hot.length } : { type: 'deposit', account_id: `cold${ops.length}`, amount: 1 });
    }
  }
  return { ops, hot };
}

/**
 * Per-key order: one batch of Bank deposits, four of them on one hot account, run `trials` times.
 * Each deposit returns the balance after it, and the amounts are distinct and positive, so sorting the
 * hot deposits by what they returned gives the order the account saw them in.
 * @param engine - where the batches run (the worker engine's lock mode decides `promise`).
 * @param promise - `fifo` (the event loop, or workers with FIFO locks) or `plain`.
 * @param where - how the table names the engine.
 */
export async function runHotKeyExperiment(engine: Engine, promise: OrderPromise, where: string, random: Random, trials: number): Promise<OrderExperiment> {
  const batch = hotBatch(random);
  const observations: Observation[] = [];
  for (let trial = 0; trial < trials; trial++) observations.push(await hotKeyTrial(engine, batch));
  return {
    id: 'hot-key',
    where,
    promise: promise === 'fifo' ? 'ops on one key run in input order' : 'ops on one key exclude each other; no order is promised',
    table: buildOutcomeTable(`Bank: ${HOT_OPS} deposits on one hot account among ${batch.ops.length - HOT_OPS} cold ones`, expectations(promise), observations),
  };
}

async function hotKeyTrial(engine: Engine, { ops, hot }: HotBatch): Promise<Observation> {
  const bank = new BankSystem().useEngine(engine);
  bank.createAccount(1, HOT);
  for (const op of ops) if (op.account_id !== HOT) bank.createAccount(1, op.account_id);
  const results = await bank.processBatch(2, ops);
  const seen = hot.map((index) => results[index]);
  if (!seen.every((result): result is number => typeof result === 'number')) return { outcome: `results ${JSON.stringify(seen)}`, expectation: 'op-error' };
  return judgeHotOrder(seen, bank.accounts[HOT]!.balance);
}

/**
 * Judge one trial from the balances the hot deposits returned (deposit k adds k + 1).
 * @returns `applied 1 0 2 3` (deposit numbers in the order the account saw them), and its class.
 */
export function judgeHotOrder(balances: readonly number[], finalBalance: number): Observation {
  const order = balances.map((_, k) => k).sort((a, b) => balances[a]! - balances[b]!);
  const outcome = `applied ${order.join(' ')}`;
  const total = balances.reduce((sum, _, k) => sum + k + 1, 0);
  // One at a time, each deposit's balance is the one before it plus its own amount.
  const chained = order.every((k, i) => balances[k] === (i === 0 ? 0 : balances[order[i - 1]!]!) + k + 1);
  if (!chained || finalBalance !== total) return { outcome: `${outcome}, final ${finalBalance} (expected ${total})`, expectation: 'lost-update' };
  return { outcome, expectation: order.every((k, i) => k === i) ? 'in-order' : 'reordered' };
}
