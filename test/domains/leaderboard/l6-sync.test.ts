import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Runtime } from '../../../src/core/runtime.ts';
import { syncRequest, type SyncRequest } from '../../../src/domains/leaderboard/index.ts';
import { RANKING_KEY } from '../../../src/domains/leaderboard/state-access.ts';
import { boundBoard, lockedKeys, permitOwners, withScores } from './helpers.ts';

function aliceAndBob(): ReturnType<typeof boundBoard> {
  const bound = boundBoard();
  withScores(bound.board, { alice: 705, bob: 50 });
  return bound;
}

const manualItems: SyncRequest[] = [{ player_id: 'alice' }, { player_id: 'ghost' }, { player_id: 'bob' }];

describe('Leaderboard L6: syncLeaderboard (fail-fast)', () => {
  it('syncs existing players only: [true, false, true]', async () => {
    const { board } = aliceAndBob();
    expect(await board.syncLeaderboard(10_001, manualItems, 1)).toEqual([true, false, true]);
  });

  it('takes two permits and 20 ms at maxConcurrent 1', async () => {
    const { board, clock, tracer } = aliceAndBob();
    const start = clock.now();
    await board.syncLeaderboard(10_001, manualItems, 1);
    expect(clock.now() - start).toBe(20);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 2']);
  });

  it('checks each player under the ranking lock (the manual takes none; threads that share state need it)', async () => {
    const { board, tracer } = aliceAndBob();
    await board.syncLeaderboard(1, manualItems, 1);
    // Three checks, then the sections of the two passing requests after their external steps.
    expect(lockedKeys(tracer)).toEqual(Array.from({ length: 5 }, () => [RANKING_KEY]));
  });

  it('changes no score', async () => {
    const { board } = aliceAndBob();
    const before = deepCopy(board.players);
    await board.syncLeaderboard(1, manualItems, 2);
    expect(board.players).toEqual(before);
  });

  it('applies due decays first', async () => {
    const { board } = aliceAndBob();
    board.applyDecay(0, 10);
    await board.syncLeaderboard(10, [], 1);
    expect(board.players['alice']).toEqual({ score: 635 });
  });

  it('never gives a permit to a failed item, and finishes in ceil(valid / N) × 10 ms', async () => {
    const { board, clock, tracer } = aliceAndBob();
    withScores(board, { c: 1, d: 2, e: 3 });
    const ids = ['alice', 'x', 'bob', 'c', 'y', 'd', 'e', 'z'];
    const start = clock.now();
    const results = await board.syncLeaderboard(1, ids.map((player_id) => ({ player_id })), 2);
    expect(results).toEqual([true, false, true, true, false, true, true, false]);
    expect(clock.now() - start).toBe(Math.ceil(5 / 2) * 10);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 2', 'item 3', 'item 5', 'item 6']);
  });

  it('would give every item a permit under all-sleep, the cost fail-fast avoids', async () => {
    const { board, clock, tracer, engine } = aliceAndBob();
    const runtime = new Runtime();
    runtime.use(engine);
    const start = clock.now();
    await runtime.rateLimited(board, syncRequest, 'all-sleep', manualItems, 2);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 1', 'item 2']);
    expect(clock.now() - start).toBe(Math.ceil(3 / 2) * 10);
  });

  it('makes a fresh semaphore per call', async () => {
    const { board, clock } = aliceAndBob();
    const items = [{ player_id: 'alice' }, { player_id: 'bob' }];
    await Promise.all([board.syncLeaderboard(1, items, 1), board.syncLeaderboard(1, items, 1)]);
    expect(clock.now()).toBe(20);
  });
});
