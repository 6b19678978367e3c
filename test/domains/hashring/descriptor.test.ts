import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { hashRingDescriptor } from '../../../src/domains/hashring/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

async function run(seed: number, size: number) {
  const ring = hashRingDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const scenario = await hashRingDescriptor.runScenario(ring, new Random(seed), size);
  return { scenario, state: hashRingDescriptor.state(ring) };
}

describe('Hashring descriptor', () => {
  it('is titled Hashring', () => {
    expect(hashRingDescriptor.title).toBe('Hashring');
  });

  it('mixes every op type, with failures, in a scenario', async () => {
    const { scenario } = await run(7, 200);
    expect(scenario.input as unknown[]).toHaveLength(200);
    const types = new Set((scenario.input as { type: string }[]).map((op) => op.type));
    expect([...types].sort()).toEqual(['rebalance', 'remove_key', 'route', 'store']);
    const results = scenario.results as unknown[];
    expect(results).toContain(false);
    expect(results).toContain(true);
    expect(results).toContain(null);
  });

  it('tours a batch and a fail-fast sync', async () => {
    const ring = hashRingDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
    const lines = await hashRingDescriptor.tour(ring);
    expect(lines.join('\n')).toContain('["node_b","node_c","node_c",true,false]');
    expect(lines.join('\n')).toContain('[true,false,false]');
    expect(lines.join('\n')).toContain('theory 10 ms');
  });
});
