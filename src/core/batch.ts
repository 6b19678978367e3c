import type { LockTable } from './lock-table.ts';
import type { Portable } from './state-access.ts';
import { toOpError, type OpError } from './op-error.ts';

/**
 * An L5 batch written once: which keys each op locks, and its synchronous critical section, which
 * calls the system's L1–L4 methods. Engines run it; the definition never knows which one.
 */
export interface BatchDefinition<S, Op, R> {
  /** The keys `op` locks: one key, a pair, or a container's key. Taken sorted, each once. */
  keys(op: Op): readonly string[];
  /** The critical section, run while every key is held. */
  run(system: S, op: Op): R;
  /** Where a worker thread imports this definition from; without it, only one-thread engines run it. */
  readonly portable?: Portable;
}

/** An L5 op with its batch's timestamp, as most batch definitions receive it. */
export interface Timed<Op> {
  readonly timestamp: number;
  readonly op: Op;
}

/** Every op of a batch with the batch's timestamp, in input order. */
export function stamped<Op>(timestamp: number, operations: readonly Op[]): Timed<Op>[] {
  return operations.map((op) => ({ timestamp, op }));
}

/**
 * Run every op under its keys' locks, all started in input order, and return the results in input
 * order. Because a free lock is taken without yielding and no critical section awaits, the results
 * equal running the ops one by one in input order.
 */
export function runBatch<S, Op, R>(
  locks: LockTable,
  system: S,
  definition: BatchDefinition<S, Op, R>,
  operations: readonly Op[],
): Promise<(R | OpError)[]> {
  return Promise.all(
    operations.map((op, index) =>
      locks.withLocks(definition.keys(op), () => definition.run(system, op), { owner: `op ${index}` }).catch(toOpError),
    ),
  );
}
