import { has, type Dict } from '../../core/dict.ts';
import type { Alert } from './types.ts';

/** The part of the state the lazy escalation reads and writes. */
export interface EscalationState {
  readonly alerts: Dict<Alert>;
  readonly escalations: Dict<number>;
  readonly history: Dict<string[]>;
}

/**
 * The manual's `_process_escalations`: every alert with a deadline, not acknowledged and not yet
 * escalated, whose deadline is ≤ `timestamp`, gains one severity level (capped at 5) and is marked
 * escalated even at the cap, so it never escalates twice. The history entry carries the CURRENT call's
 * timestamp, not the deadline. Nothing is deleted.
 */
export function processEscalations(state: EscalationState, timestamp: number): void {
  for (const [alertId, alert] of Object.entries(state.alerts)) {
    if (!has(state.escalations, alertId) || alert.acknowledged || alert.escalated) continue;
    if (timestamp < state.escalations[alertId]!) continue;
    if (alert.severity < 5) alert.severity += 1;
    alert.escalated = true;
    appendHistory(state.history, alertId, `ESCALATED at ${timestamp}`);
  }
}

/** `history[alert_id].append(entry)` on the manual's `defaultdict(list)`. */
export function appendHistory(history: Dict<string[]>, alertId: string, entry: string): void {
  (history[alertId] ??= []).push(entry);
}
