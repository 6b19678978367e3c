import { describe, expect, it } from 'vitest';
import { runLabScript } from '../lab-script.ts';

const lab = (...args: string[]) => runLabScript('order', ...args);

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
