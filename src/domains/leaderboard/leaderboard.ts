import { stamped } from '../../core/batch.ts';
import { compareStrings, deepCopy, dict, has, type Dict } from '../../core/dict.ts';
import type { Engine } from '../../core/engine.ts';
import type { LockTable } from '../../core/lock-table.ts';
import type { OpError } from '../../core/op-error.ts';
import { latestAtOrBefore } from '../../core/remaining-ttl-backup.ts';
import { Runtime } from '../../core/runtime.ts';
import { expectArgs, expectInteger, expectPositiveInteger, validateItems, validateOps } from '../../core/validate.ts';
import { leaderboardBatch, syncRequest } from './ops.ts';
import { leaderboardBatchSchema, syncRequestSchema } from './schemas.ts';
import type { LeaderboardOp, LeaderboardOpResult, Player, Snapshot, SyncRequest } from './types.ts';

/** Python's `old - old // 10`: a tenth off, rounded in the player's favour; below 10 nothing changes. */
function decayed(score: number): number {
  return score - Math.floor(score / 10);
}

/**
 * The manual's `Leaderboard`: players with a score that never goes below 0, ranked by score then id;
 * a recurring 10 % decay applied lazily with catch-up; season snapshots and restores; an L5 batch
 * under per-player locks and an L6 fail-fast sync.
 * @example
 * const board = new Leaderboard();
 * board.addPlayer(1, 'alice');
 * board.updateScore(2, 'alice', 500); // 500
 */
export class Leaderboard {
  /** player_id → player, in the order players were added. */
  players: Dict<Player> = dict();
  /** Milliseconds between decays; `null` while decay is off. */
  decay_interval: number | null = null;
  /** When the next decay falls due (inclusive). */
  decay_next_due: number | null = null;
  /** `[timestamp, players copy]` in the order `seasonSnapshot` was called. */
  snapshots: Snapshot[] = [];
  #runtime = new Runtime();

  /** The manual's `player_locks` (`defaultdict(asyncio.Lock)`): one lock per player id, made on first use. */
  get player_locks(): LockTable {
    return this.#runtime.locks;
  }

  /** Run L5/L6 on `engine` from now on (a fresh lock table comes with it). */
  useEngine(engine: Engine): this {
    this.#runtime.use(engine);
    return this;
  }

  /**
   * Add a player with score 0.
   * @returns `false` when the id is taken (nothing is overwritten), else `true`.
   * @throws InvalidInputError on a non-integer timestamp or a non-string id.
   */
  addPlayer(timestamp: number, playerId: string): boolean {
    expectArgs(timestamp, { playerId });
    this.#processDecay(timestamp);
    if (has(this.players, playerId)) return false;
    this.players[playerId] = { score: 0 };
    return true;
  }

  /**
   * Add `delta` (negative allowed) to a player's score, clamping the result at 0.
   * @returns the new score, or `null` when the player is missing.
   */
  updateScore(timestamp: number, playerId: string, delta: number): number | null {
    expectArgs(timestamp, { playerId });
    expectInteger(delta, 'delta');
    this.#processDecay(timestamp);
    const player = this.players[playerId];
    if (player === undefined) return null;
    player.score = Math.max(0, player.score + delta);
    return player.score;
  }

  /**
   * A player's 1-based rank by score, highest first; equal scores are ordered by id, so no two players
   * share a rank.
   * @returns `null` when the player is missing.
   */
  getRank(timestamp: number, playerId: string): number | null {
    expectArgs(timestamp, { playerId });
    this.#processDecay(timestamp);
    if (!has(this.players, playerId)) return null;
    return this.#ranked().findIndex(([id]) => id === playerId) + 1;
  }

  /** The first `n` players by score, highest first, ties by id, as `"id(score)"`. */
  topPlayers(timestamp: number, n: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(n, 'n');
    this.#processDecay(timestamp);
    // Decision: a negative `n` drops |n| players from the end, as Python's `items[:n]` (and JS slice) do.
    return this.#ranked().slice(0, n).map(([id, player]) => `${id}(${player.score})`);
  }

  /** The ids of players scoring at least `minScore`, highest first, ties by id (`[]` when none). */
  playersAbove(timestamp: number, minScore: number): string[] {
    expectInteger(timestamp, 'timestamp');
    expectInteger(minScore, 'minScore');
    this.#processDecay(timestamp);
    return this.#ranked().filter(([, player]) => player.score >= minScore).map(([id]) => id);
  }

  /**
   * Settle the current schedule up to `timestamp`, then decay every score by a tenth each `interval` ms
   * from now on, the first at `timestamp + interval`. A new call replaces the schedule.
   * @throws InvalidInputError when `interval` is not an integer ≥ 1.
   */
  applyDecay(timestamp: number, interval: number): null {
    expectInteger(timestamp, 'timestamp');
    // Decision: the manual loops forever on a due decay when `interval` <= 0 (the next due time never
    // passes `timestamp`), so conclab rejects such an interval before any change.
    expectPositiveInteger(interval, 'interval');
    this.#processDecay(timestamp);
    this.decay_interval = interval;
    this.decay_next_due = timestamp + interval;
    return null;
  }

  /** Keep a deep copy of every player, stamped `timestamp`. @returns how many players it holds. */
  seasonSnapshot(timestamp: number): number {
    expectInteger(timestamp, 'timestamp');
    this.#processDecay(timestamp);
    this.snapshots.push([timestamp, deepCopy(this.players)]);
    return Object.keys(this.players).length;
  }

  /**
   * Replace the players with a copy of the latest snapshot taken at or before `snapshotTimestamp` (the
   * earliest of equal stamps). The decay schedule is left as it is, and restored scores are not decayed
   * for intervals already settled.
   * @returns `false` when there is no such snapshot.
   */
  seasonRestore(timestamp: number, snapshotTimestamp: number): boolean {
    expectInteger(timestamp, 'timestamp');
    expectInteger(snapshotTimestamp, 'snapshotTimestamp');
    this.#processDecay(timestamp);
    const chosen = latestAtOrBefore(this.snapshots, snapshotTimestamp);
    if (chosen === undefined) return false;
    this.players = deepCopy(chosen[1]);
    return true;
  }

  /**
   * L5: run every op under its player's lock, all at once; the results, in input order, equal running
   * the ops one by one. Decays due by `timestamp` are applied first.
   * @throws InvalidInputError (as a rejection, before any change) on a malformed op, naming its index.
   * @example
   * await board.batchOperations(3, [{ type: 'update_score', player_id: 'alice', delta: 5 }]); // [505]
   */
  async batchOperations(timestamp: number, operations: readonly LeaderboardOp[]): Promise<(LeaderboardOpResult | OpError)[]> {
    expectInteger(timestamp, 'timestamp');
    validateOps(operations, leaderboardBatchSchema);
    this.#processDecay(timestamp);
    return this.#runtime.batch(this, leaderboardBatch, stamped(timestamp, operations));
  }

  /**
   * L6, fail-fast: a request for a missing player is `false` at once and never takes a permit; the
   * rest go through at most `maxConcurrent` 10 ms external calls at once.
   * @returns one boolean per request, in input order.
   */
  async syncLeaderboard(timestamp: number, syncRequests: readonly SyncRequest[], maxConcurrent: number): Promise<boolean[]> {
    expectInteger(timestamp, 'timestamp');
    validateItems(syncRequests, syncRequestSchema, 'syncRequests');
    expectPositiveInteger(maxConcurrent, 'maxConcurrent');
    this.#processDecay(timestamp);
    return this.#runtime.rateLimited(this, syncRequest, 'fail-fast', syncRequests, maxConcurrent);
  }

  /** Every player, by score descending then id ascending: the manual's `(-score, player_id)` key. */
  #ranked(): [string, Player][] {
    return Object.entries(this.players).sort(([idA, a], [idB, b]) => b.score - a.score || compareStrings(idA, idB));
  }

  /**
   * The manual's `_process_decay`: apply one decay per interval due by `timestamp` (inclusive), so a
   * late call catches up on every missed one.
   */
  #processDecay(timestamp: number): void {
    const interval = this.decay_interval;
    if (interval === null) return;
    while (this.decay_next_due !== null && timestamp >= this.decay_next_due) {
      const changed = this.#decayEveryone();
      this.decay_next_due += interval;
      // Once every score is below 10 a decay changes nothing, so the remaining due rounds are skipped in
      // one step: the same end state as the manual's loop, without millions of idle rounds.
      if (!changed && timestamp >= this.decay_next_due) {
        this.decay_next_due += (Math.floor((timestamp - this.decay_next_due) / interval) + 1) * interval;
      }
    }
  }

  /** Take a tenth off every score; reports whether any score moved. */
  #decayEveryone(): boolean {
    let changed = false;
    for (const player of Object.values(this.players)) {
      const next = decayed(player.score);
      if (next !== player.score) changed = true;
      player.score = next;
    }
    return changed;
  }
}
