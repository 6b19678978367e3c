import { describe, expect, it } from 'vitest';
import { Leaderboard } from '../../../src/domains/leaderboard/index.ts';
import { withScores } from './helpers.ts';

function decaying(): Leaderboard {
  const board = withScores(new Leaderboard(), { alice: 500, bob: 300 });
  expect(board.applyDecay(1000, 1000)).toBeNull();
  return board;
}

describe('Leaderboard L3: recurring decay, applied lazily', () => {
  it('schedules the first decay one interval out', () => {
    const board = decaying();
    expect(board.decay_interval).toBe(1000);
    expect(board.decay_next_due).toBe(2000);
  });

  it('changes nothing before the first due time', () => {
    expect(decaying().topPlayers(1999, 5)).toEqual(['alice(500)', 'bob(300)']);
  });

  it('applies one decay by 2500: alice 450, bob 270, next due 3000', () => {
    const board = decaying();
    expect(board.topPlayers(2500, 5)).toEqual(['alice(450)', 'bob(270)']);
    expect(board.decay_next_due).toBe(3000);
  });

  it('catches up on the rounds due at 3000 and 4000: alice 365, bob 219, next due 5000', () => {
    const board = decaying();
    board.topPlayers(2500, 5);
    expect(board.topPlayers(4000, 5)).toEqual(['alice(365)', 'bob(219)']);
    expect(board.decay_next_due).toBe(5000);
  });

  it('catches up on three rounds in one late call', () => {
    expect(decaying().topPlayers(4000, 5)).toEqual(['alice(365)', 'bob(219)']);
  });

  it('is multiplicative: 100 → 90 → 81, then a new schedule 100 ms out gives 73', () => {
    const board = withScores(new Leaderboard(), { p: 100 });
    board.applyDecay(0, 10);
    expect(board.topPlayers(9, 1)).toEqual(['p(100)']);
    expect(board.topPlayers(10, 1)).toEqual(['p(90)']);
    expect(board.topPlayers(20, 1)).toEqual(['p(81)']);
    board.applyDecay(25, 100);
    expect(board.decay_next_due).toBe(125);
    expect(board.topPlayers(124, 1)).toEqual(['p(81)']);
    expect(board.topPlayers(125, 1)).toEqual(['p(73)']);
  });

  it('settles the old schedule before replacing it', () => {
    const board = withScores(new Leaderboard(), { p: 100 });
    board.applyDecay(0, 10);
    board.applyDecay(20, 1000);
    expect(board.players['p']).toEqual({ score: 81 });
    expect(board.decay_next_due).toBe(1020);
  });

  it('keeps 0 at 0', () => {
    const board = withScores(new Leaderboard(), { p: 0 });
    board.applyDecay(0, 10);
    expect(board.topPlayers(100, 1)).toEqual(['p(0)']);
  });

  it('never decays a score below 10: 9 stays 9', () => {
    const board = withScores(new Leaderboard(), { p: 9 });
    board.applyDecay(0, 10);
    expect(board.topPlayers(10, 1)).toEqual(['p(9)']);
  });

  it('decays a player added after applyDecay like everyone else', () => {
    const board = new Leaderboard();
    board.applyDecay(0, 10);
    board.addPlayer(5, 'late');
    board.updateScore(5, 'late', 100);
    expect(board.topPlayers(10, 1)).toEqual(['late(90)']);
  });

  it('runs from every public method, such as addPlayer', () => {
    const board = decaying();
    board.addPlayer(2000, 'cathy');
    expect(board.players['alice']).toEqual({ score: 450 });
  });

  it('catches up on millions of rounds at once and lands on the right next due time', () => {
    const board = withScores(new Leaderboard(), { big: Number.MAX_SAFE_INTEGER, small: 5 });
    board.applyDecay(0, 1);
    board.topPlayers(50_000_000, 2);
    expect(board.players['big']!.score).toBeLessThan(10);
    expect(board.players['small']).toEqual({ score: 5 });
    expect(board.decay_next_due).toBe(50_000_001);
  });

  it('the manual __init__ illustration: next due 2000 means a decay at ts 2000', () => {
    const board = new Leaderboard();
    board.players['alice'] = { score: 600 };
    board.snapshots = [[1500, { alice: { score: 600 } }]];
    board.decay_interval = 1000;
    board.decay_next_due = 2000;
    expect(board.topPlayers(1999, 1)).toEqual(['alice(600)']);
    expect(board.topPlayers(2000, 1)).toEqual(['alice(540)']);
  });
});
