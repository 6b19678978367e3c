import { describe, expect, it } from 'vitest';
import { WaitAbortedError } from '../../src/core/errors.ts';
import { createVirtualClock } from '../../src/engines/event-loop/index.ts';

describe('virtual clock', () => {
  it('jumps to each due sleep exactly and fires equal deadlines in the order they were set', async () => {
    const clock = createVirtualClock();
    const fired: string[] = [];
    await Promise.all([
      clock.sleep(20).then(() => fired.push(`a@${clock.now()}`)),
      clock.sleep(10).then(() => fired.push(`b@${clock.now()}`)),
      clock.sleep(20).then(() => fired.push(`c@${clock.now()}`)),
    ]);
    expect(fired).toEqual(['b@10', 'a@20', 'c@20']);
  });

  it('lets work queued by a sleep finish before time moves on', async () => {
    const clock = createVirtualClock();
    const seen: number[] = [];
    const chain = async (): Promise<void> => {
      await clock.sleep(10);
      await Promise.resolve();
      seen.push(clock.now());
      await clock.sleep(10);
      seen.push(clock.now());
    };
    await Promise.all([chain(), clock.sleep(15).then(() => seen.push(clock.now()))]);
    expect(seen).toEqual([10, 15, 20]);
  });

  it('cancels a sleep on abort and a timer on request', async () => {
    const clock = createVirtualClock();
    const controller = new AbortController();
    const sleeping = clock.sleep(100, { signal: controller.signal });
    controller.abort('enough');
    await expect(sleeping).rejects.toBeInstanceOf(WaitAbortedError);
    let fired = false;
    const cancel = clock.setTimer(5, () => (fired = true));
    cancel();
    await clock.sleep(10);
    expect(fired).toBe(false);
    expect(clock.pending).toBe(0);
  });
});
