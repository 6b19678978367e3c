/**
 * Typed errors, one class per failure. Each carries a stable `code` and structured fields so that
 * callers (and the CLI) can react without parsing messages.
 */

/** A malformed argument or op: thrown before any state changes. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  readonly code = 'ERR_CONCLAB_INVALID_INPUT';
  /** Position of the offending op in its batch, when the input is a batch. */
  readonly index: number | undefined;
  /** The argument or op field at fault (`amount`, `operations`, `type`…). */
  readonly field: string;

  constructor(field: string, message: string, index?: number, options?: ErrorOptions) {
    super(index === undefined ? message : `op ${index}: ${message}`, options);
    this.field = field;
    this.index = index;
  }
}

/** A wait (lock, permit, sleep) that ran past its `timeoutMs`. Names who held what it waited for. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
  readonly code = 'ERR_CONCLAB_WAIT_TIMEOUT';
  readonly resource: string;
  readonly holder: string | undefined;
  readonly timeoutMs: number;

  constructor(resource: string, timeoutMs: number, holder?: string) {
    const held = holder === undefined ? '' : `, held by ${holder}`;
    super(`timed out after ${timeoutMs} ms waiting for ${resource}${held}`);
    this.resource = resource;
    this.timeoutMs = timeoutMs;
    this.holder = holder;
  }
}

/** A wait cancelled through its `AbortSignal`; the signal's reason is the `cause`. */
export class WaitAbortedError extends Error {
  override readonly name = 'WaitAbortedError';
  readonly code = 'ERR_CONCLAB_WAIT_ABORTED';
  readonly resource: string;

  constructor(resource: string, reason: unknown) {
    super(`wait for ${resource} was aborted`, { cause: reason });
    this.resource = resource;
  }
}

/** L5/L6 was called on a system that has no engine bound to run it. */
export class EngineMissingError extends Error {
  override readonly name = 'EngineMissingError';
  readonly code = 'ERR_CONCLAB_ENGINE_MISSING';

  constructor() {
    super('no engine is bound: import conclab through src/domains/index.ts or pass an engine with useEngine()');
  }
}

/** One link of a deadlock cycle: who holds which keys, and the key it waits for (held by the next link). */
export interface DeadlockLink {
  /** An op label (`op 1`) or a thread name (`thread 1`). */
  readonly owner: string;
  readonly holds: readonly string[];
  readonly waitsFor: string;
}

/**
 * The cycle as a sentence: `op 0 holds "a", waits for "b"; op 1 holds "b", waits for "a"`.
 * @param cycle the links in wait order: each waits for a key the next one holds, the last for the first's.
 */
export function describeCycle(cycle: readonly DeadlockLink[]): string {
  const keys = (list: readonly string[]): string => (list.length === 0 ? 'nothing' : list.map((key) => `"${key}"`).join(', '));
  return cycle.map(({ owner, holds, waitsFor }) => `${owner} holds ${keys(holds)}, waits for "${waitsFor}"`).join('; ');
}

/**
 * A wait ended by a deadlock detector: it was part of a cycle of waits (the same key twice, two ops in
 * opposite orders, …), and this waiter was chosen as the victim. Whatever its acquisition held is released.
 */
export class DeadlockError extends Error {
  override readonly name = 'DeadlockError';
  readonly code = 'ERR_CONCLAB_DEADLOCK';
  /** The cycle, in wait order (see {@link describeCycle}). */
  readonly cycle: readonly DeadlockLink[];
  /** The owner whose wait was ended to break the cycle. */
  readonly victim: string;

  constructor(cycle: readonly DeadlockLink[], victim: string, options?: ErrorOptions) {
    super(`deadlock: ${describeCycle(cycle)}; ${victim} gives up`, options);
    this.cycle = cycle;
    this.victim = victim;
  }
}
