import { applyChanges, type Change } from './change.ts';
import type { Journal } from './journal.ts';

/** What a critical section did to one partition: its changes, and the partition as it now stands. */
export interface Settled {
  readonly changes: readonly Change[];
  readonly partition: unknown;
}

/**
 * Compare the partition as the section left it (`after`, from `StateAccess.read`) with the one loaded
 * (`root`, already changed in place by every write through the journal's proxies). Writes through the
 * proxies are in the journal; what the section did around them — replacing the partition, removing it,
 * or changing a top-level value that `StateAccess.write` had copied out — is added here.
 */
export function settle(journal: Journal, root: unknown, after: unknown): Settled {
  const unwrapped = journal.unwrap(after);
  if (unwrapped === root) return { changes: journal.changes, partition: root };
  const extra = rootChanges(journal, root, after);
  return { changes: [...journal.changes, ...extra], partition: applyChanges(root, extra) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rootChanges(journal: Journal, root: unknown, after: unknown): Change[] {
  if (after === undefined) return root === undefined ? [] : [{ op: 'delete', path: [] }];
  if (!isRecord(root) || !isRecord(after)) return [{ op: 'set', path: [], value: journal.data(after) }];
  const changes: Change[] = [];
  for (const [key, value] of Object.entries(after)) {
    const raw = journal.unwrap(value);
    if (Object.hasOwn(root, key) && Object.is(raw, root[key])) continue;
    changes.push({ op: 'set', path: [key], value: journal.data(raw) });
  }
  for (const key of Object.keys(root)) if (!Object.hasOwn(after, key)) changes.push({ op: 'delete', path: [key] });
  return changes;
}
