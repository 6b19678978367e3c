import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { inMemoryDbDescriptor } from '../../../src/domains/in-memory-db/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const db = inMemoryDbDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const scenario = await inMemoryDbDescriptor.runScenario(db, new Random(seed), 60);
  return { run: scenario, state: inMemoryDbDescriptor.state(db) };
}

describe('InMemDB descriptor', () => {
  it('runScenario mixes every op type, misses and unknown types', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['set', 'get', 'delete', 'scan', 'incr', 'flush']));
    expect(results).toContain(false);
    expect(results).toContain('');
  });

  it('tour shows the L5 result and both L6 policies against their theory', async () => {
    const db = inMemoryDbDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
    const lines = await inMemoryDbDescriptor.tour(db);
    expect(lines[0]).toContain('[null,"alice",false,"email(a@b.com), name(alice)"]');
    expect(lines[1]).toContain('theory 40 ms');
    expect(lines[2]).toContain('theory 20 ms');
  });
});
