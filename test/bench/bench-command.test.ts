import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBench } from '../../src/bench/run-bench.ts';
import { runCli } from '../cli/capture.ts';
import { fakeRateSuite } from './fake-suites.ts';

/** An io that keeps what is printed. */
function capture() {
  const printed = { out: '', err: '' };
  return { printed, io: { out: (t: string) => void (printed.out += `${t}\n`), err: (t: string) => void (printed.err += `${t}\n`) } };
}

describe('conclab bench', () => {
  test('--help lists every suite', async () => {
    const { code, out } = await runCli('bench', '--help');
    expect(code).toBe(0);
    for (const name of ['pair-locks', 'fail-fast-vs-all-sleep', 'worker-pool-order', 'engines', 'peers']) expect(out).toContain(name);
  });

  test('an unknown suite is one line on stderr and exit code 2', async () => {
    const { code, err, out } = await runCli('bench', 'no-such-suite');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/unknown suite 'no-such-suite'/);
  });

  test('--quick and --smoke together are refused: one line on stderr, exit code 2, nothing run', async () => {
    const { code, err, out } = await runCli('bench', '--quick', '--smoke', 'engines');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/--quick and --smoke/);
  });

  test('--help describes --smoke', async () => {
    const { out } = await runCli('bench', '--help');
    expect(out).toMatch(/--smoke\s+every suite at its smallest/);
  });

  test('a session prints tables on stdout and progress on stderr, and writes both reports', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'conclab-bench-'));
    try {
      const { printed, io } = capture();
      await runBench([fakeRateSuite], { size: 'quick', json: false, out: directory }, io);
      expect(printed.out).toMatch(/fake-rates: does the fake meet its theory\?/);
      expect(printed.out).toMatch(/vs baseline/);
      expect(printed.err).toMatch(/fake-rates: started/);
      expect(JSON.parse(await readFile(join(directory, 'bench.json'), 'utf8')).rows).toHaveLength(6);
      expect(await readFile(join(directory, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  test('--json prints one JSON document of the rows and nothing else on stdout', async () => {
    const { printed, io } = capture();
    await runBench([fakeRateSuite], { size: 'quick', json: true }, io);
    const document = JSON.parse(printed.out) as { rows: { suite: string }[]; size: string };
    expect(document.rows).toHaveLength(6);
    expect(document.rows.every((r) => r.suite === 'fake-rates')).toBe(true);
    expect(document.size).toBe('quick');
  });
});
