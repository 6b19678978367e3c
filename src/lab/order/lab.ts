import type { Lab } from '../lab.ts';
import { formatOrderLab } from './format.ts';
import { runOrderLab } from './report.ts';

/** Exit code when a FORBIDDEN outcome appeared: a pattern broke its promise. */
export const FORBIDDEN_EXIT_CODE = 1;

/** What each pattern promises about result order, as JCStress-style outcome tables. */
export const orderLab: Lab = {
  name: 'order',
  summary: 'result order: Promise.all, per-key FIFO vs plain locks, the worker pool, piscina',
  engines: ['event-loop', 'workers'],
  async run({ engine, seed }) {
    const report = await runOrderLab({ engine, seed });
    return { report, lines: formatOrderLab(report), exitCode: report.forbidden === 0 ? 0 : FORBIDDEN_EXIT_CODE };
  },
};
