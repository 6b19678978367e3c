/** How benchmark numbers are written for people (tables, notes, the HTML page). */
import type { ParamValue } from './row.ts';

/** A duration: µs below a millisecond, s from ten seconds. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 10_000) return `${ms < 100 ? ms.toFixed(2) : ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A rate per second, with k/M suffixes. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '—';
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toPrecision(3)}M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toPrecision(3)}k/s`;
  return `${perSecond.toPrecision(3)}/s`;
}

/** A ratio as a multiplier: `×1.04`. */
export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? '—' : `×${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}`;
}

/** A percentage margin of error: `±3.1%`. */
export function formatRme(rme: number): string {
  return Number.isFinite(rme) ? `±${rme.toFixed(1)}%` : '—';
}

/** A plain number with `digits` decimals, or a dash when missing. */
export function formatNumber(value: number | undefined, digits = 2): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

/** Parameters as `N=4 p=0.5`. */
export function formatParams(params: Readonly<Record<string, ParamValue>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}
