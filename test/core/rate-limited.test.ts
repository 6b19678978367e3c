import { describe, expect, it } from 'vitest';
import { runRateLimited, type ExternalItemDefinition, type RateLimitPolicy } from '../../src/core/rate-limited.ts';
import { Runtime } from '../../src/core/runtime.ts';
import { engineFactories, type EngineUnderTest } from './engine-factory.ts';

interface Item {
  readonly id: string;
  readonly valid: boolean;
}

/** Items that are valid or not; the external step is 10 ms. */
const definition: ExternalItemDefinition<null, Item, string> = {
  keys: (item) => [item.id],
  before: (_system, item) => (item.valid ? { proceed: true } : { proceed: false, result: `invalid:${item.id}` }),
  external: (_system, _item, context) => context.clock.sleep(10),
  after: (_system, item) => (item.valid ? `ok:${item.id}` : `invalid:${item.id}`),
};

const items: Item[] = [
  { id: 'a', valid: true },
  { id: 'b', valid: false },
  { id: 'c', valid: true },
  { id: 'd', valid: false },
  { id: 'e', valid: true },
];

async function run(subject: EngineUnderTest, policy: RateLimitPolicy, permits: number, def = definition) {
  const { engine, clock, tracer } = subject;
  const semaphore = engine.createSemaphore(permits);
  const start = clock.now();
  const results = await runRateLimited({ locks: engine.createLockTable(), semaphore, clock, system: null, policy, definition: def }, items);
  const permitted = tracer.events.filter((e) => e.kind === 'permit-acquired').map((e) => e.owner);
  return { results, makespan: clock.now() - start, permitted };
}

describe.each(engineFactories)('rate-limited runner on %s', (_name, make) => {
  it('fail-fast: a failed item never takes a permit, and the makespan is ceil(valid/N)·d', async () => {
    const { results, makespan, permitted } = await run(make(), 'fail-fast', 2);
    expect(results).toEqual(['ok:a', 'invalid:b', 'ok:c', 'invalid:d', 'ok:e']);
    expect(permitted).toEqual(['item 0', 'item 2', 'item 4']);
    expect(makespan).toBe(Math.ceil(3 / 2) * 10);
  });

  it('all-sleep: every item takes a permit, and the makespan is ceil(M/N)·d', async () => {
    const { results, makespan, permitted } = await run(make(), 'all-sleep', 2);
    expect(results).toEqual(['ok:a', 'invalid:b', 'ok:c', 'invalid:d', 'ok:e']);
    expect(permitted).toEqual(['item 0', 'item 1', 'item 2', 'item 3', 'item 4']);
    expect(makespan).toBe(Math.ceil(5 / 2) * 10);
  });

  it('lifecycle: checks inside the permit, and a throwing external step becomes the item result', async () => {
    const failing: ExternalItemDefinition<null, Item, string> = {
      ...definition,
      external: async (_system, item, context) => {
        await context.clock.sleep(10);
        if (item.id === 'c') throw new Error('remote down');
      },
      onError: (item, error) => `error:${item.id}:${(error as Error).message}`,
    };
    const { results, permitted } = await run(make(), 'lifecycle', 1, failing);
    expect(results).toEqual(['ok:a', 'invalid:b', 'error:c:remote down', 'invalid:d', 'ok:e']);
    expect(permitted).toHaveLength(5);
  });

  it('never holds an item lock across the external step', async () => {
    const subject = make();
    const locks = subject.engine.createLockTable();
    const semaphore = subject.engine.createSemaphore(1);
    const probe: ExternalItemDefinition<null, Item, boolean> = {
      keys: definition.keys,
      before: (_system, item) => (item.valid ? { proceed: true } : { proceed: false, result: false }),
      external: async (_system, item, context) => {
        expect(locks.holderOf(item.id)).toBeUndefined();
        await context.clock.sleep(10);
      },
      after: (_system, item) => locks.holderOf(item.id) !== undefined,
    };
    const results = await runRateLimited({ locks, semaphore, clock: subject.clock, system: null, policy: 'fail-fast', definition: probe }, items);
    // `after` runs under the item's lock again: true for the valid items, false for the ones stopped early.
    expect(results).toEqual([true, false, true, false, true]);
  });

  it('makes the semaphore per call: two calls of one permit each run side by side', async () => {
    const subject = make();
    const runtime = new Runtime();
    runtime.use(subject.engine);
    const start = subject.clock.now();
    const [first, second] = await Promise.all([
      runtime.rateLimited(null, definition, 'all-sleep', items.slice(0, 2), 1),
      runtime.rateLimited(null, definition, 'all-sleep', items.slice(2, 4), 1),
    ]);
    expect([first, second]).toEqual([['ok:a', 'invalid:b'], ['ok:c', 'invalid:d']]);
    expect(subject.clock.now() - start).toBe(20); // 2 items each, one permit each, in parallel
    const semaphores = new Set(subject.tracer.events.flatMap((e) => ('semaphore' in e ? [e.semaphore] : [])));
    expect(semaphores.size).toBe(2);
  });
});
