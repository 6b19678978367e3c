import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { NotificationSystem } from './notification-system.ts';
import type { NfOp } from './types.ts';

const HOSTS = ['disk', 'cpu', 'mem', 'net', 'db', 'api', 'cache', 'queue'];
/** The first few alerts get half of all ops, so their locks are contended. */
const HOT = 3;
/** Past every seeded deadline, so the batch's lazy escalation has work to do. */
const BATCH_TS = 1_000;

/**
 * Raise 8–16 alerts; some get a deadline due before the batch, some are acknowledged, and one or two
 * of the last are merged away, leaving their history and deadline behind for a create to revive.
 */
function seedAlerts(board: NotificationSystem, random: Random): string[] {
  const ids = Array.from({ length: random.int(8, 16) }, (_, i) => `${HOSTS[i % HOSTS.length]}${String(i).padStart(2, '0')}`);
  for (const id of ids) board.createAlert(1, id, `${id} alarm`, random.int(1, 5));
  for (const id of ids) if (random.chance(0.4)) board.setEscalationDeadline(2, id, random.int(3, BATCH_TS + 500));
  for (const id of ids) if (random.chance(0.25)) board.acknowledgeAlert(3, id);
  const merged = random.int(0, 2);
  for (let i = 1; i <= merged; i++) board.mergeAlerts(4, ids[ids.length - i]!, random.pick(ids.slice(0, HOT)));
  return ids;
}

function pickId(random: Random, ids: readonly string[]): string {
  if (random.chance(0.1)) return `new${random.int(0, 5)}`;
  return random.chance(0.5) ? random.pick(ids.slice(0, HOT)) : random.pick(ids);
}

/** Creates (new and duplicate ids), acknowledgements (first and repeated), gets, and unknown types. */
function randomOp(random: Random, ids: readonly string[]): NfOp {
  const alert_id = pickId(random, ids);
  const roll = random.next();
  if (roll < 0.3) return { type: 'create', alert_id, message: `m${random.int(0, 9)}`, severity: random.int(1, 5) };
  if (roll < 0.6) return { type: 'acknowledge', alert_id };
  if (roll < 0.92) return { type: 'get', alert_id };
  return { type: 'merge', alert_id };
}

/** Run a small L5 batch and a small L6 send on `board`, as lines for a person. */
async function tour(board: NotificationSystem): Promise<string[]> {
  board.createAlert(0, 'a', 'disk full', 4);
  const ops: NfOp[] = [
    { type: 'create', alert_id: 'b', message: 'mm', severity: 1 },
    { type: 'acknowledge', alert_id: 'a' },
    { type: 'get', alert_id: 'b' },
    { type: 'zz', alert_id: 'a' },
  ];
  const batch = await board.batchOperations(1, ops);
  const ids = ['a', 'zz', 'b'];
  const start = performance.now();
  const sent = await board.sendNotifications(2, ids, 2);
  const elapsed = performance.now() - start;
  return [
    `L5 batch [create b, acknowledge a, get b, zz a]: ${JSON.stringify(batch)}`,
    '  (one lock per alert id; same results as one by one in input order)',
    `L6 all-sleep send ${JSON.stringify(ids)}: ${JSON.stringify(sent)}`,
    `  ${ids.length} items, ${sent.filter((s) => s.startsWith('sent:')).length} valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(ids.length / 2) * 10} ms: every id sleeps)`,
  ];
}

/** Notification for the CLI, the tour and the benchmarks. */
export const notificationDescriptor: DomainDescriptor<NotificationSystem> = {
  name: 'notification',
  title: 'Notification',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new NotificationSystem(),
  async runScenario(board, random, size) {
    const ids = seedAlerts(board, random);
    const input = Array.from({ length: size }, () => randomOp(random, ids));
    const results = await board.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(board, random, size) {
    const ids = seedAlerts(board, random);
    // Live alerts, merged-away ids and unknown ids: every one sleeps, then is looked up.
    const input = Array.from({ length: size }, () => pickId(random, ids));
    const maxConcurrent = random.int(1, 8);
    const results = await board.sendNotifications(BATCH_TS, input, maxConcurrent);
    return { input: { alertIds: input, maxConcurrent }, results };
  },
  tour,
  state: (board) =>
    JSON.parse(JSON.stringify({ alerts: board.alerts, history: board.history, escalations: board.escalations })) as unknown,
};
