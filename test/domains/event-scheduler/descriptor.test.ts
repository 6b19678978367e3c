import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { eventSchedulerDescriptor } from '../../../src/domains/event-scheduler/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

function fresh() {
  return eventSchedulerDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
}

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const scheduler = fresh();
  const scenario = await eventSchedulerDescriptor.runScenario(scheduler, new Random(seed), 60);
  return { run: scenario, state: eventSchedulerDescriptor.state(scheduler) };
}

describe('EventScheduler descriptor', () => {
  it('runScenario mixes every op type, successes and failures', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['schedule', 'cancel', 'recurring', 'pause']));
    expect(results).toContain(true);
    expect(results).toContain(false);
  });

  it('tour shows the L5 vector and the fail-fast dispatch against its theory', async () => {
    const lines = await eventSchedulerDescriptor.tour(fresh());
    expect(lines[0]).toContain('[true,false,true,true,false]');
    expect(lines[2]).toContain('["dispatched:evt_1","skipped:evt_2","error:evt_3:timeout","skipped:zz"]');
    expect(lines[3]).toContain('theory 10 ms');
    expect(lines[4]).toContain('evt_1(DISPATCHED), evt_2(SCHEDULED), evt_3(EXECUTED)');
  });
});
