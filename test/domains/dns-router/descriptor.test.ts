import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { dnsRouterDescriptor } from '../../../src/domains/dns-router/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

function fresh() {
  return dnsRouterDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
}

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const dns = fresh();
  const scenario = await dnsRouterDescriptor.runScenario(dns, new Random(seed), 60);
  return { run: scenario, state: dnsRouterDescriptor.state(dns) };
}

describe('DNS descriptor', () => {
  it('runScenario mixes every op type, misses and unknown types', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['add', 'resolve', 'delete', 'zz', 'list']));
    expect(results).toContain(false);
    expect(results).toContain(true);
    expect(results).toContain('');
  });

  it('tour shows the L5 results and the L6 call beside its theory', async () => {
    const lines = await dnsRouterDescriptor.tour(fresh());
    expect(lines[0]).toContain('[null,"1.2.3.4",true,false,"",null]');
    expect(lines[2]).toContain('[true,false,false,true]');
    expect(lines[3]).toContain('theory 20 ms');
  });
});
