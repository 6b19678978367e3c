import type { Cell } from './types.ts';

/**
 * The manual's `_is_alive`: a cell is alive with no expiry, or strictly before it (at `expiry` it is
 * already dead). Inline, never mutating: expired cells stay in `data` and are only skipped.
 */
export function isAlive(cell: Cell, timestamp: number): boolean {
  return cell.expiry === null || timestamp < cell.expiry;
}
