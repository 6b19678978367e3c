import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/core/batch.ts';
import { createWorkerEngine } from '../../../src/engines/workers/dispatch/worker-engine.ts';
import { counterBatch, Counters, unsendablePool, type CounterOp } from '../../fixtures/workers/toy-counters.ts';

const add = (key: string, amount = 1): CounterOp => ({ type: 'add', key, amount });

/** Run `ops` on a fresh worker engine (closed afterwards) and return the results and the counters. */
async function onWorkers(ops: CounterOp[], lockMode: 'fifo' | 'plain') {
  const engine = createWorkerEngine({ threads: 2, lockMode, chunkSize: 4, timeoutMs: 5_000 });
  try {
    const system = new Counters();
    const results = await engine.runBatch({ system, locks: engine.createLockTable(), definition: counterBatch, operations: ops });
    return { results, counts: { ...system.counts } };
  } finally {
    await engine.close();
  }
}

describe.each(['fifo', 'plain'] as const)('worker engine faults (%s locks)', (lockMode) => {
  it('turns a section that throws into that op\'s error entry, keeps nothing it changed, and frees its lock', async () => {
    const ops = [add('a'), { type: 'throw', key: 'a' } as const, add('a'), add('b'), add('a')];
    const { results, counts } = await onWorkers(ops, lockMode);
    expect(results[1]).toEqual({ error: 'section on a failed' });
    expect(counts).toEqual({ a: 3, b: 1 });
    if (lockMode === 'fifo') expect(results).toEqual([1, { error: 'section on a failed' }, 2, 1, 3]);
  });

  it('recovers the locks of a thread that exits while holding one, and ends the batch without hanging', async () => {
    // Chunks of 4: the thread that claims ops 4–7 dies at op 5 holding "a"; ops 6 and 7 never run.
    const ops: CounterOp[] = [add('a'), add('b'), add('a'), add('b'), add('a'), { type: 'exit', key: 'a' }, add('a'), add('b')];
    for (let i = 0; i < 8; i++) ops.push(add(i % 2 === 0 ? 'a' : 'b'));
    const { results, counts } = await onWorkers(ops, lockMode);
    const died = results.flatMap((result, index) => (typeof result === 'object' && result !== null ? [index] : []));
    expect(died).toEqual([5, 6, 7]);
    for (const index of died) expect(results[index]).toMatchObject({ error: `worker thread died before op ${index} finished` });
    // Every op that ran counted once; the dead op's +1000 was never kept.
    const ran = ops.filter((op, index) => op.type === 'add' && !died.includes(index));
    expect(counts).toEqual({ a: ran.filter((op) => op.key === 'a').length, b: ran.filter((op) => op.key === 'b').length });
  });
});

describe('worker pool faults', () => {
  it('fails the call when a thread cannot hand back what it completed, instead of returning nothing', async () => {
    const engine = createWorkerEngine({ threads: 2, timeoutMs: 5_000 });
    try {
      const run = engine.runWorkerPool({ system: new Counters(), locks: engine.createLockTable(), definition: unsendablePool, workers: 2 });
      await expect(run).rejects.toThrow(/worker-pool task failed on its thread/);
    } finally {
      await engine.close();
    }
  });
});

describe('the toy system on the event loop', () => {
  it('gives the same results as the worker engine for ops that succeed', async () => {
    const { createEventLoopEngine } = await import('../../../src/engines/event-loop/index.ts');
    const locks = createEventLoopEngine().createLockTable();
    await expect(runBatch(locks, new Counters(), counterBatch, [add('a'), add('a', 2), add('b')])).resolves.toEqual([1, 3, 1]);
  });
});
