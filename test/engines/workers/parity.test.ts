import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog.ts';
import type { DomainDescriptor, ScenarioRun } from '../../../src/core/domain.ts';
import type { Engine } from '../../../src/core/engine.ts';
import { Random } from '../../../src/core/random.ts';
import { randomScenario, seedScenario, TaskQueue } from '../../../src/domains/task-queue/index.ts';
import { eventLoop, workerEngineForFile } from './worker-engine-fixture.ts';

/** Every system that says it runs on the worker engine. */
const THREADED = [...catalog.values()].filter((d) => d.engines.includes('workers'));
/**
 * L5 batches of 40 ops. TaskQueue's L5 is its worker pool, whose completion order with several real
 * threads is the order real sleeps end in: it has its own test below.
 */
const SYSTEMS = THREADED.filter((d) => d.name !== 'task-queue').map((d) => [d.name, 40] as const);
/** L6 calls of 12 items. */
const EXTERNAL = THREADED.filter((d) => d.runExternalScenario !== undefined).map((d) => [d.name, 12] as const);
const SEEDS = 200;
/** L6 calls wait on real 10 ms steps: fewer seeds keep the file in seconds. */
const EXTERNAL_SEEDS = 60;
/** Seeds run side by side, so that the real 10 ms external steps of L6 overlap. */
const AT_ONCE = 40;

type Scenario = (descriptor: DomainDescriptor, system: never, random: Random, size: number) => Promise<ScenarioRun>;

/** For every seed: the same results and final state on the worker engine as on the event loop. */
async function expectParity(workers: Engine, name: string, size: number, scenario: Scenario, seeds = SEEDS): Promise<void> {
  const descriptor = catalog.get(name)!;
  const once = async (seed: number): Promise<void> => {
    const reference = descriptor.create().useEngine(eventLoop());
    const threaded = descriptor.create().useEngine(workers);
    const expected = await scenario(descriptor, reference as never, new Random(seed), size);
    const actual = await scenario(descriptor, threaded as never, new Random(seed), size);
    expect({ seed, results: actual.results }).toEqual({ seed, results: expected.results });
    expect({ seed, state: descriptor.state(threaded) }).toEqual({ seed, state: descriptor.state(reference) });
    // Key order too: records are insertion-ordered, as Python dicts are.
    expect(JSON.stringify([seed, actual.results, descriptor.state(threaded)])).toBe(JSON.stringify([seed, expected.results, descriptor.state(reference)]));
  };
  for (let first = 1; first <= seeds; first += AT_ONCE) {
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, seeds - first + 1) }, (_, i) => once(first + i)));
  }
}

// Real threads and real 10 ms external steps: seconds, not the default 5 s per test.
describe('worker engine (fifo) against the event loop, 200 seeds each', { timeout: 60_000 }, () => {
  const workers = workerEngineForFile({ lockMode: 'fifo' });

  it.each(SYSTEMS)('%s L5: the same results and final state on %i-op batches', (name, size) =>
    expectParity(workers, name, size, (d, system, random, n) => d.runScenario(system, random, n)),
  );

  it.each(EXTERNAL)('%s L6: the same results and final state on %i-item calls (60 seeds)', (name, size) =>
    expectParity(workers, name, size, (d, system, random, n) => d.runExternalScenario!(system, random, n), EXTERNAL_SEEDS),
  );

  it('task-queue L5: one pool worker on a thread completes the same tasks in the same order', async () => {
    const once = async (seed: number): Promise<void> => {
      const board = randomScenario(new Random(seed), 5);
      const [reference, threaded] = [new TaskQueue().useEngine(eventLoop()), new TaskQueue().useEngine(workers)];
      seedScenario(reference, board);
      seedScenario(threaded, board);
      expect({ seed, order: await threaded.runWorkers(1, 1) }).toEqual({ seed, order: await reference.runWorkers(1, 1) });
      expect({ seed, tasks: threaded.tasks }).toEqual({ seed, tasks: reference.tasks });
    };
    for (let first = 1; first <= SEEDS; first += AT_ONCE) await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => once(first + i)));
  });
});
