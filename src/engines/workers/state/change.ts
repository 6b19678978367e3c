/**
 * The changes a critical section makes to one partition, as data that crosses threads. A path names a
 * place inside the partition; the empty path is the partition itself.
 */
export type Path = readonly (string | number)[];

export type Change =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'push'; readonly path: Path; readonly items: readonly unknown[] };

/** Plain data as the domains keep it: objects without a prototype, so any string is a plain key. */
export function toData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toData);
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = toData(item);
  return copy;
}

/** Parse JSON into the same plain data (`JSON.parse` alone would give objects a prototype). */
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
      current = change.op === 'set' ? toData(change.value) : change.op === 'delete' ? undefined : [...(current as unknown[]), ...change.items.map(toData)];
      continue;
    }
    const parent = change.path.slice(0, -1).reduce<any>((node, step) => node[step], current);
    const last = change.path[change.path.length - 1]!;
    if (change.op === 'set') parent[last] = toData(change.value);
    else if (change.op === 'delete') delete parent[last];
    else (parent[last] as unknown[]).push(...change.items.map(toData));
  }
  return current;
}
