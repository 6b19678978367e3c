/**
 * JCStress-style outcome tables: run an experiment many times, tally each distinct outcome, and say of
 * each whether the pattern allows it. An experiment declares its expectations up front (every class of
 * outcome it knows, with what it means), so the table also shows the classes that never appeared: a
 * FORBIDDEN class seen 0 times is the promise kept.
 */
import { compareStrings } from '../core/dict.ts';

/**
 * How an outcome is judged:
 * - `ACCEPTABLE`: what the pattern promises.
 * - `INTERESTING`: allowed, but worth seeing (a reordering the pattern does not forbid).
 * - `FORBIDDEN`: the pattern promised it cannot happen; one occurrence is a bug.
 */
export type OutcomeClass = 'ACCEPTABLE' | 'INTERESTING' | 'FORBIDDEN';

/** One class of outcome an experiment knows, declared before it runs. */
export interface Expectation {
  /** A short name the classifier answers with (`in-order`, `lost-update`). */
  readonly id: string;
  readonly class: OutcomeClass;
  /** What an outcome of this class means, for a person. */
  readonly description: string;
}

/** One trial's result: its outcome, as a short string, and the expectation it falls under. */
export interface Observation {
  readonly outcome: string;
  readonly expectation: string;
}

/** One distinct outcome and how often it appeared. */
export interface OutcomeRow {
  readonly outcome: string;
  readonly count: number;
  readonly class: OutcomeClass;
  readonly expectation: string;
}

/** An expectation and how many trials fell under it (0 included). */
export interface ExpectationCount extends Expectation {
  readonly count: number;
}

/** A finished outcome table: plain JSON data. */
export interface OutcomeTable {
  readonly title: string;
  readonly trials: number;
  /** Distinct outcomes, most frequent first (ties by outcome text). */
  readonly rows: readonly OutcomeRow[];
  readonly expectations: readonly ExpectationCount[];
  /** Trials whose outcome was FORBIDDEN. */
  readonly forbidden: number;
}

/**
 * Tally `observations` into a table.
 * @param title - what the experiment is, one line.
 * @param expectations - every class of outcome the experiment knows; ids must be distinct.
 * @param observations - one per trial.
 * @returns the table; rows most frequent first.
 * @throws RangeError when an id repeats or an observation names no declared expectation.
 * @example
 * const table = buildOutcomeTable('Promise.all', [{ id: 'ok', class: 'ACCEPTABLE', description: 'input order' }], [
 *   { outcome: '0 1 2', expectation: 'ok' },
 * ]);
 * table.rows; // [{ outcome: '0 1 2', count: 1, class: 'ACCEPTABLE', expectation: 'ok' }]
 */
export function buildOutcomeTable(title: string, expectations: readonly Expectation[], observations: readonly Observation[]): OutcomeTable {
  const byId = indexExpectations(expectations);
  const rows = new Map<string, { outcome: string; expectation: Expectation; count: number }>();
  for (const { outcome, expectation: id } of observations) {
    const expectation = byId.get(id);
    if (expectation === undefined) throw new RangeError(`Expected a declared expectation, got \`${id}\` (outcome \`${outcome}\`)`);
    // One row per outcome and expectation: the same text judged two ways would hide a classifier bug.
    const key = `${id}\u0000${outcome}`;
    const row = rows.get(key) ?? { outcome, expectation, count: 0 };
    row.count += 1;
    rows.set(key, row);
  }
  const sorted = [...rows.values()]
    .sort((a, b) => b.count - a.count || compareStrings(a.outcome, b.outcome))
    .map(({ outcome, expectation, count }): OutcomeRow => ({ outcome, count, class: expectation.class, expectation: expectation.id }));
  const counted = expectations.map((e): ExpectationCount => ({ ...e, count: observations.filter((o) => o.expectation === e.id).length }));
  const forbidden = counted.filter((e) => e.class === 'FORBIDDEN').reduce((sum, e) => sum + e.count, 0);
  return { title, trials: observations.length, rows: sorted, expectations: counted, forbidden };
}

function indexExpectations(expectations: readonly Expectation[]): Map<string, Expectation> {
  const byId = new Map<string, Expectation>();
  for (const expectation of expectations) {
    if (byId.has(expectation.id)) throw new RangeError(`Expected distinct expectation ids, got \`${expectation.id}\` twice`);
    byId.set(expectation.id, expectation);
  }
  return byId;
}

/** Non-FORBIDDEN rows shown before the rest are summarised, so a table of all-distinct outcomes stays short. */
const SHOWN_ROWS = 12;

/** The rows worth printing: every FORBIDDEN one (a bug is never folded away), and the most frequent others. */
function rowsToShow(rows: readonly OutcomeRow[]): { shown: OutcomeRow[]; hidden: OutcomeRow[] } {
  const shown: OutcomeRow[] = [];
  const hidden: OutcomeRow[] = [];
  let others = 0;
  for (const row of rows) {
    if (row.class === 'FORBIDDEN') shown.push(row);
    else (others++ < SHOWN_ROWS ? shown : hidden).push(row);
  }
  return { shown, hidden };
}

/**
 * The table for a person: the outcomes (count, class, expectation), then every expectation with its
 * total and meaning.
 * @param table - a table from {@link buildOutcomeTable}.
 * @returns lines without trailing newlines.
 */
export function formatOutcomeTable(table: OutcomeTable): string[] {
  const { shown, hidden } = rowsToShow(table.rows);
  const outcomeWidth = Math.max('outcome'.length, ...shown.map((row) => row.outcome.length));
  const countWidth = Math.max('count'.length, String(table.trials).length);
  const line = (outcome: string, count: string, cls: string, expectation: string): string =>
    `  ${outcome.padEnd(outcomeWidth)}  ${count.padStart(countWidth)}  ${cls.padEnd(11)}  ${expectation}`.trimEnd();
  return [
    `${table.title} — ${table.trials} trials`,
    line('outcome', 'count', 'class', 'expectation'),
    ...shown.map((row) => line(row.outcome, String(row.count), row.class, row.expectation)),
    ...(hidden.length === 0 ? [] : [`  … ${hidden.length} more outcomes, ${hidden.reduce((sum, row) => sum + row.count, 0)} trials (see --json)`]),
    '  where:',
    ...table.expectations.map((e) => `    ${e.id.padEnd(14)} ${e.class.padEnd(11)} ${String(e.count).padStart(countWidth)}  ${e.description}`),
  ];
}
