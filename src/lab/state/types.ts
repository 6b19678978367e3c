/**
 * The record shapes of PS-07's stores. Keys stay snake_case, as the problem set prints them, so a
 * store's state reads the same as its Python dict.
 */

/**
 * One stored item: its value, when its TTL clock started, and its TTL in seconds. `ttl` is `null`
 * for an item that never expires, else an integer ≥ 1; its expiry is `upload_time + ttl`.
 */
export interface TtlItem<V> {
  value: V;
  upload_time: number;
  ttl: number | null;
}

/**
 * One item of a TTL backup: the value and the TTL it had left at backup time (always > 0, or `null`
 * for never). No absolute time is kept: the clock restarts when the backup is restored.
 */
export interface SavedItem<V> {
  value: V;
  remaining_ttl: number | null;
}
