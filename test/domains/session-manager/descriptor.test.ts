import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { sessionManagerDescriptor } from '../../../src/domains/session-manager/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

function fresh() {
  return sessionManagerDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
}

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const store = fresh();
  const scenario = await sessionManagerDescriptor.runScenario(store, new Random(seed), 60);
  return { run: scenario, state: sessionManagerDescriptor.state(store) };
}

describe('SessionManager descriptor', () => {
  it('runScenario mixes every op type, successes and failures', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['create', 'get', 'end', 'refresh']));
    expect(results).toContain(true);
    expect(results).toContain(false);
    expect(results).toContain('');
  });

  it('tour shows the L5 batch and the fail-fast sync against its theory', async () => {
    const lines = await sessionManagerDescriptor.tour(fresh());
    expect(lines[0]).toContain('["alice",true,true,"",false]');
    expect(lines[2]).toContain('[true,false,false]');
    expect(lines[3]).toContain('theory 10 ms');
  });
});
