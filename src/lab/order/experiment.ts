import type { OutcomeTable } from '../outcome-table.ts';

/** One experiment of the order lab, run and tallied: plain JSON data. */
export interface OrderExperiment {
  /** `promise-all`, `hot-key`, `task-pool` or `piscina`. */
  readonly id: string;
  /** Where it ran: engine, clock, threads, lock mode. */
  readonly where: string;
  /** What the pattern promises about order, one sentence. */
  readonly promise: string;
  readonly table: OutcomeTable;
}
