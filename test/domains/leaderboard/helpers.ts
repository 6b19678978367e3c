import { Leaderboard, leaderboardDescriptor } from '../../../src/domains/leaderboard/index.ts';
import { bound } from '../harness.ts';

export { lockedKeys, permitOwners } from '../harness.ts';

/** A leaderboard bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundBoard() {
  const { system: board, ...rest } = bound(new Leaderboard());
  return { board, ...rest };
}

/** The leaderboard's public state as plain data, for before/after comparisons. */
export function stateOf(board: Leaderboard): unknown {
  return leaderboardDescriptor.state(board);
}

/** Add players at timestamp 0 with the given scores. */
export function withScores(board: Leaderboard, scores: Record<string, number>): Leaderboard {
  for (const [id, score] of Object.entries(scores)) {
    board.addPlayer(0, id);
    if (score !== 0) board.updateScore(0, id, score);
  }
  return board;
}
