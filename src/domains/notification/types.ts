/** State records and op shapes of the Notification system, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** One alert as the manual stores it (and as `getAlert` copies it). */
export interface Alert {
  message: string;
  /** 1–5 by convention (5 = most severe); stored as given, never validated. */
  severity: number;
  acknowledged: boolean;
  /** Set once the lazy escalation has fired: an alert escalates at most once. */
  escalated: boolean;
  created_at: number;
}

/** L5 `{type: "create"}`: `createAlert`, result a boolean. */
export interface CreateAlertOp {
  readonly type: 'create';
  readonly alert_id: string;
  readonly message: string;
  readonly severity: number;
}

/** L5 `{type: "acknowledge"}`: `acknowledgeAlert`, result a boolean. */
export interface AcknowledgeAlertOp {
  readonly type: 'acknowledge';
  readonly alert_id: string;
}

/** L5 `{type: "get"}`: `getAlert`, result a copy of the alert or `null`. */
export interface GetAlertOp {
  readonly type: 'get';
  readonly alert_id: string;
}

/** L5: any other type. The manual still reads and locks its `alert_id`, then returns `null`. */
export interface OtherAlertOp {
  readonly type: string;
  readonly alert_id: string;
}

/** An op of `batchOperations`. */
export type NfOp = CreateAlertOp | AcknowledgeAlertOp | GetAlertOp | OtherAlertOp;

/** What one L5 op returns. */
export type NfResult = boolean | Alert | null;

/** An L5 op with the batch's timestamp, as the op definition receives it. */
export interface NfBatchJob extends Timed<NfOp> {
  /** Alert ids this op's escalation pass may escalate beside its own, which it locks too. */
  readonly also?: readonly string[];
}

/** One L6 item: an alert id to send, with the call's timestamp. */
export interface SendJob {
  readonly timestamp: number;
  readonly alert_id: string;
}

/** The result of one L6 send: `"sent:<id>"` or `"failed:<id>"`. */
export type SendResult = `sent:${string}` | `failed:${string}`;
