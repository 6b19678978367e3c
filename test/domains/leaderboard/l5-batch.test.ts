import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import type { Leaderboard, LeaderboardOp } from '../../../src/domains/leaderboard/index.ts';
import { RANKING_KEY } from '../../../src/domains/leaderboard/state-access.ts';
import { boundBoard, lockedKeys, stateOf, withScores } from './helpers.ts';

describe('Leaderboard L5: batchOperations', () => {
  it('runs add, update, rank and an unknown type on alice 700 / bob 50: [true, 705, 2, null]', async () => {
    const { board } = boundBoard();
    withScores(board, { alice: 700, bob: 50 });
    const results = await board.batchOperations(10_000, [
      { type: 'add_player', player_id: 'cathy' },
      { type: 'update_score', player_id: 'alice', delta: 5 },
      { type: 'get_rank', player_id: 'bob' },
      { type: 'zzz', player_id: 'bob' },
    ]);
    expect(results).toEqual([true, 705, 2, null]);
    expect(board.players).toEqual({ alice: { score: 705 }, bob: { score: 50 }, cathy: { score: 0 } });
  });

  it('reaches the same state through the manual\'s restore first', async () => {
    const { board } = boundBoard();
    withScores(board, { alice: 700, bob: 50 });
    board.seasonSnapshot(5000);
    board.updateScore(6000, 'alice', -600);
    board.seasonRestore(9000, 6000);
    const results = await board.batchOperations(10_000, [
      { type: 'add_player', player_id: 'cathy' },
      { type: 'update_score', player_id: 'alice', delta: 5 },
      { type: 'get_rank', player_id: 'bob' },
      { type: 'zzz', player_id: 'bob' },
    ]);
    expect(results).toEqual([true, 705, 2, null]);
  });

  it('returns each method\'s failure value for missing players: null, null, and false for a duplicate add', async () => {
    const { board } = boundBoard();
    withScores(board, { alice: 1 });
    const results = await board.batchOperations(1, [
      { type: 'update_score', player_id: 'ghost', delta: 5 },
      { type: 'get_rank', player_id: 'ghost' },
      { type: 'add_player', player_id: 'alice' },
    ]);
    expect(results).toEqual([null, null, false]);
  });

  it('sees earlier ops of the batch: a rank after an update reflects it, a clamp holds at 0', async () => {
    const { board } = boundBoard();
    withScores(board, { alice: 100, bob: 50 });
    const results = await board.batchOperations(1, [
      { type: 'get_rank', player_id: 'bob' },
      { type: 'update_score', player_id: 'bob', delta: 60 },
      { type: 'get_rank', player_id: 'bob' },
      { type: 'update_score', player_id: 'alice', delta: -500 },
    ]);
    expect(results).toEqual([2, 110, 1, 0]);
  });

  it('locks each op\'s player_id, an unknown type included, and the ranking for every known type', async () => {
    const { board, tracer } = boundBoard();
    withScores(board, { alice: 1 });
    await board.batchOperations(1, [
      { type: 'get_rank', player_id: 'alice' },
      { type: 'reset', player_id: 'bob' },
      { type: 'update_score', player_id: 'bob', delta: 1 },
      { type: 'add_player', player_id: 'cathy' },
    ]);
    expect(lockedKeys(tracer)).toEqual([[RANKING_KEY, 'alice'], ['bob'], [RANKING_KEY, 'bob'], [RANKING_KEY, 'cathy']]);
  });

  it('applies due decays once at the start, even for a batch of unknown ops', async () => {
    const { board } = boundBoard();
    withScores(board, { p: 100 });
    board.applyDecay(0, 10);
    await board.batchOperations(10, [{ type: 'noop', player_id: 'zz' }]);
    expect(board.players['p']).toEqual({ score: 90 });
  });

  it('returns an empty list for an empty batch', async () => {
    const { board } = boundBoard();
    expect(await board.batchOperations(1, [])).toEqual([]);
  });
});

const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'];

/** A random setup and batch for one seed: hot players, missing players, clamps, decay, unknown types. */
function randomCase(seed: number) {
  const random = new Random(seed);
  const ids = NAMES.slice(0, random.int(2, NAMES.length));
  const scores = Object.fromEntries(ids.map((id) => [id, random.int(0, 500)]));
  const interval = random.chance(0.5) ? random.int(5, 50) : null;
  const pick = (): string => (random.chance(0.1) ? random.pick(['ghost', 'newbie']) : random.chance(0.5) ? random.pick(ids.slice(0, 2)) : random.pick(ids));
  const ops: LeaderboardOp[] = Array.from({ length: random.int(0, 40) }, () => {
    const kind = random.pick(['update_score', 'update_score', 'get_rank', 'add_player', 'other'] as const);
    const player_id = pick();
    if (kind === 'update_score') return { type: 'update_score', player_id, delta: random.int(-300, 300) };
    if (kind === 'other') return { type: 'reset', player_id };
    return { type: kind, player_id };
  });
  const timestamp = random.int(1, 200);
  return { scores, interval, ops, timestamp };
}

function seeded(board: Leaderboard, { scores, interval }: ReturnType<typeof randomCase>): Leaderboard {
  withScores(board, scores);
  if (interval !== null) board.applyDecay(0, interval);
  return board;
}

/** The sequential reference: the sync L1–L4 methods, one op after another in input order. */
function runSequentially(board: Leaderboard, timestamp: number, ops: readonly LeaderboardOp[]): unknown[] {
  board.playersAbove(timestamp, 0); // the batch's own lazy-helper run; this read does nothing else
  return ops.map((op) => {
    const o = op as unknown as Record<string, unknown> & { type: string; player_id: string };
    if (o.type === 'update_score') return board.updateScore(timestamp, o.player_id, o['delta'] as number);
    if (o.type === 'get_rank') return board.getRank(timestamp, o.player_id);
    if (o.type === 'add_player') return board.addPlayer(timestamp, o.player_id);
    return null;
  });
}

describe('Leaderboard L5: a batch equals its ops run one by one', () => {
  it('gives the same results and final state as the sequential methods on 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const testCase = randomCase(seed);
      const { board } = boundBoard();
      const results = await seeded(board, testCase).batchOperations(testCase.timestamp, testCase.ops);
      const reference = seeded(boundBoard().board, testCase);
      expect(results, `seed ${seed}`).toEqual(runSequentially(reference, testCase.timestamp, testCase.ops));
      expect(stateOf(board), `seed ${seed}`).toEqual(stateOf(reference));
    }
  });
});
