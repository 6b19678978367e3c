import { describe, expect, it } from 'vitest';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { boundScheduler, permitOwners } from './helpers.ts';

/** evt_1@100, evt_2@5000, evt_3@100 on a bound scheduler. */
function derivedBoard() {
  const bound = boundScheduler();
  bound.scheduler.scheduleEvent(0, 'evt_1', 100);
  bound.scheduler.scheduleEvent(0, 'evt_2', 5000);
  bound.scheduler.scheduleEvent(0, 'evt_3', 100);
  return bound;
}

/** A callback that takes 10 virtual ms and raises "timeout" for evt_3, recording whom it was called for. */
function timeoutCallback(clock: VirtualClock, calls: string[] = []) {
  return async (eventId: string): Promise<string> => {
    calls.push(eventId);
    await clock.sleep(10);
    if (eventId === 'evt_3') throw new Error('timeout');
    return 'ok';
  };
}

describe('EventScheduler L6: dispatchEvents (fail-fast + external call)', () => {
  it('runs the manual example: dispatched, skipped, error', async () => {
    const { scheduler, clock } = derivedBoard();
    const results = await scheduler.dispatchEvents(200, ['evt_1', 'evt_2', 'evt_3'], timeoutCallback(clock), 2);
    expect(results).toEqual(['dispatched:evt_1', 'skipped:evt_2', 'error:evt_3:timeout']);
  });

  it('runs the derived example with a missing id, and leaves the failed event EXECUTED', async () => {
    const { scheduler, clock } = derivedBoard();
    const results = await scheduler.dispatchEvents(200, ['evt_1', 'evt_2', 'evt_3', 'zz'], timeoutCallback(clock), 2);
    expect(results).toEqual(['dispatched:evt_1', 'skipped:evt_2', 'error:evt_3:timeout', 'skipped:zz']);
    expect(scheduler.listEvents(200, 'id')).toBe('evt_1(DISPATCHED), evt_2(SCHEDULED), evt_3(EXECUTED)');
  });

  it('never gives a skipped id a permit or a callback', async () => {
    const { scheduler, clock, tracer } = derivedBoard();
    const calls: string[] = [];
    await scheduler.dispatchEvents(200, ['zz', 'evt_1', 'evt_2', 'evt_3'], timeoutCallback(clock, calls), 1);
    expect(permitOwners(tracer)).toEqual(['item 1', 'item 3']);
    expect(calls).toEqual(['evt_1', 'evt_3']);
  });

  it('takes ceil(valid / maxConcurrent) × the callback time', async () => {
    const { scheduler, clock } = derivedBoard();
    scheduler.scheduleEvent(0, 'evt_4', 50);
    scheduler.scheduleEvent(0, 'evt_5', 60);
    const start = clock.now();
    await scheduler.dispatchEvents(200, ['evt_1', 'evt_2', 'evt_3', 'zz', 'evt_4', 'evt_5'], timeoutCallback(clock), 2);
    expect(clock.now() - start).toBe(Math.ceil(4 / 2) * 10);
  });

  it('returns at once when nothing qualifies', async () => {
    const { scheduler, clock, tracer } = derivedBoard();
    const results = await scheduler.dispatchEvents(50, ['evt_1', 'evt_3', 'zz'], timeoutCallback(clock), 1);
    expect(results).toEqual(['skipped:evt_1', 'skipped:evt_3', 'skipped:zz']);
    expect(clock.now()).toBe(0);
    expect(permitOwners(tracer)).toEqual([]);
  });

  it('skips an event already DISPATCHED: it is final', async () => {
    const { scheduler, clock } = derivedBoard();
    await scheduler.dispatchEvents(200, ['evt_1'], timeoutCallback(clock), 1);
    expect(await scheduler.dispatchEvents(300, ['evt_1'], timeoutCallback(clock), 1)).toEqual(['skipped:evt_1']);
  });

  it('lets a failed event be dispatched again by a later call', async () => {
    const { scheduler, clock } = derivedBoard();
    await scheduler.dispatchEvents(200, ['evt_3'], timeoutCallback(clock), 1);
    expect(await scheduler.dispatchEvents(300, ['evt_3'], async () => undefined, 1)).toEqual(['dispatched:evt_3']);
  });

  it('always skips a recurring event: it never rests in EXECUTED', async () => {
    const { scheduler, clock } = boundScheduler();
    scheduler.scheduleRecurring(0, 'rec', 10, 10);
    expect(await scheduler.dispatchEvents(15, ['rec'], timeoutCallback(clock), 1)).toEqual(['skipped:rec']);
  });

  it('reports a non-Error rejection by its string', async () => {
    const { scheduler } = derivedBoard();
    const results = await scheduler.dispatchEvents(200, ['evt_1'], () => Promise.reject('link down'), 1);
    expect(results).toEqual(['error:evt_1:link down']);
  });

  it('turns a callback that throws synchronously into an error entry', async () => {
    const { scheduler } = derivedBoard();
    const throwing = (): Promise<unknown> => {
      throw new Error('boom');
    };
    expect(await scheduler.dispatchEvents(200, ['evt_1', 'evt_3'], throwing, 2)).toEqual(['error:evt_1:boom', 'error:evt_3:boom']);
  });

  it('calls out under the permit only, never holding the event lock', async () => {
    const { scheduler, clock } = derivedBoard();
    const held: (string | undefined)[] = [];
    await scheduler.dispatchEvents(200, ['evt_1'], async (id) => {
      held.push(scheduler.locks.holderOf(id));
      await clock.sleep(10);
    }, 1);
    expect(held).toEqual([undefined]);
  });

  it('dispatches a repeated id once per call and skips the copies without a permit', async () => {
    const { scheduler, clock, tracer } = derivedBoard();
    const calls: string[] = [];
    const results = await scheduler.dispatchEvents(200, ['evt_1', 'evt_1', 'evt_2'], timeoutCallback(clock, calls), 2);
    expect(results).toEqual(['dispatched:evt_1', 'skipped:evt_1', 'skipped:evt_2']);
    expect(calls).toEqual(['evt_1']);
    expect(permitOwners(tracer)).toEqual(['item 0']);
  });

  it('reports an event cancelled while its callback ran as an error', async () => {
    const { scheduler, clock } = derivedBoard();
    const results = await scheduler.dispatchEvents(200, ['evt_1'], async (id) => {
      await clock.sleep(5);
      scheduler.cancelEvent(205, id);
    }, 1);
    expect(results).toEqual(['error:evt_1:cancelled during dispatch']);
  });

  it('fires due events once before checking', async () => {
    const { scheduler, clock } = boundScheduler();
    scheduler.scheduleEvent(0, 'now', 100);
    expect(await scheduler.dispatchEvents(100, ['now'], timeoutCallback(clock), 1)).toEqual(['dispatched:now']);
  });

  it('returns an empty list for no ids', async () => {
    const { scheduler, clock } = derivedBoard();
    expect(await scheduler.dispatchEvents(200, [], timeoutCallback(clock), 1)).toEqual([]);
  });
});
