import { describe, expect, it } from 'vitest';
import { deepCopy, dict } from '../../../../src/core/dict.ts';
import { Random } from '../../../../src/core/random.ts';
import { applyChanges, parseData } from '../../../../src/engines/workers/state/change.ts';
import { Journal } from '../../../../src/engines/workers/state/journal.ts';
import { settle } from '../../../../src/engines/workers/state/settle.ts';

/** Run `section` on a journaled copy of `start`, then replay its changes on another copy. */
function replayed(start: unknown, section: (view: any) => unknown) {
  const journal = new Journal();
  const root = deepCopy(start);
  const view = journal.view(root);
  const returned = section(view); // nothing: the partition stays in place; null: it was removed
  const settled = settle(journal, root, returned === undefined ? view : returned === null ? undefined : returned);
  const wire = parseData(JSON.stringify(settled.changes)) as typeof settled.changes;
  return { settled, replay: applyChanges(deepCopy(start), wire) };
}

describe('journaled partitions', () => {
  it('records a history push as just the new entry', () => {
    const account = { balance: 500, outgoing: 0, history: [[1, 0], [2, 500]] };
    const { settled, replay } = replayed(account, (view) => {
      view.balance -= 100;
      view.outgoing += 100;
      view.history.push([3, 400]);
    });
    expect(settled.changes).toEqual([
      { op: 'set', path: ['balance'], value: 400 },
      { op: 'set', path: ['outgoing'], value: 100 },
      { op: 'push', path: ['history'], items: [[3, 400]] },
    ]);
    expect(replay).toEqual(settled.partition);
  });

  it('records nested sets and deletes, and keeps keys like "constructor" plain', () => {
    const row = dict([['name', { value: 'a', expiry: null }]]);
    const { settled, replay } = replayed(row, (view) => {
      view.constructor = { value: 'c', expiry: 5 };
      delete view.name;
    });
    expect(replay).toEqual(settled.partition);
    expect(Object.getPrototypeOf(replay)).toBeNull();
    expect((replay as Record<string, unknown>)['constructor']).toEqual({ value: 'c', expiry: 5 });
  });

  it('sees a partition created, replaced or removed by the section', () => {
    expect(replayed(undefined, () => ({ a: 1 })).replay).toEqual({ a: 1 });
    expect(replayed({ a: 1 }, () => ({ b: 2 })).replay).toEqual({ b: 2 });
    expect(replayed({ a: 1 }, () => null).replay).toBeUndefined();
  });

  it('sees top-level values copied out of the partition and changed', () => {
    // As a payment ledger is loaded: the counter copied onto the system, the table kept by reference.
    const ledger = { payment_counter: 2, payment: { payment1: { received: false } } };
    const { replay } = replayed(ledger, (view) => {
      const table = view.payment;
      table.payment3 = { received: false };
      return { payment_counter: 3, payment: table };
    });
    expect(replay).toEqual({ payment_counter: 3, payment: { payment1: { received: false }, payment3: { received: false } } });
  });

  it('replays in-place array rewrites as whole arrays', () => {
    const { settled, replay } = replayed({ list: [3, 1, 2] }, (view) => {
      view.list.sort();
      view.list.splice(0, 1);
      view.list[5] = 9;
    });
    expect(replay).toEqual(settled.partition);
  });

  it('replays random edits of nested data exactly', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = new Random(seed);
      const start = { a: { x: 1, list: [1, 2] }, b: [{ y: 1 }], c: 'text' };
      const { settled, replay } = replayed(start, (view) => {
        for (let step = 0; step < 8; step++) {
          const roll = random.int(0, 5);
          if (roll === 0) view.a.x = random.int(0, 9);
          if (roll === 1) view.a.list.push(random.int(0, 9));
          if (roll === 2) view.b[0].y = random.int(0, 9);
          if (roll === 3) view[`k${random.int(0, 3)}`] = { n: random.int(0, 9) };
          if (roll === 4) delete view[`k${random.int(0, 3)}`];
          if (roll === 5) view.b.push({ y: random.int(0, 9) });
        }
      });
      expect(replay).toEqual(settled.partition);
    }
  });
});
