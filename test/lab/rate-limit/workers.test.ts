import { describe, expect, it } from 'vitest';
import { runRateLimitLab } from '../../../src/lab/rate-limit/index.ts';

// Real threads and real 10 ms steps: well under a second when wake-ups are prompt; no time is asserted.
describe('the rate-limit lab on worker threads', { timeout: 15_000 }, () => {
  it('runs both policies, taking permits from the external steps’ own stamps', async () => {
    const report = await runRateLimitLab({ engine: 'workers', seed: 1 });
    expect(report.clock).toBe('real');
    const valid = report.input.items - report.input.invalid.length;
    const [failFast, allSleep] = report.runs;
    expect(failFast.spans).toHaveLength(valid);
    expect(failFast.spans.every((span) => span.valid)).toBe(true);
    expect(allSleep.spans).toHaveLength(report.input.items);
    expect([failFast.sent, allSleep.sent]).toEqual([valid, valid]);
    for (const run of report.runs) expect(run.spanSource).toBe('external-step');
  });
});
