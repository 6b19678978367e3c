import type { RecordingTracer } from '../../../src/core/tracer.ts';
import type { Random } from '../../../src/core/random.ts';
import { notificationDescriptor, NotificationSystem, type NfOp, type NfResult } from '../../../src/domains/notification/index.ts';
import type { VirtualClock } from '../../../src/engines/event-loop/index.ts';
import { bound } from '../harness.ts';

export { permitOwners } from '../harness.ts';

/** A fresh NotificationSystem bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function boundBoard(): { board: NotificationSystem; clock: VirtualClock; tracer: RecordingTracer } {
  const { system: board, clock, tracer } = bound(new NotificationSystem());
  return { board, clock, tracer };
}

/** The board's public state as plain data. */
export function stateOf(board: NotificationSystem): unknown {
  return notificationDescriptor.state(board);
}

/** The spec's L2 board: cpu01 (3), disk01 (4), mem01 (3), low (2), created at 1–4. */
export function l2Board(board = new NotificationSystem()): NotificationSystem {
  board.createAlert(1, 'cpu01', 'high cpu', 3);
  board.createAlert(2, 'disk01', 'disk full', 4);
  board.createAlert(3, 'mem01', 'low mem', 3);
  board.createAlert(4, 'low', 'x', 2);
  return board;
}

const IDS = ['h0', 'h1', 'k2', 'k3', 'k4', 'zz'];

/** Seed alerts h0..k3 at ts 0, some with deadlines due around the batch, some acknowledged. */
export function seedAlerts(board: NotificationSystem, random: Random): void {
  for (const id of IDS.slice(0, 4)) board.createAlert(0, id, `m-${id}`, random.int(1, 5));
  for (const id of IDS.slice(0, 4)) if (random.chance(0.5)) board.setEscalationDeadline(0, id, random.int(1, 100));
  for (const id of IDS.slice(0, 4)) if (random.chance(0.3)) board.acknowledgeAlert(random.int(0, 40), id);
}

/** A random batch over hot ids, missing ids, and unknown types. */
export function randomBatch(random: Random, size: number): NfOp[] {
  return Array.from({ length: size }, (): NfOp => {
    const alert_id = random.chance(0.5) ? random.pick(['h0', 'h1']) : random.pick(IDS);
    const roll = random.next();
    if (roll < 0.3) return { type: 'create', alert_id, message: `n${random.int(0, 9)}`, severity: random.int(1, 5) };
    if (roll < 0.6) return { type: 'acknowledge', alert_id };
    if (roll < 0.92) return { type: 'get', alert_id };
    return { type: 'bogus', alert_id };
  });
}

/**
 * The sequential reference: the batch's own lazy escalation (through a read-only L2 call), then each op
 * through the L1 methods, one after another in input order.
 */
export function applySequentially(board: NotificationSystem, timestamp: number, ops: readonly NfOp[]): NfResult[] {
  board.listUnacknowledged(timestamp);
  return ops.map((op) => {
    if (op.type === 'create') {
      const { message, severity } = op as { message: string; severity: number };
      return board.createAlert(timestamp, op.alert_id, message, severity);
    }
    if (op.type === 'acknowledge') return board.acknowledgeAlert(timestamp, op.alert_id);
    if (op.type === 'get') return board.getAlert(timestamp, op.alert_id);
    return null;
  });
}
