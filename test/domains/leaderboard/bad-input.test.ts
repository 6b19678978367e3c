import { describe, it } from 'vitest';
import type { Leaderboard } from '../../../src/domains/leaderboard/index.ts';
import { boundBoard, stateOf, withScores } from './helpers.ts';
import { call, rejecter } from '../harness.ts';

/** Players, a snapshot and a decay due at 10, so a stray decay run or change would show. */
function seeded(): Leaderboard {
  const { board } = boundBoard();
  withScores(board, { alice: 500, bob: 300 });
  board.seasonSnapshot(1);
  board.applyDecay(0, 10);
  return board;
}

/** Call `run` on a seeded board and check it fails with `expected` and leaves the state alone. */
const rejects = rejecter(seeded, stateOf);

const DUE = 10;

describe('Leaderboard bad input', () => {
  it('rejects a batch that is not an array', async () => {
    await rejects((b) => call(b, 'batchOperations', DUE, 'add_player'), { field: 'operations' });
  });

  it('rejects an op that is not an object, naming its index', async () => {
    await rejects((b) => call(b, 'batchOperations', DUE, [{ type: 'get_rank', player_id: 'alice' }, 5]), { field: 'op', index: 1 });
  });

  it('rejects an update_score op missing delta, before the valid op ahead of it runs', async () => {
    const ops = [{ type: 'update_score', player_id: 'alice', delta: 1 }, { type: 'update_score', player_id: 'alice' }];
    await rejects((b) => call(b, 'batchOperations', DUE, ops), { field: 'delta', index: 1 });
  });

  it('rejects an update_score op with a string delta', async () => {
    await rejects((b) => call(b, 'batchOperations', DUE, [{ type: 'update_score', player_id: 'alice', delta: '5' }]), { field: 'delta', index: 0 });
  });

  it('rejects an unknown op type without a player_id', async () => {
    await rejects((b) => call(b, 'batchOperations', DUE, [{ type: 'reset' }]), { field: 'player_id', index: 0 });
  });

  it('rejects a get_rank op whose player_id is not a string', async () => {
    await rejects((b) => call(b, 'batchOperations', DUE, [{ type: 'get_rank', player_id: 1 }]), { field: 'player_id', index: 0 });
  });

  it('rejects a batch with a non-integer timestamp', async () => {
    await rejects((b) => call(b, 'batchOperations', 10.5, []), { field: 'timestamp' });
  });

  it('rejects syncLeaderboard with maxConcurrent 0', async () => {
    await rejects((b) => b.syncLeaderboard(DUE, [{ player_id: 'alice' }], 0), { field: 'maxConcurrent' });
  });

  it('rejects syncLeaderboard with maxConcurrent 1.5', async () => {
    await rejects((b) => b.syncLeaderboard(DUE, [{ player_id: 'alice' }], 1.5), { field: 'maxConcurrent' });
  });

  it('rejects a sync request without a player_id, naming its index', async () => {
    await rejects((b) => call(b, 'syncLeaderboard', DUE, [{ player_id: 'alice' }, {}], 1), { field: 'player_id', index: 1 });
  });

  it('rejects sync requests that are not an array', async () => {
    await rejects((b) => call(b, 'syncLeaderboard', DUE, { player_id: 'alice' }, 1), { field: 'syncRequests' });
  });

  it('rejects applyDecay with interval 0, which would loop forever', async () => {
    await rejects((b) => b.applyDecay(DUE, 0), { field: 'interval' });
  });

  it('rejects applyDecay with a negative interval', async () => {
    await rejects((b) => b.applyDecay(DUE, -5), { field: 'interval' });
  });

  it('rejects addPlayer with a non-string id', async () => {
    await rejects((b) => call(b, 'addPlayer', DUE, null), { field: 'playerId' });
  });

  it('rejects updateScore with a fractional delta', async () => {
    await rejects((b) => b.updateScore(DUE, 'alice', 0.5), { field: 'delta' });
  });

  it('rejects seasonRestore with a missing snapshot timestamp', async () => {
    await rejects((b) => call(b, 'seasonRestore', DUE), { field: 'snapshotTimestamp' });
  });

  it('rejects topPlayers with a string timestamp', async () => {
    await rejects((b) => call(b, 'topPlayers', '10', 1), { field: 'timestamp' });
  });
});
