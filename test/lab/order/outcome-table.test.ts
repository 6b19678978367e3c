import { describe, expect, it } from 'vitest';
import { buildOutcomeTable, formatOutcomeTable, type Expectation } from '../../../src/lab/outcome-table.ts';

const expectations: Expectation[] = [
  { id: 'ok', class: 'ACCEPTABLE', description: 'as promised' },
  { id: 'odd', class: 'INTERESTING', description: 'allowed, worth seeing' },
  { id: 'bug', class: 'FORBIDDEN', description: 'a broken promise' },
];

describe('outcome tables', () => {
  it('tallies each distinct outcome, most frequent first, with its class', () => {
    const table = buildOutcomeTable('t', expectations, [
      { outcome: 'b', expectation: 'odd' },
      { outcome: 'a', expectation: 'ok' },
      { outcome: 'a', expectation: 'ok' },
      { outcome: 'c', expectation: 'odd' },
    ]);
    expect(table.trials).toBe(4);
    expect(table.rows).toEqual([
      { outcome: 'a', count: 2, class: 'ACCEPTABLE', expectation: 'ok' },
      { outcome: 'b', count: 1, class: 'INTERESTING', expectation: 'odd' },
      { outcome: 'c', count: 1, class: 'INTERESTING', expectation: 'odd' },
    ]);
    expect(table.expectations.map((e) => [e.id, e.count])).toEqual([['ok', 2], ['odd', 2], ['bug', 0]]);
    expect(table.forbidden).toBe(0);
  });

  it('counts FORBIDDEN trials', () => {
    const table = buildOutcomeTable('t', expectations, [{ outcome: 'x', expectation: 'bug' }, { outcome: 'x', expectation: 'bug' }]);
    expect(table.forbidden).toBe(2);
  });

  it('refuses an observation under an undeclared expectation, and repeated ids', () => {
    expect(() => buildOutcomeTable('t', expectations, [{ outcome: 'x', expectation: 'nope' }])).toThrow(RangeError);
    expect(() => buildOutcomeTable('t', [...expectations, expectations[0]!], [])).toThrow(RangeError);
  });

  it('is plain JSON data', () => {
    const table = buildOutcomeTable('t', expectations, [{ outcome: 'a', expectation: 'ok' }]);
    expect(JSON.parse(JSON.stringify(table))).toStrictEqual(table);
  });

  it('prints every expectation, even unseen ones, and never folds away a FORBIDDEN row', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ outcome: `o${String(i).padStart(2, '0')}`, expectation: 'odd' }));
    const lines = formatOutcomeTable(buildOutcomeTable('title', expectations, [...many, ...many, { outcome: 'rare bug', expectation: 'bug' }]));
    expect(lines[0]).toBe('title — 61 trials');
    expect(lines.some((line) => line.includes('rare bug') && line.includes('FORBIDDEN'))).toBe(true);
    expect(lines.some((line) => line.includes('… 18 more outcomes, 36 trials'))).toBe(true);
    expect(lines.filter((line) => /^ {4}(ok|odd|bug) /.test(line))).toHaveLength(3);
  });
});
