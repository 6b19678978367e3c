/** The deadlock lab's report for people: per scenario, the plan, the cycle caught, the outcomes, the warnings. */
import { lockOrder, type AcquireOrder } from '../../core/lock-table.ts';
import type { OpOutcome } from './outcome.ts';
import type { DeadlockLabReport, ScenarioReport } from './report.ts';

const DETECTION: Readonly<Record<DeadlockLabReport['engine'], string>> = {
  'event-loop': 'each time a waiter queues, its lock table’s wait-for graph (snapshot) is searched for a cycle; the victim’s AbortSignal ends its wait',
  workers: 'threads block in Atomics.wait; a watchdog on the main thread reads the shared wait-for graph every 1 ms, trusts a cycle seen twice, and sets the victim’s abort word',
};

/**
 * The report as lines for a terminal.
 * @param report what `runDeadlockLab` returned.
 */
export function formatDeadlockLab(report: DeadlockLabReport): string[] {
  const order = report.order === 'as-given' ? 'locks taken as given (source, then target), one at a time' : 'locks taken sorted, all at once (the fix)';
  return [
    `deadlock lab · engine ${report.engine} · seed ${report.seed} · ${order}`,
    `detection: ${DETECTION[report.engine]}`,
    ...report.scenarios.flatMap((scenario) => ['', ...scenarioLines(scenario, report.order)]),
    '',
    ...summaryLines(report),
  ];
}

function scenarioLines(scenario: ScenarioReport, order: AcquireOrder): string[] {
  const started = scenario.startOrder.map((index) => scenario.ops[index]?.label).join(', ');
  const together = order === 'as-given' ? 'each holds its first key before any asks for the next' : 'each holds its keys 0–2 ms';
  const how = scenario.schedule === 'together' ? `all at once; ${together}` : 'each after the one before has finished';
  const asks = (keys: readonly string[]): string =>
    order === 'as-given' ? `asks for ${quoted(keys).join(' then ')}` : `takes ${quoted(lockOrder(keys)).join(', ')} at once`;
  return [
    scenario.title,
    ...scenario.ops.map((op) => `  ${op.label}: transfer ${op.amount} ${op.from} → ${op.to}, ${asks(op.keys)}`),
    `  started ${started}, ${how}`,
    ...scenario.deadlocks.flatMap((deadlock) => [
      `  DEADLOCK caught${deadlock.detectMs === null ? '' : ` ${deadlock.detectMs.toFixed(2)} ms after it became certain`}: ${deadlock.text}`,
      `  victim: ${deadlock.victim}, ended with DeadlockError; what it held was released`,
    ]),
    ...(scenario.deadlocks.length === 0 && scenario.warnings.length > 0 ? ['  no deadlock in this run, but the lock-order checker warns:'] : []),
    ...scenario.warnings.map((warning) => `  checker: ${warning.text}`),
    ...scenario.outcomes.map((outcome, index) => `  ${scenario.ops[index]?.label}: ${describeOutcome(outcome)}`),
    `  balances ${Object.entries(scenario.balances).map(([account, balance]) => `${account} ${balance}`).join(', ')}${scenario.conserved ? ' (money conserved)' : ' (MONEY NOT CONSERVED)'}`,
  ];
}

function quoted(keys: readonly string[]): string[] {
  return keys.map((key) => `"${key}"`);
}

function describeOutcome(outcome: OpOutcome): string {
  const took = outcome.took.length === 0 ? 'took nothing' : `took ${quoted(outcome.took).join(' then ')}`;
  if (outcome.status === 'completed') {
    const result = outcome.result === null ? 'null (the spec’s failure value: the same account twice)' : `${outcome.result}`;
    return `completed → ${result}; ${took}`;
  }
  const wanted = outcome.wanted === null ? '' : `, waiting for "${outcome.wanted}"`;
  return `${outcome.error.name} (${took}${wanted})`;
}

function summaryLines(report: DeadlockLabReport): string[] {
  const ops = report.scenarios.flatMap((scenario) => scenario.outcomes);
  const completed = ops.filter((outcome) => outcome.status === 'completed').length;
  const totals = `${report.caught} deadlock(s) caught, ${report.warnings} lock-order warning(s), ${completed}/${ops.length} ops completed → exit code ${report.exitCode}`;
  if (report.fix) return [totals, 'sorted order: two ops on the same keys ask for them in the same order, so neither can hold what the other waits for.'];
  return [totals, 'fix: `conclab lab deadlock --fix` reruns every scenario with each op’s keys sorted and taken once: all complete.'];
}
