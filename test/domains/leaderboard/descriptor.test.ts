import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { leaderboardDescriptor } from '../../../src/domains/leaderboard/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const board = leaderboardDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const scenario = await leaderboardDescriptor.runScenario(board, new Random(seed), 60);
  return { run: scenario, state: leaderboardDescriptor.state(board) };
}

describe('Leaderboard descriptor', () => {
  it('runScenario mixes every op type, successes and failures', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['update_score', 'get_rank', 'add_player', 'reset']));
    expect(results).toContain(null);
    expect(results).toContain(false);
  });

  it('runScenario catches up on the seeded decay before the batch', async () => {
    const { state } = await run(3);
    expect((state as { decay_next_due: number }).decay_next_due).toBe(3010);
  });

  it('tour shows the L5 results and the L6 run against its theory', async () => {
    const board = leaderboardDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
    const lines = await leaderboardDescriptor.tour(board);
    expect(lines[0]).toContain('[true,705,2,0,null]');
    expect(lines[2]).toContain('[true,false,true]');
    expect(lines[3]).toContain('theory 20 ms');
  });
});
