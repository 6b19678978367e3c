import { describe, expect, it } from 'vitest';
import { Leaderboard } from '../../../src/domains/leaderboard/index.ts';
import { withScores } from './helpers.ts';

/** Snapshots at 3000 {300, 200}, 5000 {700, 50}, 8000 {100, 900}, as the manual's reproduction. */
function threeSeasons(): Leaderboard {
  const board = new Leaderboard();
  board.addPlayer(0, 'alice');
  board.addPlayer(0, 'bob');
  board.updateScore(0, 'alice', 300);
  board.updateScore(0, 'bob', 200);
  expect(board.seasonSnapshot(3000)).toBe(2);
  board.updateScore(4000, 'alice', 400);
  board.updateScore(4000, 'bob', -150);
  expect(board.seasonSnapshot(5000)).toBe(2);
  board.updateScore(6000, 'alice', -600);
  board.updateScore(6000, 'bob', 850);
  expect(board.seasonSnapshot(8000)).toBe(2);
  return board;
}

describe('Leaderboard L4: season snapshots', () => {
  it('keeps the three snapshots in order', () => {
    expect(threeSeasons().snapshots).toEqual([
      [3000, { alice: { score: 300 }, bob: { score: 200 } }],
      [5000, { alice: { score: 700 }, bob: { score: 50 } }],
      [8000, { alice: { score: 100 }, bob: { score: 900 } }],
    ]);
  });

  it('restores the latest snapshot at or before 6000: the 5000 one', () => {
    const board = threeSeasons();
    expect(board.seasonRestore(9000, 6000)).toBe(true);
    expect(board.players).toEqual({ alice: { score: 700 }, bob: { score: 50 } });
  });

  it('has nothing to restore before the first snapshot', () => {
    const board = threeSeasons();
    expect(board.seasonRestore(9000, 2999)).toBe(false);
    expect(board.players).toEqual({ alice: { score: 100 }, bob: { score: 900 } });
  });

  it('runs the cross-domain illustration: "6000 or before" gives alice 200, bob 800', () => {
    const board = withScores(new Leaderboard(), { alice: 500, bob: 300 });
    board.seasonSnapshot(3000);
    board.updateScore(4000, 'alice', -300);
    board.updateScore(4000, 'bob', 500);
    board.seasonSnapshot(5000);
    board.updateScore(7000, 'alice', 700);
    board.updateScore(7000, 'bob', -700);
    board.seasonSnapshot(8000);
    expect(board.seasonRestore(9000, 6000)).toBe(true);
    expect(board.players).toEqual({ alice: { score: 200 }, bob: { score: 800 } });
  });

  it('counts the players in a snapshot, 0 for an empty board', () => {
    expect(new Leaderboard().seasonSnapshot(1)).toBe(0);
  });

  it('keeps snapshots apart from later changes, and restores a copy', () => {
    const board = withScores(new Leaderboard(), { alice: 10 });
    board.seasonSnapshot(1);
    board.updateScore(2, 'alice', 5);
    board.seasonRestore(3, 1);
    board.updateScore(4, 'alice', 100);
    expect(board.snapshots).toEqual([[1, { alice: { score: 10 } }]]);
  });

  it('keeps the earlier of two snapshots with the same stamp', () => {
    const board = withScores(new Leaderboard(), { first: 1 });
    board.seasonSnapshot(10);
    board.addPlayer(10, 'second');
    board.seasonSnapshot(10);
    board.seasonRestore(11, 10);
    expect(Object.keys(board.players)).toEqual(['first']);
  });

  it('leaves the decay schedule alone, and does not decay restored scores for settled rounds', () => {
    const board = withScores(new Leaderboard(), { p: 100 });
    board.seasonSnapshot(0);
    board.applyDecay(0, 10);
    expect(board.seasonRestore(25, 0)).toBe(true);
    expect(board.players).toEqual({ p: { score: 100 } });
    expect(board.decay_interval).toBe(10);
    expect(board.decay_next_due).toBe(30);
    expect(board.topPlayers(30, 1)).toEqual(['p(90)']);
  });
});
