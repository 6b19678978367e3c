import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { Leaderboard } from './leaderboard.ts';
import { RANKING_KEY } from './state-access.ts';

export { leaderboardState } from './state-access.ts';
import type { LeaderboardBatchJob, LeaderboardOp, LeaderboardOpResult, SyncRequest, UpdateScoreOp } from './types.ts';

function isUpdateScore(op: LeaderboardOp): op is UpdateScoreOp {
  return op.type === 'update_score';
}

/** The op types that call a method, and so read or write the players table. */
const KNOWN = new Set(['update_score', 'get_rank', 'add_player']);

/**
 * L5 `batch_operations`: every op locks its `player_id` (an unknown type included, which returns
 * `null`) and calls the matching L1 method. An op that calls one also locks the ranking (the whole
 * players table): a rank reads every score, and a score change or a new player moves other ranks.
 */
export const leaderboardBatch: BatchDefinition<Leaderboard, LeaderboardBatchJob, LeaderboardOpResult> = {
  portable: { module: import.meta.url, name: 'leaderboardBatch', state: 'leaderboardState' },
  keys: ({ op }) => (KNOWN.has(op.type) ? [op.player_id, RANKING_KEY] : [op.player_id]),
  run(system, { timestamp, op }) {
    if (isUpdateScore(op)) return system.updateScore(timestamp, op.player_id, op.delta);
    if (op.type === 'get_rank') return system.getRank(timestamp, op.player_id);
    if (op.type === 'add_player') return system.addPlayer(timestamp, op.player_id);
    return null;
  },
};

/**
 * L6 `sync_leaderboard`, fail-fast: a missing player returns `false` without a permit; the rest take
 * a permit for a 10 ms external call. Nothing is changed.
 */
export const syncRequest: ExternalItemDefinition<Leaderboard, SyncRequest, boolean> = {
  portable: { module: import.meta.url, name: 'syncRequest', state: 'leaderboardState' },
  // Decision: the manual checks the player without a lock. On one thread that is the same as taking
  // one (nothing in the call writes); on threads that share state the check must hold the lock of the
  // partition it reads, the players table's.
  keys: () => [RANKING_KEY],
  before: (system, request) => (has(system.players, request.player_id) ? { proceed: true } : { proceed: false, result: false }),
  external: (_system, _request, context) => context.clock.sleep(10),
  after: () => true,
};
