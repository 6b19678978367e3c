import { describe, expect, it } from 'vitest';
import { judgeCompletion, judgeHotOrder, judgePoolOrder } from '../../../src/lab/order/index.ts';

describe('judging a results-vs-completion trial', () => {
  it('accepts results in submission order, noting whether completion kept it', () => {
    expect(judgeCompletion([0, 1, 2], [0, 1, 2])).toEqual({ outcome: 'completed 0 1 2', expectation: 'in-order' });
    expect(judgeCompletion([0, 1, 2], [2, 0, 1])).toEqual({ outcome: 'completed 2 0 1', expectation: 'reordered' });
  });

  it('calls results out of submission order broken', () => {
    expect(judgeCompletion([1, 0, 2], [1, 0, 2]).expectation).toBe('broken');
  });
});

describe('judging the hot account (deposit k adds k + 1)', () => {
  it('reads the order from the balances each deposit returned', () => {
    expect(judgeHotOrder([1, 3, 6, 10], 10)).toEqual({ outcome: 'applied 0 1 2 3', expectation: 'in-order' });
    expect(judgeHotOrder([3, 2, 6, 10], 10)).toEqual({ outcome: 'applied 1 0 2 3', expectation: 'reordered' });
  });

  it('calls a wrong final balance or a broken balance chain a lost update', () => {
    // Applied 1 2 3 0 on the threads, but the final state kept deposit 3's balance.
    expect(judgeHotOrder([10, 2, 5, 9], 9).expectation).toBe('lost-update');
    // Two deposits both saw the balance 1 before them.
    expect(judgeHotOrder([1, 3, 4, 8], 8).expectation).toBe('lost-update');
  });
});

describe('judging a worker-pool run', () => {
  const tasks = [
    { id: 'a', priority: 0, dependencies: [] },
    { id: 'b', priority: 0, dependencies: ['a'] },
    { id: 'c', priority: 0, dependencies: [] },
  ];
  const done = ['COMPLETED', 'COMPLETED', 'COMPLETED'];

  it("accepts the event loop's order and tells another valid order apart", () => {
    expect(judgePoolOrder(tasks, ['a', 'c', 'b'], done, ['a', 'c', 'b']).expectation).toBe('reference');
    expect(judgePoolOrder(tasks, ['c', 'a', 'b'], done, ['a', 'c', 'b']).expectation).toBe('other-order');
  });

  it('calls a missing, repeated or early task broken', () => {
    expect(judgePoolOrder(tasks, ['a', 'b'], done, ['a', 'c', 'b']).expectation).toBe('broken');
    expect(judgePoolOrder(tasks, ['a', 'a', 'b'], done, ['a', 'c', 'b']).expectation).toBe('broken');
    expect(judgePoolOrder(tasks, ['b', 'a', 'c'], done, ['a', 'c', 'b']).expectation).toBe('broken');
    expect(judgePoolOrder(tasks, ['a', 'c', 'b'], ['COMPLETED', 'QUEUED', 'COMPLETED'], ['a', 'c', 'b']).expectation).toBe('broken');
  });
});
