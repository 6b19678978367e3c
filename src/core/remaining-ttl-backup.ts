/**
 * The manual's remaining-TTL backup (patterns §6.1 variant B) for a two-level table (key → name →
 * entry with an absolute `expiry`), and its restore: written once for the systems that keep one.
 * A backup stores each live entry's REMAINING lifetime; a restore starts that lifetime again from the
 * restore's timestamp, so an entry backed up with 420 ms left has 420 ms left after any restore.
 */
import { dict, type Dict } from './dict.ts';

/** An entry that may expire: `expiry` is absolute, `null` never expires. */
export interface Expiring {
  readonly expiry: number | null;
}

/** How one system's entries are saved and brought back. */
export interface EntryCodec<E extends Expiring, Saved> {
  /** Alive at `timestamp`? (Each system states its own boundary.) */
  isAlive(entry: E, timestamp: number): boolean;
  /** The saved form, given the remaining lifetime (`null`: never expires). */
  save(entry: E, remaining: number | null): Saved;
  /** The entry again, given its new absolute expiry. */
  restore(saved: Saved, expiry: number | null): E;
  /** The remaining lifetime a saved entry carries. */
  remainingOf(saved: Saved): number | null;
}

/** A snapshot of the entries alive at `timestamp`; a key with none alive is left out. */
function snapshotAlive<E extends Expiring, Saved>(table: Dict<Dict<E>>, timestamp: number, codec: EntryCodec<E, Saved>): Dict<Dict<Saved>> {
  const snapshot = dict<Dict<Saved>>();
  for (const [key, entries] of Object.entries(table)) {
    const alive = dict<Saved>();
    for (const [name, entry] of Object.entries(entries)) {
      if (codec.isAlive(entry, timestamp)) alive[name] = codec.save(entry, entry.expiry === null ? null : entry.expiry - timestamp);
    }
    if (Object.keys(alive).length > 0) snapshot[key] = alive;
  }
  return snapshot;
}

/** A fresh table from a snapshot, every remaining lifetime running again from `timestamp`. */
function rebuildFromSnapshot<E extends Expiring, Saved>(snapshot: Dict<Dict<Saved>>, timestamp: number, codec: EntryCodec<E, Saved>): Dict<Dict<E>> {
  const table = dict<Dict<E>>();
  for (const [key, entries] of Object.entries(snapshot)) {
    const rebuilt = dict<E>();
    for (const [name, saved] of Object.entries(entries)) {
      const remaining = codec.remainingOf(saved);
      rebuilt[name] = codec.restore(saved, remaining === null ? null : timestamp + remaining);
    }
    table[key] = rebuilt;
  }
  return table;
}

/**
 * The backup to restore for `target`: the greatest timestamp at or before it; on equal timestamps the
 * one appended first wins, as the manual compares with a strict `ts > best_ts`.
 */
export function latestAtOrBefore<B extends readonly [number, unknown]>(backups: readonly B[], target: number): B | undefined {
  let best: B | undefined;
  for (const backup of backups) if (backup[0] <= target && (best === undefined || backup[0] > best[0])) best = backup;
  return best;
}

/**
 * L4 `backup`: append `[timestamp, snapshot of the entries alive then]` to `backups`.
 * @returns how many keys the backup holds (the manual's `len(snapshot)`).
 */
export function appendBackup<E extends Expiring, Saved>(backups: [number, Dict<Dict<Saved>>][], table: Dict<Dict<E>>, timestamp: number, codec: EntryCodec<E, Saved>): number {
  const snapshot = snapshotAlive(table, timestamp, codec);
  backups.push([timestamp, snapshot]);
  return Object.keys(snapshot).length;
}

/**
 * L4 `restore`: the table the latest backup at or before `backupTimestamp` holds, every remaining
 * lifetime running again from `timestamp`.
 * @returns `undefined` when no backup qualifies.
 */
export function restoreLatest<E extends Expiring, Saved>(backups: readonly [number, Dict<Dict<Saved>>][], backupTimestamp: number, timestamp: number, codec: EntryCodec<E, Saved>): Dict<Dict<E>> | undefined {
  const chosen = latestAtOrBefore(backups, backupTimestamp);
  return chosen === undefined ? undefined : rebuildFromSnapshot(chosen[1], timestamp, codec);
}
