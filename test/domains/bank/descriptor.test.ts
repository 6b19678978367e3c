import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { bankDescriptor, type BankOp } from '../../../src/domains/bank/index.ts';
import { boundBank } from './helpers.ts';

async function scenario(seed: number, size = 60) {
  const { bank } = boundBank();
  const run = await bankDescriptor.runScenario(bank, new Random(seed), size);
  return { run, state: bankDescriptor.state(bank) };
}

describe('Bank descriptor', () => {
  it('is titled Bank', () => {
    expect(bankDescriptor.title).toBe('Bank');
  });

  it('runs exactly the requested number of ops, one result each', async () => {
    const { run } = await scenario(7, 25);
    expect(run.input).toHaveLength(25);
    expect(run.results).toHaveLength(25);
  });

  it('mixes every op type and failure across a few seeds', async () => {
    const ops: BankOp[] = [];
    for (let seed = 1; seed <= 10; seed++) ops.push(...((await scenario(seed)).run.input as BankOp[]));
    const has = (test: (op: Record<string, unknown>) => boolean) => ops.some((op) => test(op as unknown as Record<string, unknown>));
    for (const type of ['transfer', 'deposit', 'pay', 'withdraw']) expect(has((op) => op['type'] === type)).toBe(true);
    expect(has((op) => op['type'] === 'transfer' && op['source_id'] === op['target_id'])).toBe(true);
    expect(has((op) => op['account_id'] === 'ghost' || op['source_id'] === 'ghost')).toBe(true);
  });

  it('returns its state fields in order', async () => {
    const { state } = await scenario(3);
    expect(Object.keys(state as object)).toEqual(['accounts', 'payment_counter', 'payment', 'merged_accounts', 'backups']);
  });

  it('tours the L5 batch and the L6 fail-fast call', async () => {
    const { bank } = boundBank();
    const lines = await bankDescriptor.tour(bank);
    expect(lines.join('\n')).toContain('[600,550,"payment1",null]');
    expect(lines.join('\n')).toContain('[true,false,false]');
    expect(lines.join('\n')).toContain('3 items, 1 valid, 2 permits');
  });
});
