import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog.ts';
import { runCli } from './capture.ts';

describe('conclab command', () => {
  it('lists every system with its levels and engines', async () => {
    const { code, out } = await runCli('domains', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { name: string; levels: number[]; engines: string[] }[];
    expect(rows.map((r) => r.name)).toEqual([...catalog.keys()]);
    for (const row of rows) {
      expect(row.levels).toEqual([1, 2, 3, 4, 5, 6]);
      expect(row.engines).toContain('event-loop');
    }
    for (const name of ['bank', 'in-memory-db', 'task-queue']) expect(rows.find((r) => r.name === name)?.engines).toEqual(['event-loop', 'workers']);
  });

  it.each([...catalog.keys()])('runs %s as one JSON document, the same for the same seed', async (system) => {
    const first = await runCli('run', system, '--engine', 'event-loop', '--seed', '7', '--ops', '200', '--json');
    const second = await runCli('run', system, '--engine', 'event-loop', '--seed', '7', '--ops', '200', '--json');
    expect(first.code).toBe(0);
    expect(first.out.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(first.out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['system', 'engine', 'seed', 'ops', 'clock', 'input', 'results', 'state']);
    expect(report).toMatchObject({ system, engine: 'event-loop', seed: 7, ops: 200 });
    expect(second.out).toBe(first.out);
    const other = await runCli('run', system, '--seed', '8', '--ops', '200', '--json');
    expect(other.out).not.toBe(first.out);
  });

  it('prints a human summary without --json', async () => {
    const { code, out } = await runCli('run', 'bank', '--ops', '50');
    expect(code).toBe(0);
    expect(out).toMatch(/^Bank on event-loop, seed 1, 50 ops \(virtual clock\)/);
    expect(out).toMatch(/final state:/);
  });

  it.each([
    [['run', 'nosuch'], /unknown system 'nosuch'/],
    [['run', 'bank', '--engine', 'gpu'], /unknown engine 'gpu'/],
    [['run', 'bank', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['run', 'bank', '--seed', 'x'], /--seed must be a whole number/],
    [['run', 'bank', '--ops', '0'], /--ops must be a whole number from 1/],
    [['run'], /missing <system>/],
    [['nosuch'], /unknown command 'nosuch'/],
    [['domains', 'extra'], /unexpected argument 'extra'/],
    [['run', 'bank', '--threads', '2'], /--threads and --lock-mode are options of --engine workers/],
    [['run', 'bank', '--engine', 'workers', '--lock-mode', 'loose'], /unknown lock mode 'loose'/],
    [['run', 'bank', '--engine', 'workers', '--threads', '0'], /--threads must be a whole number from 1/],
  ])('refuses %j with one line and exit code 2', async (argv, message) => {
    const { code, out, err } = await runCli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
  });

  it.each([['--help'], ['domains', '--help'], ['run', '--help'], ['tour', '--help']])('answers %j with usage', async (...argv) => {
    const { code, out } = await runCli(...argv);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: conclab/);
  });
});

describe('conclab lab', () => {
  it('runs the state lab as one JSON document, and lists labs in its help', async () => {
    const { code, out } = await runCli('lab', 'state', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ lab: 'state' });
    expect((await runCli('lab', '--help')).out).toMatch(/state\s+PS-07/);
  });

  it('refuses an unknown lab with one line and exit code 2', async () => {
    const { code, err } = await runCli('lab', 'nosuch');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown lab 'nosuch'/);
  });
});
