import type { BatchSchema, OpSchema } from '../../core/validate.ts';

/**
 * The ops of `batchOperations`. An unknown type still needs a string `player_id`: the manual reads it
 * and takes its lock before matching the type (and returns `null`).
 */
export const leaderboardBatchSchema: BatchSchema = {
  types: {
    update_score: { player_id: 'string', delta: 'integer' },
    get_rank: { player_id: 'string' },
    add_player: { player_id: 'string' },
  },
  unknownType: { player_id: 'string' },
};

/** One item of `syncLeaderboard`. */
export const syncRequestSchema: OpSchema = { player_id: 'string' };
