import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../src/core/tracer.ts';
import { assignSlots, intervalsFromSteps, intervalsFromTrace, peakHeld } from '../../../src/lab/rate-limit/index.ts';

const valid = (item: number): boolean => item !== 1;

describe('permit spans', () => {
  it('pairs each permit-acquired with its owner’s permit-released, from the call’s start', () => {
    const events: TraceEvent[] = [
      { kind: 'permit-acquired', at: 100, owner: 'item 0', semaphore: 7 },
      { kind: 'permit-wait', at: 100, owner: 'item 1', semaphore: 7 },
      { kind: 'permit-released', at: 110, owner: 'item 0', semaphore: 7 },
      { kind: 'permit-acquired', at: 110, owner: 'item 1', semaphore: 7 },
      { kind: 'permit-released', at: 120, owner: 'item 1', semaphore: 7 },
    ];
    expect(intervalsFromTrace(events, 100, valid)).toEqual([
      { item: 0, valid: true, start: 0, end: 10 },
      { item: 1, valid: false, start: 10, end: 20 },
    ]);
  });

  it('takes the external step’s own stamps where the tracer saw nothing', () => {
    const results = [{ status: 'sent', step: { start: 1005, end: 1015 } }, { status: 'rejected', step: null }] as const;
    expect(intervalsFromSteps(results, 1000, valid)).toEqual([{ item: 0, valid: true, start: 5, end: 15 }]);
  });

  it('puts each span on the lowest free slot; a span may start as another ends', () => {
    const spans = assignSlots([
      { item: 2, valid: true, start: 10, end: 20 },
      { item: 0, valid: true, start: 0, end: 10 },
      { item: 1, valid: true, start: 0, end: 10 },
      { item: 3, valid: true, start: 10, end: 20 },
    ]);
    expect(spans.map((s) => [s.item, s.slot])).toEqual([[0, 0], [1, 1], [2, 0], [3, 1]]);
    expect(peakHeld(spans)).toBe(2);
  });
});
