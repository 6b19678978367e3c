import { deepCopy } from '../../core/dict.ts';
import type { PermissionTable } from './types.ts';

/**
 * A fresh `permissions` from a backup taken at `backupTs`: a deep copy (the stored snapshot stays
 * untouched, so it can be restored again) whose every TTL runs again from `timestamp` with the time
 * it had left at the backup. `granted_at` is kept.
 */
export function rebuild(snapshot: PermissionTable, backupTs: number, timestamp: number): PermissionTable {
  const restored = deepCopy(snapshot);
  for (const resources of Object.values(restored)) {
    for (const perms of Object.values(resources)) {
      for (const grant of Object.values(perms)) {
        if (grant.expires_at !== null) grant.expires_at = timestamp + (grant.expires_at - backupTs);
      }
    }
  }
  return restored;
}
