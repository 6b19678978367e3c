import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { notificationDescriptor } from '../../../src/domains/notification/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

function fresh() {
  return notificationDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
}

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const board = fresh();
  const scenario = await notificationDescriptor.runScenario(board, new Random(seed), 60);
  return { run: scenario, state: notificationDescriptor.state(board) };
}

describe('Notification descriptor', () => {
  it('runScenario mixes every op type, successes and failures', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['create', 'acknowledge', 'get', 'merge']));
    expect(results).toContain(true);
    expect(results).toContain(false);
    expect(results).toContain(null);
  });

  it('tour shows the L5 vector and the all-sleep send against its theory', async () => {
    const lines = await notificationDescriptor.tour(fresh());
    expect(lines[0]).toContain('[true,true,{"message":"mm","severity":1,"acknowledged":false,"escalated":false,"created_at":1},null]');
    expect(lines[2]).toContain('["sent:a","failed:zz","sent:b"]');
    expect(lines[3]).toContain('theory 20 ms');
  });
});
