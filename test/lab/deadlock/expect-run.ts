/** What every run of a scenario must show, on either engine: the assertions the engine suites share. */
import { expect } from 'vitest';
import type { ScenarioReport } from '../../../src/lab/deadlock/index.ts';

/** As given: a deadlocking scenario is caught once, its victim alone fails with DeadlockError; the rest complete. */
export function expectCaught(report: ScenarioReport): void {
  expect(report.deadlocks, report.name).toHaveLength(1);
  const [deadlock] = report.deadlocks;
  const failed = report.outcomes.flatMap((outcome, index) => (outcome.status === 'failed' ? [{ outcome, label: report.ops[index]!.label }] : []));
  expect(failed.map(({ label }) => label)).toEqual([deadlock!.victim]);
  expect(failed[0]!.outcome).toMatchObject({ error: { name: 'DeadlockError', code: 'ERR_CONCLAB_DEADLOCK' } });
  expect(deadlock!.cycle.at(-1)!.owner).toBe(deadlock!.victim);
  expect(report.conserved).toBe(true);
}

/** The cycle the scenario's shape makes: each op holds its first key and waits for its second. */
export function expectCycleOfShape(report: ScenarioReport): void {
  const [deadlock] = report.deadlocks;
  const links = [...deadlock!.cycle].sort((a, b) => a.owner.localeCompare(b.owner));
  const cyclic = report.ops.filter((op) => links.some((link) => link.owner === op.label));
  expect(links).toEqual(cyclic.map((op) => ({ owner: op.label, holds: [op.keys[0]], waitsFor: op.keys[1] })));
  expect(links).toHaveLength(report.name === 'same-key-twice' ? 1 : report.ops.length);
}

/** A run that must not deadlock: nothing caught, every op completed, money conserved. */
export function expectClean(report: ScenarioReport): void {
  expect(report.deadlocks, report.name).toEqual([]);
  expect(report.outcomes.every((outcome) => outcome.status === 'completed'), report.name).toBe(true);
  expect(report.conserved).toBe(true);
}

/** Every run, as given: each deadlocking shape caught, the near miss clean but warned about. */
export function expectAsGivenRun(scenarios: readonly ScenarioReport[]): void {
  for (const report of scenarios) {
    if (report.expectsDeadlock) {
      expectCaught(report);
      expectCycleOfShape(report);
    } else {
      expectClean(report);
    }
    // The checker sees the disagreeing orders in every scenario, the near miss included.
    expect(report.warnings, report.name).toHaveLength(1);
  }
}

/** Every run, sorted: no deadlock, no warning, every op completed; the same-key pair gets the failure value. */
export function expectSortedRun(scenarios: readonly ScenarioReport[]): void {
  for (const report of scenarios) {
    expectClean(report);
    expect(report.warnings, report.name).toEqual([]);
  }
  const selfPair = scenarios.find((report) => report.name === 'same-key-twice')!;
  expect(selfPair.outcomes[0]).toMatchObject({ status: 'completed', result: null, took: [selfPair.ops[0]!.from] });
}
