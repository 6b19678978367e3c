import { compareStrings, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, expectStringArray, validateOps } from '../../core/validate.ts';
import { appendHistory, processEscalations } from './escalation.ts';
import { nfBatch, nfBatchJobs, sendItem } from './ops.ts';
import { nfBatchSchema } from './schemas.ts';
import type { Alert, NfOp, NfResult, SendResult } from './types.ts';

/**
 * The manual's `NotificationSystem`: a PagerDuty-like alert board. Alerts with a severity 1–5, a
 * one-time acknowledgement, per-alert absolute escalation deadlines applied lazily (one level, once),
 * merges, a per-alert event history, an L5 batch under per-alert locks and an all-sleep L6 send.
 * @example
 * const board = new NotificationSystem();
 * board.createAlert(100, 'disk01', 'disk full', 3);
 * board.setEscalationDeadline(200, 'disk01', 5000);
 * board.getAlert(5000, 'disk01')?.severity; // 4
 */
export class NotificationSystem {
  /** alert_id → alert, in creation order. */
  alerts: Dict<Alert> = dict();
  /** alert_id → event strings, oldest first; separate from `alerts` and never deleted. */
  history: Dict<string[]> = dict();
  /** alert_id → absolute escalation deadline (a timestamp, not a delay). */
  escalations: Dict<number> = dict();
  readonly #runtime = new Runtime();

  /** The manual's `locks` (`defaultdict(asyncio.Lock)`): one lock per alert id, made on first use. */
  get locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * L1: raise an alert, unacknowledged and not escalated, and log `"CREATED at <ts>"` (appended to any
   * history an earlier alert of that id left).
   * @returns `false` when the id exists (nothing is overwritten), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or severity, or a non-string id or message.
   */
  createAlert(timestamp: number, alertId: string, message: string, severity: number): boolean {
    expectArgs(timestamp, { alertId, message });
    expectInteger(severity, 'severity');
    this.#escalate(timestamp);
    if (has(this.alerts, alertId)) return false;
    // Decision: severity is stored as given (the manual describes 1–5 but never checks it), and an id
    // merged away earlier starts again on its old history list and its old deadline, as in the manual's
    // code: history is an audit trail per id, and a stale deadline is at worst one early escalation.
    this.alerts[alertId] = { message, severity, acknowledged: false, escalated: false, created_at: timestamp };
    appendHistory(this.history, alertId, `CREATED at ${timestamp}`);
    return true;
  }

  /**
   * L1: acknowledge an alert once, logging `"ACKNOWLEDGED at <ts>"`. Escalations due by `timestamp`
   * fire first, so an alert past its deadline escalates before it is acknowledged.
   * @returns `false` when the alert is missing or already acknowledged.
   */
  acknowledgeAlert(timestamp: number, alertId: string): boolean {
    expectArgs(timestamp, { alertId });
    this.#escalate(timestamp);
    const alert = this.alerts[alertId];
    if (alert === undefined || alert.acknowledged) return false;
    alert.acknowledged = true;
    appendHistory(this.history, alertId, `ACKNOWLEDGED at ${timestamp}`);
    return true;
  }

  /** L1: a copy of the alert (its five fields), or `null` when it is missing. */
  getAlert(timestamp: number, alertId: string): Alert | null {
    expectArgs(timestamp, { alertId });
    this.#escalate(timestamp);
    const alert = this.alerts[alertId];
    if (alert === undefined) return null;
    const { message, severity, acknowledged, escalated, created_at } = alert;
    return { message, severity, acknowledged, escalated, created_at };
  }

  /**
   * L2: alerts with `severity >= minSeverity`, most severe first, ties by id, as
   * `"id(message), id(message)"`; `""` when none.
   */
  listBySeverity(timestamp: number, minSeverity: number): string {
    expectInteger(timestamp, 'timestamp');
    expectInteger(minSeverity, 'minSeverity');
    this.#escalate(timestamp);
    return Object.entries(this.alerts)
      .filter(([, alert]) => alert.severity >= minSeverity)
      .sort(([idA, a], [idB, b]) => b.severity - a.severity || compareStrings(idA, idB))
      .map(([id, alert]) => `${id}(${alert.message})`)
      .join(', ');
  }

  /** L2: unacknowledged alerts by id, as `"id:severity, id:severity"`; `""` when none. */
  listUnacknowledged(timestamp: number): string {
    expectInteger(timestamp, 'timestamp');
    this.#escalate(timestamp);
    return Object.entries(this.alerts)
      .filter(([, alert]) => !alert.acknowledged)
      .sort(([idA], [idB]) => compareStrings(idA, idB))
      .map(([id, alert]) => `${id}:${alert.severity}`)
      .join(', ');
  }

  /**
   * L3: set (or replace) the alert's escalation deadline, an ABSOLUTE timestamp. Once a call's
   * timestamp reaches it, an unacknowledged alert gains one severity level, once.
   * @returns `false` when the alert is missing.
   */
  setEscalationDeadline(timestamp: number, alertId: string, deadlineMs: number): boolean {
    expectArgs(timestamp, { alertId });
    expectInteger(deadlineMs, 'deadlineMs');
    this.#escalate(timestamp);
    if (!has(this.alerts, alertId)) return false;
    this.escalations[alertId] = deadlineMs;
    return true;
  }

  /**
   * L4: fold the source alert into the destination (the higher severity; messages joined as
   * `"dest | source"`), delete the source and log `"MERGED <source> at <ts>"` on the destination.
   * The source's history and deadline stay where they are.
   * @returns `false` when either alert is missing or they are the same alert.
   */
  mergeAlerts(timestamp: number, sourceId: string, destId: string): boolean {
    expectArgs(timestamp, { sourceId, destId });
    this.#escalate(timestamp);
    const source = this.alerts[sourceId];
    const dest = this.alerts[destId];
    if (source === undefined || dest === undefined) return false;
    // Decision: the manual does not guard a merge of an alert into itself, and its code then deletes the
    // alert it just "merged"; conclab rejects it as Bank's merge does, changing nothing.
    if (sourceId === destId) return false;
    dest.severity = Math.max(dest.severity, source.severity);
    dest.message = `${dest.message} | ${source.message}`;
    delete this.alerts[sourceId];
    appendHistory(this.history, destId, `MERGED ${sourceId} at ${timestamp}`);
    return true;
  }

  /** L4: a copy of the alert's event strings, oldest first; `null` when the alert is not (or no longer) there. */
  getHistory(timestamp: number, alertId: string): string[] | null {
    expectArgs(timestamp, { alertId });
    this.#escalate(timestamp);
    if (!has(this.alerts, alertId)) return null;
    return [...(this.history[alertId] ?? [])];
  }

  /**
   * L5: run every op under its alert's lock, all at once; the results, in input order, equal running
   * the ops one by one. Escalations due by `timestamp` fire first.
   * @returns `create`/`acknowledge` → boolean, `get` → alert copy or `null`, other types → `null`.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   */
  async batchOperations(timestamp: number, operations: readonly NfOp[]): Promise<(NfResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, nfBatchSchema);
    this.#escalate(timestamp);
    return this.#runtime.batch(this, nfBatch, nfBatchJobs(this, timestamp, operations));
  }

  /**
   * L6, all-sleep: every id, known or not, takes one of `maxConcurrent` permits and sleeps 10 ms, and
   * only then is looked up. Makespan `ceil(ids / maxConcurrent) × 10 ms`. Changes nothing.
   * @returns `"sent:<id>"` or `"failed:<id>"` per id, in input order.
   */
  async sendNotifications(timestamp: number, alertIds: readonly string[], maxConcurrent: number): Promise<SendResult[]> {
    expectInteger(timestamp, 'timestamp');
    expectStringArray(alertIds, 'alertIds');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    this.#escalate(timestamp);
    const jobs = alertIds.map((alert_id) => ({ timestamp, alert_id }));
    return this.#runtime.rateLimited(this, sendItem, 'all-sleep', jobs, maxConcurrent);
  }

  #escalate(timestamp: number): void {
    processEscalations(this, timestamp);
  }
}
