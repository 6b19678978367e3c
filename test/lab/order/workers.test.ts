import { describe, expect, it } from 'vitest';
import { runOrderLab, type OrderLabReport } from '../../../src/lab/order/index.ts';

// Real threads: fewer trials than the lab's defaults, still a few seconds.
describe('the order lab on worker threads', { timeout: 15_000 }, () => {
  let report: OrderLabReport;
  const where = (text: string) => report.experiments.find((e) => e.where.includes(text) && e.id === 'hot-key')!;

  it('runs the hot key under fifo and plain locks and the pool on threads', async () => {
    report = await runOrderLab({ engine: 'workers', seed: 3, threads: 2, trials: { hotKey: 15, taskPool: 6, piscina: 6 } });
    expect(report.experiments.map((e) => e.id)).toEqual(['promise-all', 'hot-key', 'hot-key', 'task-pool', 'piscina']);
  });

  it('never shows a FORBIDDEN outcome under fifo locks', () => {
    const fifo = where('fifo locks').table;
    expect(fifo.forbidden).toBe(0);
    expect(fifo.rows.map((row) => row.outcome)).toEqual(['applied 0 1 2 3']);
  });

  it('never shows a FORBIDDEN outcome in the pool, Promise.all or piscina', () => {
    for (const id of ['promise-all', 'task-pool', 'piscina']) expect(report.experiments.find((e) => e.id === id)!.table.forbidden, id).toBe(0);
  });

  it('counts a reordering under plain locks as INTERESTING, not FORBIDDEN (whether one appears is up to the threads)', () => {
    const plain = where('plain locks').table;
    expect(plain.trials).toBe(15);
    expect(plain.expectations.find((e) => e.id === 'reordered')!.class).toBe('INTERESTING');
    expect(plain.expectations.find((e) => e.id === 'lost-update')!.class).toBe('FORBIDDEN');
  });
});
