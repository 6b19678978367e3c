import { describe, expect, it } from 'vitest';
import { Runtime } from '../../../src/core/runtime.ts';
import { externalTransfer, type ExternalTransfer } from '../../../src/domains/bank/index.ts';
import { boundBank, permitOwners, withBalances } from './helpers.ts';

describe('Bank L6: processExternalTransfers (fail-fast)', () => {
  const manualItems: ExternalTransfer[] = [
    { account_id: 'alice', amount: 100 },
    { account_id: 'bob', amount: 999 },
    { account_id: 'ghost', amount: 50 },
  ];

  it('sends only what an existing account can afford: [true, false, false]', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500, bob: 200 });
    expect(await bank.processExternalTransfers(5, manualItems, 2)).toEqual([true, false, false]);
    expect(bank.accounts['alice']).toMatchObject({ balance: 400, outgoing: 100 });
    expect(bank.accounts['bob']).toMatchObject({ balance: 200, outgoing: 0 });
  });

  it('takes a permit and 10 ms only for the valid item', async () => {
    const { bank, clock, tracer } = boundBank();
    withBalances(bank, { alice: 500, bob: 200 });
    const start = clock.now();
    await bank.processExternalTransfers(5, manualItems, 2);
    expect(clock.now() - start).toBe(10);
    expect(permitOwners(tracer)).toEqual(['item 0']);
  });

  it('lets a second transfer from one account see the first one\'s debit: [true, false]', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500 });
    const items = [{ account_id: 'alice', amount: 300 }, { account_id: 'alice', amount: 300 }];
    expect(await bank.processExternalTransfers(2, items, 5)).toEqual([true, false]);
    expect(bank.accounts['alice']).toEqual({ balance: 200, outgoing: 300, history: [[1, 0], [2, 500], [2, 200]] });
  });

  it('allows a transfer of exactly the balance', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500 });
    expect(await bank.processExternalTransfers(3, [{ account_id: 'alice', amount: 500 }], 1)).toEqual([true]);
    expect(bank.accounts['alice']!.balance).toBe(0);
  });

  it('records no payment and no cashback', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500 });
    await bank.processExternalTransfers(3, [{ account_id: 'alice', amount: 100 }], 1);
    expect(bank.payment_counter).toBe(0);
    expect(Object.keys(bank.payment)).toEqual([]);
  });

  it('credits due cashbacks first, which can make a transfer affordable', async () => {
    const { bank } = boundBank();
    withBalances(bank, { alice: 500 }).pay(3, 'alice', 500);
    expect(await bank.processExternalTransfers(86_400_003, [{ account_id: 'alice', amount: 10 }], 1)).toEqual([true]);
    expect(bank.accounts['alice']!.balance).toBe(0);
  });

  it('never gives a permit to a failed item, and finishes in ceil(valid / N) × 10 ms', async () => {
    const { bank, clock, tracer } = boundBank();
    withBalances(bank, { a: 100, b: 100, c: 100, d: 100, e: 100, poor: 1 });
    const items = ['a', 'ghost', 'b', 'poor', 'c', 'd', 'nobody', 'e'].map((id) => ({ account_id: id, amount: 50 }));
    const start = clock.now();
    const results = await bank.processExternalTransfers(3, items, 2);
    expect(results).toEqual([true, false, true, false, true, true, false, true]);
    expect(clock.now() - start).toBe(Math.ceil(5 / 2) * 10);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 2', 'item 4', 'item 5', 'item 7']);
  });

  it('releases the account lock before taking a permit (lock and semaphore are never nested)', async () => {
    const { bank, tracer } = boundBank();
    withBalances(bank, { alice: 500 });
    await bank.processExternalTransfers(3, [{ account_id: 'alice', amount: 100 }], 1);
    const kinds = tracer.events.filter((e) => e.owner === 'item 0').map((e) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['lock-acquired', 'lock-released', 'permit-acquired']);
  });

  it('would give every item a permit under all-sleep, the cost fail-fast avoids', async () => {
    const { bank, clock, tracer, engine } = boundBank();
    withBalances(bank, { alice: 500 });
    const runtime = new Runtime();
    runtime.use(engine);
    const jobs = manualItems.map((transfer) => ({ timestamp: 5, transfer }));
    const start = clock.now();
    await runtime.rateLimited(bank, externalTransfer, 'all-sleep', jobs, 2);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 1', 'item 2']);
    expect(clock.now() - start).toBe(Math.ceil(3 / 2) * 10);
  });

  it('makes a fresh semaphore per call', async () => {
    const { bank, clock } = boundBank();
    withBalances(bank, { alice: 500 });
    const items = [{ account_id: 'alice', amount: 1 }, { account_id: 'alice', amount: 1 }];
    const start = clock.now();
    await Promise.all([bank.processExternalTransfers(3, items, 1), bank.processExternalTransfers(3, items, 1)]);
    expect(clock.now() - start).toBe(20);
  });
});
