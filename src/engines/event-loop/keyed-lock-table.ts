import { Semaphore as Gate } from 'async-mutex';
import type { Clock } from '../../core/clock.ts';
import { lockOrder, promised, type LockOptions, type LockTable, type LockView } from '../../core/lock-table.ts';
import type { Tracer } from '../../core/tracer.ts';
import { boundedWait } from './bounded-wait.ts';

/** One key's lock: an async-mutex `Semaphore(1)` (FIFO, and about a fifth of `Mutex`'s cost). */
class KeyLock {
  readonly gate = new Gate(1);
  holder: string | undefined;
  readonly waiting: string[] = [];

  /** async-mutex grants a free gate synchronously inside `acquire`, so the key is ours on return. */
  takeFree(owner: string): void {
    void this.gate.acquire();
    this.holder = owner;
  }

  release(): void {
    this.holder = undefined;
    // Hands the gate to the longest waiter synchronously: no one can slip in between.
    this.gate.release();
  }

  dropWaiter(owner: string): void {
    const index = this.waiting.indexOf(owner);
    if (index !== -1) this.waiting.splice(index, 1);
  }
}

/** The event loop's lock table: one FIFO lock per key, made on first use. */
export function createKeyedLockTable(clock: Clock, tracer: Tracer): LockTable {
  const locks = new Map<string, KeyLock>();
  const lockOf = (key: string): KeyLock => {
    let lock = locks.get(key);
    if (lock === undefined) locks.set(key, (lock = new KeyLock()));
    return lock;
  };

  /** Run `fn` holding `keys`; a plain result comes back plain, a promise releases when it settles. */
  const runHolding = <T>(keys: readonly string[], owner: string, fn: () => T | Promise<T>): T | Promise<T> => {
    tracer.record({ kind: 'lock-acquired', at: clock.now(), owner, keys });
    const release = (): void => {
      for (const key of keys) lockOf(key).release();
      tracer.record({ kind: 'lock-released', at: clock.now(), owner, keys });
    };
    let result: T | Promise<T>;
    try {
      result = fn();
    } catch (error) {
      release();
      throw error;
    }
    if (result instanceof Promise) return result.finally(release);
    release();
    return result;
  };

  const acquire = (keys: readonly string[], owner: string, options: LockOptions): Promise<void> => {
    tracer.record({ kind: 'lock-wait', at: clock.now(), owner, keys });
    const granted: string[] = [];
    let abandoned = false;
    const request = (key: string): Promise<void> => {
      const lock = lockOf(key);
      lock.waiting.push(owner);
      if (lock.gate.isLocked()) tracer.record({ kind: 'lock-queued', at: clock.now(), owner, keys: [key] });
      return lock.gate.acquire().then(() => {
        lock.dropWaiter(owner);
        if (abandoned) return lock.gate.release();
        lock.holder = owner;
        granted.push(key);
      });
    };
    const all =
      options.order === 'as-given'
        ? // One key at a time, waiting on each while holding the ones before: the order that deadlocks.
          keys.reduce<Promise<void>>((previous, key) => previous.then(() => (abandoned ? undefined : request(key))), Promise.resolve())
        : // Every key requested in this same synchronous step, so all queues agree on who came first.
          Promise.all(keys.map(request)).then(() => undefined);
    const blocking = (): { resource: string; holder: string | undefined } => {
      const key = keys.find((k) => !granted.includes(k)) ?? keys[0] ?? '';
      return { resource: `lock "${key}"`, holder: lockOf(key).holder };
    };
    return boundedWait(all, clock, options, blocking, () => {
      abandoned = true;
      for (const key of granted.splice(0)) lockOf(key).release();
    });
  };

  const withLocksEager = <T>(keys: readonly string[], fn: () => T | Promise<T>, options: LockOptions = {}): T | Promise<T> => {
    const owner = options.owner ?? 'anonymous';
    const ordered = lockOrder(keys, options.order);
    if (options.order !== 'as-given' && ordered.every((key) => !lockOf(key).gate.isLocked())) {
      // All free: take them without yielding, as an uncontended asyncio.Lock does.
      for (const key of ordered) lockOf(key).takeFree(owner);
      return runHolding(ordered, owner, fn);
    }
    return acquire(ordered, owner, options).then(() => runHolding(ordered, owner, fn));
  };

  return {
    withLocksEager,
    withLocks: (keys, fn, options) => promised(() => withLocksEager(keys, fn, options)),
    holderOf: (key) => locks.get(key)?.holder,
    snapshot: () =>
      [...locks]
        .filter(([, lock]) => lock.gate.isLocked() || lock.waiting.length > 0)
        .map(([key, lock]) => ({ key, holder: lock.holder, waiting: [...lock.waiting] }) satisfies LockView),
  };
}
