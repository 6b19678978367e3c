import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { NotificationSystem } from './notification-system.ts';
import type { CreateAlertOp, NfBatchJob, NfResult, SendJob, SendResult } from './types.ts';

/** The manual's `asyncio.sleep(0.01)`: one external send. */
export const SEND_MS = 10;

/**
 * L5 `batch_operations`: every op locks its `alert_id` (one key, no pair) and calls the matching L1
 * method; an unknown type takes the lock too and returns `null`. Merge is not a batch op.
 */
export const nfBatch: BatchDefinition<NotificationSystem, NfBatchJob, NfResult> = {
  keys: ({ op }) => [op.alert_id],
  run(system, { timestamp, op }) {
    if (op.type === 'create') {
      const { message, severity } = op as CreateAlertOp;
      return system.createAlert(timestamp, op.alert_id, message, severity);
    }
    if (op.type === 'acknowledge') return system.acknowledgeAlert(timestamp, op.alert_id);
    if (op.type === 'get') return system.getAlert(timestamp, op.alert_id);
    return null;
  },
};

/**
 * L6 `send_notifications`, all-sleep: every id, valid or not, takes a permit and sleeps 10 ms; only
 * then is the alert looked up, so an alert deleted during the send fails. Nothing is mutated.
 */
export const sendItem: ExternalItemDefinition<NotificationSystem, SendJob, SendResult> = {
  // Decision: the manual's send takes no lock; conclab reads the alert under its id's lock anyway, so the
  // check never interleaves with an L5 op (or a merge) on that alert on an engine whose threads share state.
  keys: ({ alert_id }) => [alert_id],
  external: (_system, _job, { clock }) => clock.sleep(SEND_MS),
  after: (system, { alert_id }) => (has(system.alerts, alert_id) ? `sent:${alert_id}` : `failed:${alert_id}`),
};
