import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { Leaderboard } from './leaderboard.ts';
import type { LeaderboardOp, SyncRequest } from './types.ts';

const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil'];
/** The first few players get half of all ops, so locks are contended. */
const HOT = 3;
/** Decay runs every 1000 ms from ts 10, so the batch first catches up on two rounds. */
const BATCH_TS = 2_010;

/** Add 8–16 players with random scores, snapshot the season and start a decay the batch catches up on. */
function seedPlayers(board: Leaderboard, random: Random): string[] {
  const ids = NAMES.slice(0, random.int(8, NAMES.length));
  for (const id of ids) board.addPlayer(1, id);
  for (const id of ids) board.updateScore(2, id, random.int(0, 1000));
  board.seasonSnapshot(5);
  board.applyDecay(10, 1000);
  return ids;
}

function pickPlayer(random: Random, ids: readonly string[]): string {
  if (random.chance(0.08)) return random.pick(['ghost', 'newbie']);
  return random.chance(0.5) ? random.pick(ids.slice(0, HOT)) : random.pick(ids);
}

function randomOp(random: Random, ids: readonly string[]): LeaderboardOp {
  const roll = random.next();
  const player_id = pickPlayer(random, ids);
  // Mostly small changes, sometimes a large loss that the clamp at 0 stops.
  if (roll < 0.45) return { type: 'update_score', player_id, delta: random.chance(0.15) ? -random.int(500, 2000) : random.int(-100, 200) };
  if (roll < 0.75) return { type: 'get_rank', player_id };
  if (roll < 0.93) return { type: 'add_player', player_id };
  return { type: 'reset', player_id };
}

/** Run a small L5 batch and a small L6 call on `board`, as lines for a person. */
async function tour(board: Leaderboard): Promise<string[]> {
  board.addPlayer(0, 'alice');
  board.addPlayer(0, 'bob');
  board.updateScore(0, 'alice', 700);
  board.updateScore(0, 'bob', 50);
  const ops: LeaderboardOp[] = [
    { type: 'add_player', player_id: 'cathy' },
    { type: 'update_score', player_id: 'alice', delta: 5 },
    { type: 'get_rank', player_id: 'bob' },
    { type: 'update_score', player_id: 'bob', delta: -100 },
    { type: 'zzz', player_id: 'bob' },
  ];
  const batch = await board.batchOperations(1, ops);
  const requests: SyncRequest[] = [{ player_id: 'alice' }, { player_id: 'ghost' }, { player_id: 'bob' }];
  const start = performance.now();
  const sent = await board.syncLeaderboard(2, requests, 1);
  const elapsed = performance.now() - start;
  const valid = sent.filter(Boolean).length;
  return [
    `L5 batch [add cathy, alice +5, rank bob, bob -100, zzz bob]: ${JSON.stringify(batch)}`,
    '  (same results as one by one in input order; the score is clamped at 0; an unknown type is null)',
    `L6 fail-fast [alice, ghost, bob]: ${JSON.stringify(sent)}`,
    `  ${requests.length} items, ${valid} valid, 1 permit: ${elapsed.toFixed(1)} ms (theory ${valid * 10} ms)`,
  ];
}

/** Leaderboard for the CLI, the tour and the benchmarks. */
export const leaderboardDescriptor: DomainDescriptor<Leaderboard> = {
  name: 'leaderboard',
  title: 'Leaderboard',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new Leaderboard(),
  async runScenario(board, random, size) {
    const ids = seedPlayers(board, random);
    const input = Array.from({ length: size }, () => randomOp(random, ids));
    const results = await board.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(board, random, size) {
    const ids = seedPlayers(board, random);
    // About a quarter of the requests are for a missing player.
    const input: SyncRequest[] = Array.from({ length: size }, () => ({ player_id: random.chance(0.2) ? 'ghost' : pickPlayer(random, ids) }));
    const maxConcurrent = random.int(1, 8);
    const results = await board.syncLeaderboard(BATCH_TS, input, maxConcurrent);
    return { input: { requests: input, maxConcurrent }, results };
  },
  tour,
  state: (board) =>
    JSON.parse(
      JSON.stringify({
        players: board.players,
        decay_interval: board.decay_interval,
        decay_next_due: board.decay_next_due,
        snapshots: board.snapshots,
      }),
    ) as unknown,
};
