import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { EscalationState } from './escalation.ts';
import type { NotificationSystem } from './notification-system.ts';
import type { CreateAlertOp, NfBatchJob, NfOp, NfResult, SendJob, SendResult } from './types.ts';

export { notificationState } from './state-access.ts';

/** The manual's `asyncio.sleep(0.01)`: one external send. */
export const SEND_MS = 10;

/** The op types whose method runs the lazy escalation first (an unknown type calls no method). */
const ESCALATING = new Set(['create', 'acknowledge', 'get']);

/**
 * The jobs of a batch at `timestamp`, made after its opening escalation pass. A create that revives
 * an id over a stale deadline already due (a merge left it behind) makes that alert due at once; the
 * next escalating op, in input order, escalates it whatever id it is for, so that op also locks the
 * revived id (`also`). Only locking is added: the results are those of the ops one by one.
 */
export function nfBatchJobs(state: EscalationState, timestamp: number, operations: readonly NfOp[]): NfBatchJob[] {
  const created = new Set<string>();
  let revived: string[] = [];
  return operations.map((op): NfBatchJob => {
    if (!ESCALATING.has(op.type)) return { timestamp, op };
    const job: NfBatchJob = revived.length === 0 ? { timestamp, op } : { timestamp, op, also: revived };
    revived = [];
    const id = op.alert_id;
    // Nothing is deleted in a batch: the first create of an id absent at its start succeeds.
    if (op.type === 'create' && !created.has(id) && !has(state.alerts, id)) {
      created.add(id);
      const deadline = state.escalations[id];
      if (deadline !== undefined && deadline <= timestamp) revived = [id];
    }
    return job;
  });
}

/**
 * L5 `batch_operations`: every op locks its `alert_id` (one key, no pair) and calls the matching L1
 * method; an unknown type takes the lock too and returns `null`. Merge is not a batch op. The op right
 * after a create that revives an alert already due also locks that alert (see `nfBatchJobs`).
 */
export const nfBatch: BatchDefinition<NotificationSystem, NfBatchJob, NfResult> = {
  portable: { module: import.meta.url, name: 'nfBatch', state: 'notificationState' },
  keys: ({ op, also }) => (also === undefined ? [op.alert_id] : [op.alert_id, ...also]),
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
  portable: { module: import.meta.url, name: 'sendItem', state: 'notificationState' },
  // Decision: the manual's send takes no lock; conclab reads the alert under its id's lock anyway, so the
  // check never interleaves with an L5 op (or a merge) on that alert on an engine whose threads share state.
  keys: ({ alert_id }) => [alert_id],
  external: (_system, _job, { clock }) => clock.sleep(SEND_MS),
  after: (system, { alert_id }) => (has(system.alerts, alert_id) ? `sent:${alert_id}` : `failed:${alert_id}`),
};
