import { describe, expect, it } from 'vitest';
import { DEADLOCK_EXIT_CODE, deadlockLab, formatDeadlockLab, runDeadlockLab } from '../../../src/lab/deadlock/index.ts';
import { runLabScript } from '../lab-script.ts';

const lab = (...args: string[]) => runLabScript('deadlock', ...args);

describe('the deadlock lab', () => {
  it('exits with DEADLOCK_EXIT_CODE (3) when it caught a deadlock, and 0 with --fix', async () => {
    expect(DEADLOCK_EXIT_CODE).toBe(3);
    expect((await deadlockLab.run({ engine: 'event-loop', seed: 1, fix: false })).exitCode).toBe(3);
    expect((await deadlockLab.run({ engine: 'event-loop', seed: 1, fix: true })).exitCode).toBe(0);
  });

  it('runs on both engines', () => {
    expect(deadlockLab.engines).toEqual(['event-loop', 'workers']);
  });

  it('is plain JSON data: it survives a JSON round trip unchanged', async () => {
    const report = await runDeadlockLab({ engine: 'event-loop', seed: 9, fix: false });
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });

  it('names each cycle, its victim and the time to detect, and the checker’s warning on the near miss', async () => {
    const report = await runDeadlockLab({ engine: 'event-loop', seed: 2, fix: false });
    const lines = formatDeadlockLab(report);
    const twoCycle = report.scenarios[0]!;
    const [op0, op1] = twoCycle.ops;
    expect(lines).toContain(`  victim: ${twoCycle.deadlocks[0]!.victim}, ended with DeadlockError; what it held was released`);
    const caught = lines.find((line) => line.startsWith('  DEADLOCK caught'))!;
    expect(caught).toMatch(/^ {2}DEADLOCK caught \d+\.\d\d ms after it became certain: /);
    expect(caught).toContain(`op 0 holds "${op0!.from}", waits for "${op0!.to}"; op 1 holds "${op1!.from}", waits for "${op1!.to}"`);
    const nearMiss = lines.indexOf('(d) opposite transfers, one after the other: no deadlock this time');
    expect(lines.slice(nearMiss)).toContain('  no deadlock in this run, but the lock-order checker warns:');
    expect(lines.at(-2)).toBe('3 deadlock(s) caught, 4 lock-order warning(s), 6/9 ops completed → exit code 3');
  });

  // Needs the lab in src/lab/registry.ts, as every labs/<name>.ts does.
  it('labs/deadlock.ts exits with 3 and prints one JSON document with --json', async () => {
    const { code, stdout } = await lab('--seed', '4', '--json');
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({ lab: 'deadlock', engine: 'event-loop', seed: 4, caught: 3, exitCode: 3 });
  });

  it('labs/deadlock.ts --engine workers --fix completes every op and exits with 0', async () => {
    const { code, stdout } = await lab('--engine', 'workers', '--fix');
    expect(code).toBe(0);
    expect(stdout).toContain('0 deadlock(s) caught, 0 lock-order warning(s), 9/9 ops completed → exit code 0');
  });
});
