import { describe, expect, it } from 'vitest';
import { runBugDemo, type BugDemo, type BugDemoReport } from '../../../src/lab/state/bug-demo.ts';
import { backupReferenceDemo } from '../../../src/lab/state/bugs/backup-reference.ts';
import { MiniTtlStore } from '../../../src/lab/state/bugs/mini-ttl-store.ts';
import { noneTtlDemo } from '../../../src/lab/state/bugs/none-ttl.ts';
import { readAfterDeleteDemo } from '../../../src/lab/state/bugs/read-after-delete.ts';
import { rollbackConditionDemo } from '../../../src/lab/state/bugs/rollback-condition.ts';
import { ttlAsStringDemo } from '../../../src/lab/state/bugs/ttl-as-string.ts';
import { playTrace } from '../../../src/lab/state/trace.ts';
import { TtlStore } from '../../../src/lab/state/ttl-store.ts';

/** Run a demo and check the verdict every demo must reach: buggy misses `expected`, correct meets it. */
function shown<I extends object>(demo: BugDemo<I>): BugDemoReport {
  const report = runBugDemo(demo);
  expect(report.buggy.matchesExpected).toBe(false);
  expect(report.correct.matchesExpected).toBe(true);
  expect(report.correct.outcome).toEqual({ kind: 'value', value: demo.expected });
  expect(report.bugShown).toBe(true);
  return report;
}

describe('PS-07 bug patterns, buggy vs correct on the same trace', () => {
  it('condition logic: `<` removes the old files and keeps the new one, without throwing', () => {
    const report = shown(rollbackConditionDemo);
    expect(report.buggy.outcome).toEqual({ kind: 'value', value: ['edge.txt', 'new.txt'] });
  });

  it('control flow: reading a file after deleting it throws a TypeError in JS (a KeyError in Python)', () => {
    const report = shown(readAfterDeleteDemo);
    expect(report.buggy.outcome).toMatchObject({ kind: 'error', name: 'TypeError' });
    expect(report.buggy.outcome.kind === 'error' && report.buggy.outcome.message).toMatch(/undefined.*'ttl'/);
  });

  it('deep copy: a backup by reference brings back the change made after it', () => {
    const report = shown(backupReferenceDemo);
    expect(report.buggy.outcome).toEqual({ kind: 'value', value: ['apple', 'pear'] });
  });

  it('TTL recalculation: a string TTL concatenates to expiry "480420" and keeps the item alive', () => {
    const report = shown(ttlAsStringDemo);
    expect(report.buggy.outcome).toEqual({ kind: 'value', value: { value: 'v', expiry: '480420', alive: true } });
  });

  it('None checks: null − 180 is −180 in JS, so the permanent item silently vanishes from the backup', () => {
    const report = shown(noneTtlDemo);
    expect(report.buggy.outcome).toEqual({ kind: 'value', value: ['temp'] });
  });

  it('gives each variant a fresh instance: running a demo twice gives the same report', () => {
    expect(runBugDemo(backupReferenceDemo)).toEqual(runBugDemo(backupReferenceDemo));
  });

  it("agrees with the exercise library: the correct mini store and TtlStore end in the same state on PS-07's example", () => {
    const mini = new MiniTtlStore();
    playTrace(mini, ttlAsStringDemo.scenario.slice(0, 3));
    const store = new TtlStore<string>();
    store.set(0, 'temp', 'v', 600);
    store.backup(180, 'snap1');
    store.restore(480, 'snap1');
    expect(store.data).toEqual(mini.data);
  });
});
