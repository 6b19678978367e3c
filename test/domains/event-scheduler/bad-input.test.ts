import { describe, it } from 'vitest';
import type { EventScheduler } from '../../../src/domains/event-scheduler/index.ts';
import { boundScheduler, stateOf } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** Events due at 50 (one-shot and recurring), so processing before validation would show (calls use ts 60). */
function seeded(): EventScheduler {
  const { scheduler } = boundScheduler();
  scheduler.scheduleEvent(0, 'a', 50);
  scheduler.scheduleRecurring(0, 'r', 50, 5);
  return scheduler;
}

/** Call `run` on a seeded system and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

const ok = async (): Promise<void> => undefined;

describe('EventScheduler bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, undefined), { field: 'ops' });
  });

  it('rejects an op that is an array, naming its index', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, [{ type: 'cancel', event_id: 'a' }, ['cancel', 'a']]), { field: 'op', index: 1 });
  });

  it('rejects a recurring op missing its interval, before the valid cancel ahead of it runs', async () => {
    const ops = [
      { type: 'cancel', event_id: 'a' },
      { type: 'recurring', event_id: 'b', execute_at: 70 },
    ];
    await rejects((s) => call(s, 'batchOperations', 60, ops), { field: 'interval_ms', index: 1 });
  });

  it('rejects a schedule op with a fractional time', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, [{ type: 'schedule', event_id: 'b', execute_at: 70.5 }]), { field: 'execute_at', index: 0 });
  });

  it('rejects an unknown-type op without an event id (the manual reads it first)', async () => {
    await rejects((s) => call(s, 'batchOperations', 60, [{ type: 'pause' }]), { field: 'event_id', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((s) => call(s, 'batchOperations', null, []), { field: 'timestamp' });
  });

  it('rejects dispatchEvents with maxConcurrent 0', async () => {
    await rejects((s) => s.dispatchEvents(60, ['a'], ok, 0), { field: 'maxConcurrent' });
  });

  it('rejects dispatchEvents with maxConcurrent 1.5', async () => {
    await rejects((s) => s.dispatchEvents(60, ['a'], ok, 1.5), { field: 'maxConcurrent' });
  });

  it('rejects dispatchEvents without a callback', async () => {
    await rejects((s) => call(s, 'dispatchEvents', 60, ['a'], undefined, 1), { field: 'externalCall' });
  });

  it('rejects dispatchEvents with a callback that is a string', async () => {
    await rejects((s) => call(s, 'dispatchEvents', 60, ['a'], 'send', 1), { field: 'externalCall' });
  });

  it('rejects dispatchEvents ids that are not all strings', async () => {
    await rejects((s) => call(s, 'dispatchEvents', 60, ['a', 3], ok, 1), { field: 'eventIds' });
  });

  it('rejects scheduleEvent with a string time', async () => {
    await rejects((s) => call(s, 'scheduleEvent', 60, 'b', '70'), { field: 'executeAt' });
  });

  it('rejects scheduleRecurring with a fractional interval', async () => {
    await rejects((s) => s.scheduleRecurring(60, 'b', 70, 2.5), { field: 'intervalMs' });
  });

  it('rejects cancelEvent with a non-string id', async () => {
    await rejects((s) => call(s, 'cancelEvent', 60, 1), { field: 'eventId' });
  });

  it('rejects listEvents with an infinite timestamp', async () => {
    await rejects((s) => s.listEvents(Number.POSITIVE_INFINITY, 'time'), { field: 'timestamp' });
  });
});
