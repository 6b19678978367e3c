import { describe, expect, test } from 'vitest';
import {
  createLockTableView,
  HEADER_WORDS,
  planLockTable,
  readLockTableLayout,
  recordWord,
  RECORD_HEADER_WORDS,
  SLOT_WORDS,
  slotWord,
  THREAD_HEADER_WORDS,
  threadWord,
} from '../../../src/engines/workers/layout.ts';
import { firstMessage, spawnFixture } from './spawn-worker.ts';

describe('lock table layout', () => {
  test('regions follow one another without overlap', () => {
    const layout = planLockTable({ slots: 5, threads: 3, mode: 'fifo', maxKeys: 2, recordsPerThread: 2 });
    expect(slotWord(0, 0)).toBe(HEADER_WORDS);
    expect(layout.threadBase).toBe(slotWord(5, 0));
    expect(layout.recordStride).toBe(RECORD_HEADER_WORDS + 2 * 2);
    expect(recordWord(layout, 0, 0, 0)).toBe(layout.threadBase + THREAD_HEADER_WORDS);
    expect(threadWord(layout, 1, 0)).toBe(recordWord(layout, 0, 1, layout.recordStride));
    expect(layout.words).toBe(threadWord(layout, 3, 0));
    expect(layout.words).toBe(HEADER_WORDS + 5 * SLOT_WORDS + 3 * (THREAD_HEADER_WORDS + 2 * layout.recordStride));
  });

  test('a view carries its own shape', () => {
    const view = createLockTableView({ slots: 7, threads: 2, mode: 'fifo' });
    expect(readLockTableLayout(view)).toMatchObject({ slots: 7, threads: 2, mode: 'fifo', maxKeys: 4, recordsPerThread: 8 });
    expect(view.length).toBe(readLockTableLayout(view).words);
  });

  test('refuses bad shapes and views that are not shared lock tables', () => {
    expect(() => planLockTable({ slots: 0, threads: 1, mode: 'plain' })).toThrow('Expected `slots` to be an integer ≥ 1');
    expect(() => planLockTable({ slots: 1, threads: 1, mode: 'fast' as 'plain' })).toThrow(TypeError);
    expect(() => readLockTableLayout(new Int32Array(64))).toThrow(TypeError);
    expect(() => readLockTableLayout(new Int32Array(new SharedArrayBuffer(64 * 4)))).toThrow('Expected `view` to be a lock table');
  });

  test('a view posted to a worker thread is the same memory', async () => {
    const view = new Int32Array(new SharedArrayBuffer(4));
    const code = await firstMessage(spawnFixture('hello', { view }));
    expect(code).toBe('ERR_CONCLAB_WAIT_TIMEOUT');
    expect(Atomics.load(view, 0)).toBe(1);
  });
});
