import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lab } from '../lab.ts';
import { formatRateLimitLab } from './format.ts';
import { runRateLimitLab, type RateLimitLabReport } from './report.ts';
import { svgTimeline } from './svg-timeline.ts';

/** Where the lab writes its SVG, from the current directory. */
export const SVG_PATH = 'reports/rate-limit.svg';

/**
 * Write the report's SVG timeline, making its folder.
 * @returns the absolute path written.
 */
export function writeRateLimitSvg(report: RateLimitLabReport, path: string = SVG_PATH): string {
  const absolute = resolve(path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, svgTimeline(report));
  return absolute;
}

/** Fail-fast vs all-sleep on one input: permits over time, makespans against theory. */
export const rateLimitLab: Lab = {
  name: 'rate-limit',
  summary: 'fail-fast vs all-sleep on one input: permit timelines, makespan vs theory, an SVG',
  engines: ['event-loop', 'workers'],
  async run({ engine, seed }) {
    // The event loop on a real clock, so the timeline shows real time; tests use the virtual one.
    const report = await runRateLimitLab({ engine, seed, clock: 'real' });
    const svg = writeRateLimitSvg(report);
    return { report: { ...report, svg }, lines: [...formatRateLimitLab(report), `SVG: ${svg}`], exitCode: 0 };
  },
};
