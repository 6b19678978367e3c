/**
 * The changes a critical section makes to one partition, as data that crosses threads. A path names a
 * place inside the partition; the empty path is the partition itself. Values go in as `deepCopy`
 * copies: plain data whose objects have no prototype, so any string is a plain key.
 */
import { deepCopy } from '../../../core/dict.ts';

export type Path = readonly (string | number)[];

export type Change =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'push'; readonly path: Path; readonly items: readonly unknown[] };

/** Parse JSON into plain data, as `deepCopy` makes it (`JSON.parse` alone would give objects a prototype). */
export function parseData(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
  );
}

/** Apply `changes` in order to `root` (mutated in place where it can be) and return the new root. */
export function applyChanges(root: unknown, changes: readonly Change[]): unknown {
  let current = root;
  for (const change of changes) {
    if (change.path.length === 0) {
      current = change.op === 'set' ? deepCopy(change.value) : change.op === 'delete' ? undefined : [...(current as unknown[]), ...change.items.map(deepCopy)];
      continue;
    }
    const parent = change.path.slice(0, -1).reduce<any>((node, step) => node[step], current);
    const last = change.path[change.path.length - 1]!;
    if (change.op === 'set') parent[last] = deepCopy(change.value);
    else if (change.op === 'delete') delete parent[last];
    else (parent[last] as unknown[]).push(...change.items.map(deepCopy));
  }
  return current;
}
