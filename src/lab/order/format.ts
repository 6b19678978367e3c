import { formatOutcomeTable } from '../outcome-table.ts';
import type { OrderLabReport } from './report.ts';

/**
 * The order lab for a person: one outcome table per experiment, then the verdict.
 * @returns lines without trailing newlines.
 */
export function formatOrderLab(report: OrderLabReport): string[] {
  return [
    `order lab — engine ${report.engine}, seed ${report.seed}`,
    ...report.experiments.flatMap((experiment, index) => {
      const [title, ...table] = formatOutcomeTable(experiment.table);
      return ['', `${index + 1}. ${title} · ${experiment.where}`, `   promise: ${experiment.promise}`, ...table.map((line) => ` ${line}`)];
    }),
    '',
    report.forbidden === 0 ? 'no FORBIDDEN outcome: every promise kept' : `${report.forbidden} FORBIDDEN trial(s): a promise was broken (a bug)`,
  ];
}
