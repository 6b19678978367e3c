/**
 * What an engine whose threads share state needs of a system: the part of the state each lock key
 * guards, as plain data, in and out. Written once per system, beside its op definitions.
 *
 * The contract an op definition keeps for it: a critical section reads and writes only the partitions
 * of the keys it locks. (On one thread nothing checks this; on worker threads a partition that is not
 * locked is simply not there.)
 */
export interface StateAccess<S> {
  /** A system with nothing in it, for a worker thread to load partitions into. */
  create(): S;
  /** The partition `key` guards, as JSON-able data; `undefined` when there is none. */
  read(system: S, key: string): unknown;
  /** Make `partition` the part `key` guards; `undefined` removes it. */
  write(system: S, key: string, partition: unknown): void;
  /**
   * What a critical section on another thread is handed of a partition (default: all of it). A system
   * whose sections only ever add to part of a partition (a ledger that grows with every payment) hands
   * them less, so that no section scans what it never needs; what they change is applied to the whole
   * partition by path.
   */
  view?(key: string, partition: unknown): unknown;
}

/**
 * Where another thread finds a definition: the URL of a module (its `import.meta.url`) that exports
 * both the definition and the system's `StateAccess`, under these names.
 */
export interface Portable {
  readonly module: string;
  readonly name: string;
  readonly state: string;
}
