import { describe, expect, it } from 'vitest';
import { buildInput, formatRateLimitLab, runRateLimitLab, svgTimeline, textTimeline, theoryOf } from '../../../src/lab/rate-limit/index.ts';
import { allElements, parseXml } from './xml.ts';

describe('the rate-limit input and theory', () => {
  it('makes exactly round(M · share) items invalid, where the seed says', () => {
    const input = buildInput(5, { items: 12, permits: 3, stepMs: 10, invalidShare: 1 / 3 });
    expect(input.items.filter((item) => !item.valid)).toHaveLength(4);
    expect(buildInput(5)).toEqual(input);
    expect(input.items.map((item) => item.id)).toEqual([...Array(12).keys()]);
  });

  it('gives ceil(valid/N)·d for fail-fast and ceil(M/N)·d for all-sleep', () => {
    const input = buildInput(1, { items: 10, permits: 4, stepMs: 7, invalidShare: 0.3 });
    expect(theoryOf('fail-fast', input).ms).toBe(2 * 7);
    expect(theoryOf('all-sleep', input).ms).toBe(3 * 7);
  });
});

describe.each([1, 2, 3, 42])('the rate-limit lab on the virtual clock (seed %i)', (seed) => {
  it('hits the theory exactly for both policies, with the permits it should take', async () => {
    const report = await runRateLimitLab({ engine: 'event-loop', clock: 'virtual', seed });
    const valid = report.input.items - report.input.invalid.length;
    const [failFast, allSleep] = report.runs;
    expect(failFast.makespanMs).toBe(failFast.theory.ms);
    expect(allSleep.makespanMs).toBe(allSleep.theory.ms);
    expect([failFast.ratio, allSleep.ratio]).toEqual([1, 1]);
    // Fail-fast: only valid items hold a permit; all-sleep: every item does.
    expect(failFast.spans.every((s) => s.valid)).toBe(true);
    expect(failFast.spans).toHaveLength(valid);
    expect(allSleep.spans).toHaveLength(report.input.items);
    for (const run of report.runs) {
      expect(run.peak).toBe(report.input.permits);
      expect(run.slots).toBe(report.input.permits);
      expect(run.spanSource).toBe('tracer');
      expect(run.spans.every((s) => s.end - s.start === report.input.stepMs)).toBe(true);
    }
    expect([failFast.sent, failFast.rejected, allSleep.sent, allSleep.rejected]).toEqual([valid, report.input.invalid.length, valid, report.input.invalid.length]);
  });

  it('draws a well-formed SVG: one <svg> root, one bar per permit held', async () => {
    const report = await runRateLimitLab({ engine: 'event-loop', clock: 'virtual', seed });
    const svg = svgTimeline(report);
    expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const bars = allElements(root).filter((e) => e.name === 'rect' && e.attributes.class?.split(' ').includes('bar'));
    const valid = report.input.items - report.input.invalid.length;
    expect(bars).toHaveLength(valid + report.input.items);
    expect(bars.filter((bar) => bar.attributes.class?.includes('invalid'))).toHaveLength(report.input.invalid.length);
    const panels = allElements(root).filter((e) => e.name === 'g' && e.attributes.class === 'panel');
    expect(panels.map((panel) => panel.attributes['data-policy'])).toEqual(['fail-fast', 'all-sleep']);
    for (const panel of panels) expect(panel.children.filter((e) => e.attributes.class === 'theory')).toHaveLength(1);
  });
});

describe('the rate-limit lab printed', () => {
  it('draws one row per permit slot, all as wide, and a table of makespan against theory', async () => {
    const report = await runRateLimitLab({ engine: 'event-loop', clock: 'virtual', seed: 1 });
    const rows = textTimeline(report).filter((line) => line.startsWith('  permit'));
    expect(rows).toHaveLength(2 * report.input.permits);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    const lines = formatRateLimitLab(report);
    expect(lines.find((line) => line.trimStart().startsWith('fail-fast') && line.includes('ceil(valid/N)'))).toContain('×1.00');
    expect(lines.find((line) => line.trimStart().startsWith('all-sleep') && line.includes('ceil(M/N)'))).toContain('×1.00');
  });

  it('is plain JSON data', async () => {
    const report = await runRateLimitLab({ engine: 'event-loop', clock: 'virtual', seed: 1 });
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });
});
