import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { chatRouteDescriptor } from '../../../src/domains/chat-route/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

async function run(seed: number, size: number) {
  const router = chatRouteDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const scenario = await chatRouteDescriptor.runScenario(router, new Random(seed), size);
  return { scenario, state: chatRouteDescriptor.state(router) };
}

describe('ChatRoute descriptor', () => {
  it('is titled ChatRoute', () => {
    expect(chatRouteDescriptor.title).toBe('ChatRoute');
  });

  it('mixes every op type, with failures, in a scenario', async () => {
    const { scenario } = await run(7, 200);
    expect(scenario.input as unknown[]).toHaveLength(200);
    const types = new Set((scenario.input as { type: string }[]).map((op) => op.type));
    expect([...types].sort()).toEqual(['assign', 'migrate', 'remove', 'route']);
    const results = scenario.results as unknown[];
    expect(results).toContain(false);
    expect(results).toContain(true);
    expect(results).toContain(null);
  });

  it('tours a batch with an eviction and a fail-fast replication', async () => {
    const router = chatRouteDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
    const text = (await chatRouteDescriptor.tour(router)).join('\n');
    expect(text).toContain('["srv_b","srv_b","srv_b","srv_a",true]');
    expect(text).toContain('srv_b now holds 60 MB');
    expect(text).toContain('[true,false,false]');
    expect(text).toContain('theory 10 ms');
  });
});
