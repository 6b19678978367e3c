/** The deadlock lab's run: every scenario of a seed on one engine, as one plain JSON document. */
import type { EngineName } from '../../core/engine.ts';
import type { AcquireOrder } from '../../core/lock-table.ts';
import type { LabOptions } from '../lab.ts';
import { runOnEventLoop } from './event-loop-run.ts';
import { DEADLOCK_EXIT_CODE } from './exit-code.ts';
import { startLabThreads, type LabThreads } from './lab-threads.ts';
import type { ScenarioRun } from './scenario-run.ts';
import { OPENING_BALANCE, planScenarios, type PlannedOp, type Scenario, type ScenarioName } from './scenarios.ts';
import { runOnWorkers } from './workers-run.ts';

/** One scenario's plan and run. */
export interface ScenarioReport extends ScenarioRun {
  readonly name: ScenarioName;
  readonly title: string;
  readonly ops: readonly PlannedOp[];
  readonly startOrder: readonly number[];
  readonly schedule: Scenario['schedule'];
  /** Whether this run should deadlock: a deadlocking shape, keys taken as given. */
  readonly expectsDeadlock: boolean;
  /** Money is neither made nor lost, whatever was aborted. */
  readonly conserved: boolean;
}

/** The whole lab run. */
export interface DeadlockLabReport {
  readonly lab: 'deadlock';
  readonly engine: EngineName;
  readonly seed: number;
  readonly fix: boolean;
  /** How ops took their keys: as given (the demo), or sorted (`--fix`, conclab's normal path). */
  readonly order: AcquireOrder;
  readonly scenarios: readonly ScenarioReport[];
  /** Deadlocks caught over all scenarios. */
  readonly caught: number;
  /** Lock-order warnings over all scenarios. */
  readonly warnings: number;
  /** `DEADLOCK_EXIT_CODE` when a deadlock was caught, else 0. */
  readonly exitCode: number;
}

/**
 * Run every scenario of `options.seed` on `options.engine`: as given, or sorted with `options.fix`.
 * @param threads lab threads to reuse (workers only, at least 3); started and stopped here when absent.
 * @example
 * const report = await runDeadlockLab({ engine: 'workers', seed: 7, fix: false });
 * report.exitCode; // 3: the lab caught its deadlocks
 */
export async function runDeadlockLab(options: LabOptions, threads?: LabThreads): Promise<DeadlockLabReport> {
  const order: AcquireOrder = options.fix ? 'sorted' : 'as-given';
  const scenarios = planScenarios(options.seed);
  const own = options.engine === 'workers' && threads === undefined ? startLabThreads(Math.max(...scenarios.map((s) => s.ops.length))) : undefined;
  const pool = threads ?? own;
  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of scenarios) {
      const run = pool === undefined ? await runOnEventLoop(scenario, order) : await runOnWorkers(scenario, order, pool);
      reports.push(scenarioReport(scenario, order, run));
    }
  } finally {
    await own?.close();
  }
  const caught = reports.reduce((sum, report) => sum + report.deadlocks.length, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warnings.length, 0);
  const exitCode = caught > 0 ? DEADLOCK_EXIT_CODE : 0;
  return { lab: 'deadlock', engine: options.engine, seed: options.seed, fix: options.fix, order, scenarios: reports, caught, warnings, exitCode };
}

function scenarioReport(scenario: Scenario, order: AcquireOrder, run: ScenarioRun): ScenarioReport {
  const total = Object.values(run.balances).reduce((sum, balance) => sum + balance, 0);
  return {
    name: scenario.name,
    title: scenario.title,
    ops: scenario.ops,
    startOrder: scenario.startOrder,
    schedule: scenario.schedule,
    expectsDeadlock: scenario.deadlocks && order === 'as-given',
    ...run,
    conserved: total === OPENING_BALANCE * scenario.accounts.length,
  };
}
