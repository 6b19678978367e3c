import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runNode, type ProcessResult } from './node-process.ts';

const bin = fileURLToPath(new URL('../../src/conclab.mjs', import.meta.url));

/** The package's real `bin`, as `npx conclab` starts it: a separate Node process. */
function conclab(...args: string[]): Promise<ProcessResult> {
  return runNode([bin, ...args]);
}

describe('conclab bin', () => {
  it('prints the same single JSON document for bank seed 1, 1000 ops, twice', async () => {
    const args = ['run', 'bank', '--engine', 'event-loop', '--seed', '1', '--ops', '1000', '--json'];
    const [first, second] = await Promise.all([conclab(...args), conclab(...args)]);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { results: unknown[] };
    expect(report.results).toHaveLength(1000);
    expect(second.stdout).toBe(first.stdout);
  });

  it('gives the same results and final state on worker threads as on the event loop', async () => {
    const args = ['run', 'bank', '--seed', '3', '--ops', '2000', '--json'];
    const [loop, threads] = await Promise.all([conclab(...args, '--engine', 'event-loop'), conclab(...args, '--engine', 'workers', '--threads', '2')]);
    const [expected, actual] = [JSON.parse(loop.stdout), JSON.parse(threads.stdout)] as { engine: string; results: unknown; state: unknown }[];
    expect(actual!.engine).toBe('workers');
    expect(Object.keys(actual!)).toEqual(Object.keys(expected!));
    expect(actual!.results).toEqual(expected!.results);
    expect(actual!.state).toEqual(expected!.state);
  });

  it('exits with code 2 and one line on an unknown engine', async () => {
    const { code, stdout, stderr } = await conclab('run', 'bank', '--engine', 'nope');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(["conclab: unknown engine 'nope' (expected one of: event-loop, workers)"]);
  });
});
