/** A seeded batch of increments on shared counters, split between threads, and what it must leave. */
import { Random } from '../../../src/core/random.ts';
import type { IncrementData, IncrementShare } from '../../fixtures/workers/increment-worker.ts';
import { firstMessage, spawnFixture } from './spawn-worker.ts';

/** One op: the slots it names (one, two, or one twice). */
export type IncrementOp = readonly number[];

/** `count` random ops on `keys` counters: mostly one key, some pairs, a few naming one key twice. */
export function randomOps(seed: number, keys: number, count: number): IncrementOp[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const a = random.int(0, keys - 1);
    const roll = random.next();
    if (roll < 0.05) return [a, a];
    return roll < 0.25 ? [a, random.int(0, keys - 1)] : [a];
  });
}

/** The op indexes naming each key, in input order: each key's final count, and its FIFO order. */
export function opsByKey(ops: readonly IncrementOp[], keys: number): number[][] {
  const byKey = Array.from({ length: keys }, (): number[] => []);
  ops.forEach((op, index) => {
    for (const slot of new Set(op)) byKey[slot]!.push(index);
  });
  return byKey;
}

/** Shared words for a run: counters, and per-key order regions laid end to end. */
export function sharedCounters(byKey: readonly number[][]): Pick<IncrementData, 'counters' | 'order' | 'orderBase'> {
  const int32 = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4));
  const orderBase = int32(byKey.length);
  let total = 0;
  byKey.forEach((ops, key) => {
    orderBase[key] = total;
    total += ops.length;
  });
  return { counters: int32(byKey.length), order: int32(total).fill(-1), orderBase };
}

/**
 * Split ops between threads round-robin: each thread's share stays in increasing input order, which
 * FIFO tickets need to be deadlock-free.
 */
export function splitOps(ops: readonly IncrementOp[], threads: number, tickets?: readonly (readonly number[])[]): IncrementShare[] {
  return Array.from({ length: threads }, (_, thread) => {
    const mine = ops.map((_, index) => index).filter((index) => index % threads === thread);
    const column = (pick: (index: number) => number): Int32Array => Int32Array.from(mine, pick);
    return {
      index: Int32Array.from(mine),
      a: column((i) => ops[i]![0]!),
      b: column((i) => ops[i]![1] ?? -1),
      ticketA: column((i) => tickets?.[i]?.[0] ?? 0),
      ticketB: column((i) => tickets?.[i]?.[1] ?? 0),
    };
  });
}

/** Run each share on its own worker thread and wait for all of them. */
export async function runShares(shares: readonly IncrementShare[], base: Omit<IncrementData, 'thread' | 'share'>): Promise<void> {
  const workers = shares.map((share, thread) => spawnFixture('increment-worker', { ...base, thread, share }));
  await Promise.all(workers.map((worker) => firstMessage(worker)));
}
