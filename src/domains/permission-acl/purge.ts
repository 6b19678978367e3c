import type { Dict } from '../../core/dict.ts';
import type { Grant, PermissionTable } from './types.ts';

/** Whether a grant has expired at `timestamp` (expired AT `expires_at`). */
function isExpired(grant: Grant, timestamp: number): boolean {
  return grant.expires_at !== null && timestamp >= grant.expires_at;
}

/** Delete the keys of `d` that `drop` selects, collected first so nothing is deleted mid-iteration. */
function deleteWhere<T>(d: Dict<T>, drop: (value: T) => boolean): void {
  const doomed = Object.keys(d).filter((key) => drop(d[key]!));
  for (const key of doomed) delete d[key];
}

/**
 * The manual's `_purge_expired`: walk user → resource → permission, delete every expired grant, then
 * every resource left empty, then every user left empty, so no empty dict ever remains.
 */
export function purgeExpired(permissions: PermissionTable, timestamp: number): void {
  deleteWhere(permissions, (resources) => {
    deleteWhere(resources, (perms) => {
      deleteWhere(perms, (grant) => isExpired(grant, timestamp));
      return Object.keys(perms).length === 0;
    });
    return Object.keys(resources).length === 0;
  });
}
