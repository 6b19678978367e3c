import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLabScript } from '../lab-script.ts';
import { parseXml } from './xml.ts';

describe('labs/rate-limit.ts', { timeout: 15_000 }, () => {
  it('prints one JSON document with --json, and writes the SVG it names', async () => {
    const { stdout } = await runLabScript('rate-limit', '--json', '--seed', '4');
    const report = JSON.parse(stdout) as { lab: string; engine: string; clock: string; seed: number; svg: string; runs: unknown[] };
    expect(report).toMatchObject({ lab: 'rate-limit', engine: 'event-loop', clock: 'real', seed: 4 });
    expect(report.runs).toHaveLength(2);
    expect(report.svg.endsWith('reports/rate-limit.svg')).toBe(true);
    expect(parseXml(readFileSync(report.svg, 'utf8')).name).toBe('svg');
  });
});
