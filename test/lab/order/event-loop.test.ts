import { describe, expect, it } from 'vitest';
import { formatOrderLab, runOrderLab, type OrderLabReport } from '../../../src/lab/order/index.ts';

// Virtual clocks for everything but the bare piscina pool (real threads): about a second.
describe('the order lab on the event loop', { timeout: 15_000 }, () => {
  let report: OrderLabReport;
  const experiment = (id: string) => report.experiments.find((e) => e.id === id)!;

  it('runs Promise.all, the hot key, the task pool and piscina, and finds no FORBIDDEN outcome', async () => {
    report = await runOrderLab({ engine: 'event-loop', seed: 1 });
    expect(report.experiments.map((e) => e.id)).toEqual(['promise-all', 'hot-key', 'task-pool', 'piscina']);
    for (const e of report.experiments) expect(e.table.rows.filter((row) => row.class === 'FORBIDDEN'), e.id).toEqual([]);
    expect(report.forbidden).toBe(0);
  });

  it('runs the default number of trials of each experiment', () => {
    expect(report.experiments.map((e) => e.table.trials)).toEqual([200, 200, 200, 30]);
  });

  it('shows Promise.all keeping input order while the tasks finish in several orders', () => {
    const table = experiment('promise-all').table;
    expect(table.expectations.find((e) => e.id === 'broken')!.count).toBe(0);
    // On the virtual clock the durations alone decide completion order, so this seed's spread is fixed.
    expect(table.rows.filter((row) => row.expectation === 'reordered').length).toBeGreaterThan(0);
  });

  it('sees the hot account in input order every time', () => {
    expect(experiment('hot-key').table.rows.map((row) => [row.outcome, row.count])).toEqual([['applied 0 1 2 3', 200]]);
  });

  it("gives the worker pool's one order on the virtual clock, every time", () => {
    const rows = experiment('task-pool').table.rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.expectation).toBe('reference');
  });

  it('is plain JSON data, and the same seed gives the same virtual-clock tables', async () => {
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
    const again = await runOrderLab({ engine: 'event-loop', seed: 1, trials: { piscina: 1 } });
    expect(again.experiments.slice(0, 3)).toEqual(report.experiments.slice(0, 3));
  });

  it('prints a table per experiment and the verdict', () => {
    const lines = formatOrderLab(report);
    expect(lines.filter((line) => /^\d\. /.test(line))).toHaveLength(4);
    expect(lines.at(-1)).toBe('no FORBIDDEN outcome: every promise kept');
  });
});
