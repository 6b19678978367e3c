import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { catalog } from '../../src/catalog.ts';
import { domains } from '../../src/domains/index.ts';

describe('the public registry', () => {
  it('maps each spec file name to its class, with a descriptor for each in the same order', () => {
    const folders = readdirSync(new URL('../../src/domains/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(Object.keys(domains).sort()).toEqual(folders.sort());
    expect([...catalog.keys()]).toEqual(Object.keys(domains));
    for (const [name, descriptor] of catalog) expect(descriptor.create()).toBeInstanceOf(domains[name as keyof typeof domains]);
    expect(domains.bank.name).toBe('BankSystem');
    expect(domains['in-memory-db'].name).toBe('InMemoryDB');
    expect(domains['task-queue'].name).toBe('TaskQueue');
  });

  it('runs L5 on the default event-loop engine with no setup', async () => {
    const bank = new domains.bank();
    bank.createAccount(1, 'alice');
    bank.deposit(2, 'alice', 500);
    await expect(
      bank.processBatch(3, [
        { type: 'deposit', account_id: 'alice', amount: 100 },
        { type: 'transfer', source_id: 'alice', target_id: 'bob', amount: 50 },
      ]),
    ).resolves.toEqual([600, null]);
    const db = new domains['in-memory-db']();
    db.set(0, 'u1', 'name', 'alice');
    await expect(db.batchScan(0, ['u1', 'nokey'], 2)).resolves.toEqual({ u1: 'name(alice)', nokey: '' });
    const queue = new domains['task-queue']();
    queue.addTask(0, 'a', 1);
    await expect(queue.runWorkers(0, 2)).resolves.toEqual(['a']);
  });
});
