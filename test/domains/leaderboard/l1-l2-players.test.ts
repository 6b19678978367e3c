import { describe, expect, it } from 'vitest';
import { Leaderboard } from '../../../src/domains/leaderboard/index.ts';

/** The manual's L1 walk-through, up to alice 500, bob 500, cathy 200. */
function manualBoard(): Leaderboard {
  const board = new Leaderboard();
  board.addPlayer(1, 'alice');
  board.updateScore(3, 'alice', 500);
  board.addPlayer(4, 'bob');
  board.updateScore(5, 'bob', 300);
  board.updateScore(6, 'bob', -1000);
  board.updateScore(8, 'bob', 500);
  board.addPlayer(9, 'cathy');
  board.updateScore(10, 'cathy', 200);
  return board;
}

describe('Leaderboard L1: players and scores', () => {
  it('adds a player once with score 0 and refuses the same id again', () => {
    const board = new Leaderboard();
    expect(board.addPlayer(1, 'alice')).toBe(true);
    expect(board.addPlayer(2, 'alice')).toBe(false);
    expect(board.players['alice']).toEqual({ score: 0 });
  });

  it('returns the new score of an update', () => {
    const board = new Leaderboard();
    board.addPlayer(1, 'alice');
    expect(board.updateScore(3, 'alice', 500)).toBe(500);
    board.addPlayer(4, 'bob');
    expect(board.updateScore(5, 'bob', 300)).toBe(300);
  });

  it('clamps a score at 0: bob 300 − 1000 → 0', () => {
    const board = new Leaderboard();
    board.addPlayer(4, 'bob');
    board.updateScore(5, 'bob', 300);
    expect(board.updateScore(6, 'bob', -1000)).toBe(0);
    expect(board.updateScore(8, 'bob', 500)).toBe(500);
  });

  it('returns null for a missing player', () => {
    expect(manualBoard().updateScore(7, 'zz', 5)).toBeNull();
  });

  it('adds cathy with score 0 and then 200', () => {
    const board = new Leaderboard();
    expect(board.addPlayer(9, 'cathy')).toBe(true);
    expect(board.players['cathy']).toEqual({ score: 0 });
    expect(board.updateScore(10, 'cathy', 200)).toBe(200);
  });

  it('ranks from 1, equal scores by id: alice 1, bob 2, cathy 3', () => {
    const board = manualBoard();
    expect(board.getRank(11, 'alice')).toBe(1);
    expect(board.getRank(11, 'bob')).toBe(2);
    expect(board.getRank(11, 'cathy')).toBe(3);
  });

  it('has no rank for a missing player', () => {
    expect(manualBoard().getRank(11, 'zz')).toBeNull();
  });

  it('keeps ids like "__proto__" and "constructor" as plain players', () => {
    const board = new Leaderboard();
    expect(board.getRank(0, 'constructor')).toBeNull();
    expect(board.addPlayer(0, '__proto__')).toBe(true);
    expect(board.addPlayer(0, 'constructor')).toBe(true);
    expect(board.topPlayers(0, 5)).toEqual(['__proto__(0)', 'constructor(0)']);
  });
});

describe('Leaderboard L2: rankings', () => {
  it('gives the top 2: ["alice(500)", "bob(500)"]', () => {
    expect(manualBoard().topPlayers(12, 2)).toEqual(['alice(500)', 'bob(500)']);
  });

  it('gives everyone when n exceeds the count', () => {
    expect(manualBoard().topPlayers(12, 10)).toEqual(['alice(500)', 'bob(500)', 'cathy(200)']);
  });

  it('drops |n| players from the end for a negative n, as Python slicing does', () => {
    expect(manualBoard().topPlayers(12, -1)).toEqual(['alice(500)', 'bob(500)']);
  });

  it('lists players at or above a score, inclusive: 200 → all three', () => {
    expect(manualBoard().playersAbove(12, 200)).toEqual(['alice', 'bob', 'cathy']);
  });

  it('lists only alice and bob above 201', () => {
    expect(manualBoard().playersAbove(12, 201)).toEqual(['alice', 'bob']);
  });

  it('lists nobody above 9999', () => {
    expect(manualBoard().playersAbove(12, 9999)).toEqual([]);
  });

  it('orders ids by code unit, not locale: "B" before "a"', () => {
    const board = new Leaderboard();
    board.addPlayer(0, 'a');
    board.addPlayer(0, 'B');
    expect(board.playersAbove(0, 0)).toEqual(['B', 'a']);
  });
});
