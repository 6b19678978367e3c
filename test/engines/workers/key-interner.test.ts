import { describe, expect, test } from 'vitest';
import { createKeyInterner } from '../../../src/engines/workers/key-interner.ts';

describe('key interner', () => {
  test('gives dense slots in first-seen order, the same slot to the same key', () => {
    const keys = createKeyInterner();
    expect(keys.internAll(['bob', 'alice', 'bob', '__proto__'])).toEqual([0, 1, 0, 2]);
    expect(keys.size).toBe(3);
    expect([keys.slotOf('alice'), keys.slotOf('carol'), keys.keyOf(2), keys.keyOf(3)]).toEqual([1, undefined, '__proto__', undefined]);
  });

  test('a worker rebuilds the same mapping from the slot table', () => {
    const main = createKeyInterner();
    main.internAll(['x', 'y', 'z']);
    const worker = createKeyInterner(structuredClone(main.table));
    expect(['z', 'x', 'y'].map((key) => worker.slotOf(key))).toEqual([2, 0, 1]);
  });

  test('the table is a copy', () => {
    const keys = createKeyInterner(['a']);
    (keys.table as string[]).push('b');
    expect(keys.size).toBe(1);
  });

  test('refuses non-string keys and tables that repeat a key', () => {
    expect(() => createKeyInterner().intern(1 as unknown as string)).toThrow(TypeError);
    expect(() => createKeyInterner(['a', 'a'])).toThrow(TypeError);
  });
});
