/**
 * PS-07's remaining-TTL backup, written once: what the TTL store's backup/restore does, and what the
 * rollback engine does in one step (a backup taken at the rollback point, restored at once).
 */
import { dict, type Dict } from '../../core/dict.ts';
import { remainingTtl } from './ttl.ts';
import type { SavedItem, TtlItem } from './types.ts';

/**
 * The backup of `data` at `at`: each item alive then, with its remaining TTL; the dead are left out.
 * @throws InvalidInputError when `at` is before some item's `upload_time`.
 */
export function saveAlive<V>(data: Dict<TtlItem<V>>, at: number): Dict<SavedItem<V>> {
  const saved: Dict<SavedItem<V>> = dict();
  for (const [key, item] of Object.entries(data)) {
    // `null` TTL stays `null` (never expires). Remaining ≤ 0 means dead at `at` (the boundary of
    // ttl.ts): restoring it would resurrect it.
    const remaining = remainingTtl(item, at);
    if (remaining === null || remaining > 0) saved[key] = { value: item.value, remaining_ttl: remaining };
  }
  return saved;
}

/** Live items from a backup: each TTL clock restarts at `at` with the TTL that was left. */
export function rebuild<V>(saved: Dict<SavedItem<V>>, at: number): Dict<TtlItem<V>> {
  const data: Dict<TtlItem<V>> = dict();
  for (const [key, item] of Object.entries(saved)) {
    data[key] = { value: item.value, upload_time: at, ttl: item.remaining_ttl };
  }
  return data;
}
