import { describe, expect, it } from 'vitest';
import { WaitAbortedError } from '../../src/core/errors.ts';
import { abortableSleep, TimerQueue } from '../../src/core/timer-queue.ts';

describe('TimerQueue', () => {
  it('takes due timers in deadline order, equal deadlines in the order they were added', () => {
    const queue = new TimerQueue();
    const fired: string[] = [];
    for (const [name, at] of [['a', 5], ['b', 1], ['c', 5], ['d', 3], ['e', 1]] as const) queue.add(at, () => fired.push(name));
    expect(queue.head?.at).toBe(1);
    for (const timer of queue.takeDue(3)) timer.fire();
    expect(fired).toEqual(['b', 'e', 'd']);
    for (const timer of queue.takeDue(10)) timer.fire();
    expect(fired).toEqual(['b', 'e', 'd', 'a', 'c']);
    expect(queue.size).toBe(0);
  });

  it('drops a cancelled timer, and ignores cancelling one already taken', () => {
    const queue = new TimerQueue();
    const keep = queue.add(2, () => {});
    const drop = queue.add(1, () => {});
    queue.cancel(drop);
    expect(queue.takeDue(5)).toEqual([keep]);
    queue.cancel(keep);
    expect(queue.size).toBe(0);
  });
});

describe('abortableSleep', () => {
  it('resolves when its timer fires, and cancels the timer when aborted first', async () => {
    let fire: () => void = () => {};
    let cancelled = 0;
    const start = (f: () => void) => ((fire = f), () => void cancelled++);
    const done = abortableSleep(start, undefined);
    fire();
    await expect(done).resolves.toBeUndefined();
    const controller = new AbortController();
    const aborted = abortableSleep(start, controller.signal);
    controller.abort('stop');
    await expect(aborted).rejects.toBeInstanceOf(WaitAbortedError);
    expect(cancelled).toBe(1);
  });
});
