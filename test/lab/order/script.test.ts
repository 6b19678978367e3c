import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `labs/order.ts` in its own Node process, as `npx tsx labs/order.ts` starts it. */
async function lab(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'labs/order.ts', ...args], { cwd: root });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('labs/order.ts', { timeout: 15_000 }, () => {
  it('prints one JSON document with --json and exits 0 on the event loop', async () => {
    const { code, stdout } = await lab('--json', '--seed', '2');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { lab: string; seed: number; forbidden: number; experiments: unknown[] };
    expect(report).toMatchObject({ lab: 'order', seed: 2, forbidden: 0 });
    expect(report.experiments).toHaveLength(4);
  });

  it('prints the outcome tables without --json', async () => {
    const { code, stdout } = await lab();
    expect(code).toBe(0);
    expect(stdout).toContain('ACCEPTABLE');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('no FORBIDDEN outcome: every promise kept');
  });
});
