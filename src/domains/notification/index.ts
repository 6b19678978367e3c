/** Notification: alerts with lazy one-time escalation, merges, history, an L5 per-alert batch and an all-sleep L6 send. */
export { NotificationSystem } from './notification-system.ts';
export { notificationDescriptor } from './descriptor.ts';
export { nfBatch, sendItem, SEND_MS } from './ops.ts';
export { nfBatchSchema } from './schemas.ts';
export { processEscalations, type EscalationState } from './escalation.ts';
export type {
  AcknowledgeAlertOp,
  Alert,
  CreateAlertOp,
  GetAlertOp,
  NfBatchJob,
  NfOp,
  NfResult,
  OtherAlertOp,
  SendJob,
  SendResult,
} from './types.ts';
