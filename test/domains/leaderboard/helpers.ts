import { RecordingTracer, type TraceEvent } from '../../../src/core/tracer.ts';
import { Leaderboard, leaderboardDescriptor } from '../../../src/domains/leaderboard/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

/** A leaderboard bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundBoard() {
  const clock = createVirtualClock();
  const tracer = new RecordingTracer();
  const engine = createEventLoopEngine({ clock, tracer });
  const board = new Leaderboard().useEngine(engine);
  return { board, clock, tracer, engine };
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

/** The owners (`item N`) that took a permit, in order. */
export function permitOwners(events: readonly TraceEvent[]): string[] {
  return events.filter((e) => e.kind === 'permit-acquired').map((e) => e.owner);
}

/** The keys of every lock acquisition, in order. */
export function lockedKeys(events: readonly TraceEvent[]): (readonly string[])[] {
  return events.flatMap((e) => (e.kind === 'lock-acquired' ? [e.keys] : []));
}
