import type { TraceEvent } from '../../core/tracer.ts';
import type { LabItemResult } from './lab-item.ts';

/** One permit held: by which item, from when to when (ms from the call's start), on which row. */
export interface PermitSpan {
  readonly item: number;
  readonly valid: boolean;
  readonly start: number;
  readonly end: number;
  /** The permit slot it is drawn on (0-based): the lowest slot free when it started. */
  readonly slot: number;
}

/** A span before it is given a slot. */
export type Interval = Omit<PermitSpan, 'slot'>;

const OWNER = /^item (\d+)$/;

/**
 * Permit holds from the tracer: each `permit-acquired` paired with the same owner's `permit-released`.
 * The core's runner names item `i`'s permit owner `item i`.
 * @param origin - the engine clock's time when the call started.
 * @param valid - whether item `i` is valid.
 */
export function intervalsFromTrace(events: readonly TraceEvent[], origin: number, valid: (item: number) => boolean): Interval[] {
  const open = new Map<string, number>();
  const intervals: Interval[] = [];
  for (const event of events) {
    if (event.kind === 'permit-acquired') open.set(event.owner, event.at);
    if (event.kind !== 'permit-released') continue;
    const start = open.get(event.owner);
    const item = Number(OWNER.exec(event.owner)?.[1] ?? Number.NaN);
    if (start === undefined || Number.isNaN(item)) continue;
    open.delete(event.owner);
    intervals.push({ item, valid: valid(item), start: start - origin, end: event.at - origin });
  }
  return intervals;
}

/**
 * Permit holds from the items' own stamps of their external steps, for engines whose tracer does not
 * see other threads. A step runs inside its permit, so each span is a slightly shorter hold.
 * @param origin - wall-clock ms when the call started.
 */
export function intervalsFromSteps(results: readonly LabItemResult[], origin: number, valid: (item: number) => boolean): Interval[] {
  return results.flatMap((result, item) => (result.step === null ? [] : [{ item, valid: valid(item), start: result.step.start - origin, end: result.step.end - origin }]));
}

/**
 * Give each span a row: in order of start, the lowest slot whose last span has ended (a span may start
 * the instant the previous one ends, as a permit passes on). More rows than permits means holds
 * overlapped beyond the semaphore, which the picture then shows.
 */
export function assignSlots(intervals: readonly Interval[]): PermitSpan[] {
  const ends: number[] = [];
  return [...intervals]
    .sort((a, b) => a.start - b.start || a.item - b.item)
    .map((interval) => {
      let slot = ends.findIndex((end) => end <= interval.start);
      if (slot === -1) slot = ends.length;
      ends[slot] = interval.end;
      return { ...interval, slot };
    });
}

/** The most spans open at once (a span ending as another starts does not overlap it). */
export function peakHeld(spans: readonly Interval[]): number {
  const edges = spans.flatMap((s) => [[s.start, 1] as const, [s.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let held = 0;
  let peak = 0;
  for (const [, change] of edges) peak = Math.max(peak, (held += change));
  return peak;
}
