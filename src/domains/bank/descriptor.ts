import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { BankSystem } from './bank-system.ts';
import type { BankOp, ExternalTransfer } from './types.ts';

const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil'];
/** The first few accounts get half of all ops, so locks are contended. */
const HOT = 3;
/** Late enough that the seed payments' cashbacks (due 24 h after ts 3) are credited by the batch. */
const BATCH_TS = 86_400_100;

/** Open 8–16 accounts with random balances and make a few payments whose cashbacks fall due in the batch. */
function seedAccounts(bank: BankSystem, random: Random): string[] {
  const ids = NAMES.slice(0, random.int(8, NAMES.length));
  for (const id of ids) bank.createAccount(1, id);
  for (const id of ids) bank.deposit(2, id, random.int(0, 1000));
  for (const id of ids) if (random.chance(0.3)) bank.pay(3, id, random.int(1, 300));
  return ids;
}

function pickAccount(random: Random, ids: readonly string[]): string {
  if (random.chance(0.08)) return 'ghost';
  return random.chance(0.5) ? random.pick(ids.slice(0, HOT)) : random.pick(ids);
}

/** Mostly affordable amounts, sometimes far too large (insufficient funds), sometimes zero. */
function pickAmount(random: Random): number {
  return random.chance(0.1) ? random.int(2000, 5000) : random.int(0, 400);
}

function randomOp(random: Random, ids: readonly string[]): BankOp {
  const roll = random.next();
  const amount = pickAmount(random);
  if (roll < 0.4) {
    const source = pickAccount(random, ids);
    const target = random.chance(0.1) ? source : pickAccount(random, ids);
    return { type: 'transfer', source_id: source, target_id: target, amount };
  }
  const account_id = pickAccount(random, ids);
  if (roll < 0.65) return { type: 'deposit', account_id, amount };
  if (roll < 0.92) return { type: 'pay', account_id, amount };
  return { type: 'withdraw', account_id };
}

/** Run a small L5 batch and a small L6 call on `bank`, as lines for a person. */
async function tour(bank: BankSystem): Promise<string[]> {
  bank.createAccount(1, 'alice');
  bank.createAccount(1, 'bob');
  bank.deposit(2, 'alice', 500);
  const ops: BankOp[] = [
    { type: 'deposit', account_id: 'alice', amount: 100 },
    { type: 'transfer', source_id: 'alice', target_id: 'bob', amount: 50 },
    { type: 'pay', account_id: 'bob', amount: 30 },
    { type: 'transfer', source_id: 'bob', target_id: 'bob', amount: 5 },
  ];
  const batch = await bank.processBatch(3, ops);
  const transfers: ExternalTransfer[] = [
    { account_id: 'alice', amount: 100 },
    { account_id: 'bob', amount: 999 },
    { account_id: 'ghost', amount: 50 },
  ];
  const start = performance.now();
  const sent = await bank.processExternalTransfers(4, transfers, 2);
  const elapsed = performance.now() - start;
  const valid = sent.filter(Boolean).length;
  return [
    `L5 batch [deposit alice 100, transfer alice→bob 50, pay bob 30, transfer bob→bob 5]: ${JSON.stringify(batch)}`,
    '  (same results as one by one in input order; the same-account transfer takes its lock once and is null)',
    `L6 fail-fast [alice 100, bob 999, ghost 50]: ${JSON.stringify(sent)}`,
    `  ${transfers.length} items, ${valid} valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(valid / 2) * 10} ms)`,
  ];
}

/** Bank for the CLI, the tour and the benchmarks. */
export const bankDescriptor: DomainDescriptor<BankSystem> = {
  name: 'bank',
  title: 'Bank',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new BankSystem(),
  async runScenario(bank, random, size) {
    const ids = seedAccounts(bank, random);
    const input = Array.from({ length: size }, () => randomOp(random, ids));
    const results = await bank.processBatch(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(bank, random, size) {
    const ids = seedAccounts(bank, random);
    const input = Array.from({ length: size }, () => ({ account_id: pickAccount(random, ids), amount: pickAmount(random) }));
    const maxConcurrent = random.int(1, 8);
    const results = await bank.processExternalTransfers(BATCH_TS, input, maxConcurrent);
    return { input: { transfers: input, maxConcurrent }, results };
  },
  tour,
  state: (bank) =>
    JSON.parse(
      JSON.stringify({
        accounts: bank.accounts,
        payment_counter: bank.payment_counter,
        payment: bank.payment,
        merged_accounts: bank.merged_accounts,
        backups: bank.backups,
      }),
    ) as unknown,
};
