import type { Lab } from '../lab.ts';
import { formatStateLab } from './format.ts';
import { runStateLab } from './report.ts';

/** PS-07's L4 state bugs as a lab: the same on every engine (it runs no batch). */
export const stateLab: Lab = {
  name: 'state',
  summary: "PS-07's five L4 state bugs, each buggy vs correct on the same trace",
  engines: ['event-loop', 'workers'],
  async run() {
    const report = runStateLab();
    return { report, lines: formatStateLab(report), exitCode: 0 };
  },
};
