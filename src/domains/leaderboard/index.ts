/** The Leaderboard: clamped scores, ranks, a lazy recurring decay, season snapshots, an L5 per-player batch and L6 fail-fast sync. */
export { leaderboardDescriptor } from './descriptor.ts';
export { Leaderboard } from './leaderboard.ts';
export { leaderboardBatch, syncRequest } from './ops.ts';
export { leaderboardBatchSchema, syncRequestSchema } from './schemas.ts';
export type {
  AddPlayerOp,
  GetRankOp,
  LeaderboardBatchJob,
  LeaderboardOp,
  LeaderboardOpResult,
  OtherLeaderboardOp,
  Player,
  Snapshot,
  SyncRequest,
  UpdateScoreOp,
} from './types.ts';
