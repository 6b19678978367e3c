/** State records and op shapes of the Leaderboard, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** A player as the manual stores it. */
export interface Player {
  /** Never below 0. */
  score: number;
}

/** One season snapshot: `[snapshot timestamp, deep copy of players]`. */
export type Snapshot = [number, Record<string, Player>];

/** L5: add `delta` to a player's score (clamped at 0). */
export interface UpdateScoreOp {
  readonly type: 'update_score';
  readonly player_id: string;
  readonly delta: number;
}

/** L5: a player's 1-based rank. */
export interface GetRankOp {
  readonly type: 'get_rank';
  readonly player_id: string;
}

/** L5: add a player with score 0. */
export interface AddPlayerOp {
  readonly type: 'add_player';
  readonly player_id: string;
}

/** L5: any other type. The manual still reads and locks its `player_id`, then returns `null`. */
export interface OtherLeaderboardOp {
  readonly type: string;
  readonly player_id: string;
}

/** An op of `batchOperations`. */
export type LeaderboardOp = UpdateScoreOp | GetRankOp | AddPlayerOp | OtherLeaderboardOp;

/** What one L5 op returns: a score or rank, `add_player`'s boolean, or `null`. */
export type LeaderboardOpResult = number | boolean | null;

/** An L5 op with the batch's timestamp, as the op definitions receive it. */
export type LeaderboardBatchJob = Timed<LeaderboardOp>;

/** L6: a request to sync one player to the external service. */
export interface SyncRequest {
  readonly player_id: string;
}
