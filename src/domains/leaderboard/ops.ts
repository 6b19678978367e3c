import type { BatchDefinition } from '../../core/batch.ts';
import { has } from '../../core/dict.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { Leaderboard } from './leaderboard.ts';
import type { LeaderboardBatchJob, LeaderboardOp, LeaderboardOpResult, SyncRequest, UpdateScoreOp } from './types.ts';

function isUpdateScore(op: LeaderboardOp): op is UpdateScoreOp {
  return op.type === 'update_score';
}

/**
 * L5 `batch_operations`: every op locks its `player_id` (an unknown type included, which returns
 * `null`) and calls the matching L1 method.
 */
export const leaderboardBatch: BatchDefinition<Leaderboard, LeaderboardBatchJob, LeaderboardOpResult> = {
  keys: ({ op }) => [op.player_id],
  run(system, { timestamp, op }) {
    if (isUpdateScore(op)) return system.updateScore(timestamp, op.player_id, op.delta);
    if (op.type === 'get_rank') return system.getRank(timestamp, op.player_id);
    if (op.type === 'add_player') return system.addPlayer(timestamp, op.player_id);
    return null;
  },
};

/**
 * L6 `sync_leaderboard`, fail-fast with no lock (as the manual): a missing player returns `false`
 * without a permit; the rest take a permit for a 10 ms external call. Nothing is changed.
 */
export const syncRequest: ExternalItemDefinition<Leaderboard, SyncRequest, boolean> = {
  keys: () => [],
  before: (system, request) => (has(system.players, request.player_id) ? { proceed: true } : { proceed: false, result: false }),
  external: (_system, _request, context) => context.clock.sleep(10),
  after: () => true,
};
