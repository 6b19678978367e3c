import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { hotelDescriptor } from '../../../src/domains/hotel/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const hotel = hotelDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const scenario = await hotelDescriptor.runScenario(hotel, new Random(seed), 60);
  return { run: scenario, state: hotelDescriptor.state(hotel) };
}

describe('Hotel descriptor', () => {
  it('runScenario mixes every op type, successes and failures', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['book', 'checkout', 'upgrade', 'cancel']));
    expect(results).toContain(null);
    expect(results).toContain(false);
    expect(results).toContain(true);
  });

  it('tour shows the L5 results and the L6 run against its theory', async () => {
    const hotel = hotelDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
    const lines = await hotelDescriptor.tour(hotel);
    expect(lines[0]).toContain('["booking1",true,"booking2",false]');
    expect(lines[2]).toContain('[true,false,false,true]');
    expect(lines[3]).toContain('theory 20 ms');
  });
});
