/** Chart series drawn from rows: how suites' summaries cut their rows into lines and bar colours. */
import type { ChartPoint } from './chart.ts';
import type { BenchRow } from './row.ts';

/** How charts and notes name a row's alternative on its engine: `pool · workers`. */
export const alternativeOf = (row: BenchRow): string => `${row.name} · ${row.engine}`;

/**
 * One series per distinct `nameOf(item)`, in the order the names first appear, each holding the points
 * of its items in their order.
 */
export function seriesBy<T, P extends ChartPoint>(items: readonly T[], nameOf: (item: T) => string, pointOf: (item: T) => P): { name: string; points: P[] }[] {
  return [...new Set(items.map(nameOf))].map((name) => ({ name, points: items.filter((item) => nameOf(item) === name).map(pointOf) }));
}
