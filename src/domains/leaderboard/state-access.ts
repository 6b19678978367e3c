import { dict } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { Leaderboard } from './leaderboard.ts';
import type { Player } from './types.ts';

/**
 * The lock key of the ranking: the whole `players` table. A rank compares a player's score with every
 * other player's, so it reads every player, and every change of a score or of the roster changes
 * ranks; the table is therefore one partition, under this key, which every op that reads or writes a
 * player takes beside the manual's own per-player lock. (No player id can start with NUL in practice,
 * so it cannot clash with one.)
 */
export const RANKING_KEY = '\u0000ranking';

/**
 * Leaderboard's state by lock key: the ranking key guards every player (the table as one partition);
 * a player id, the manual's lock, guards nothing of its own (its player lives in the table). The
 * decay schedule and the snapshots are only changed by `applyDecay`, `seasonSnapshot` and
 * `seasonRestore`, which no L5 or L6 section calls.
 *
 * The lazy decay pass that every method runs first changes every score without any lock: a batch (and
 * an L6 call) runs it once before any op, at the call's timestamp, which moves the next due time past
 * that timestamp, so inside the call the pass never finds a decay due. (On a thread the system has no
 * schedule at all, so it returns at once.)
 */
export const leaderboardState: StateAccess<Leaderboard> = {
  create: () => new Leaderboard(),
  read: (board, key) => (key === RANKING_KEY ? board.players : undefined),
  write(board, key, partition) {
    if (key === RANKING_KEY) board.players = (partition as Record<string, Player> | undefined) ?? dict();
  },
};
