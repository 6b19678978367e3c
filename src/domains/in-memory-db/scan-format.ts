import { compareStrings } from '../../core/dict.ts';
import type { Cell, Row } from './types.ts';

/**
 * The L2/L3 scan string: the kept fields of `row`, sorted by name (Python string order), as
 * `field(value)` joined by `", "`; `""` when none is kept.
 */
export function formatRow(row: Row, keep: (field: string, cell: Cell) => boolean): string {
  return Object.keys(row)
    .filter((field) => keep(field, row[field]!))
    .sort(compareStrings)
    .map((field) => `${field}(${row[field]!.value})`)
    .join(', ');
}
