import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog.ts';
import type { DomainDescriptor, EngineBound, ScenarioRun } from '../../src/core/domain.ts';
import { ENGINE_NAMES } from '../../src/core/engine.ts';
import { Random } from '../../src/core/random.ts';
import { createEventLoopEngine, createVirtualClock } from '../../src/engines/event-loop/index.ts';

/** Ops in an L5 scenario and items in an L6 call: enough to mix every case, small enough to stay fast. */
const OPS = 60;
const ITEMS = 12;

type Level = 'L5' | 'L6';

/** Fails unless `value` is made only of plain objects (or prototype-less dictionaries), arrays, strings, finite numbers, booleans and null. */
function expectPlainJson(value: unknown, path = 'state'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is a finite number`).toBe(true);
    return;
  }
  expect(typeof value, `${path} is JSON data`).toBe('object');
  if (Array.isArray(value)) {
    value.forEach((item, index) => expectPlainJson(item, `${path}[${index}]`));
    return;
  }
  // A dictionary may have no prototype (so that an id like `__proto__` is just a key).
  expect([Object.prototype, null], `${path} is a plain object`).toContain(Object.getPrototypeOf(value));
  for (const [key, item] of Object.entries(value as object)) expectPlainJson(item, `${path}.${key}`);
}

describe.each([...catalog].map(([key, descriptor]) => ({ key, descriptor: descriptor as DomainDescriptor<EngineBound> })))(
  '$key descriptor',
  ({ key, descriptor }) => {
    const fresh = () => descriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() })) as EngineBound;

    /** One seeded run on a fresh system, with the state it leaves. */
    async function run(level: Level, seed: number): Promise<{ run: ScenarioRun; state: unknown }> {
      const system = fresh();
      const scenario =
        level === 'L5'
          ? await descriptor.runScenario(system, new Random(seed), OPS)
          : await descriptor.runExternalScenario!(system, new Random(seed), ITEMS);
      return { run: { input: scenario.input, results: scenario.results }, state: descriptor.state(system) };
    }

    it('is named after its catalog key and its src/domains folder, in kebab-case', async () => {
      expect(descriptor.name).toBe(key);
      expect(descriptor.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(existsSync(new URL(`../../src/domains/${descriptor.name}/`, import.meta.url))).toBe(true);
      const module = (await import(`../../src/domains/${descriptor.name}/descriptor.ts`)) as Record<string, unknown>;
      expect(Object.values(module)).toContain(descriptor);
    });

    it('has a title, all six levels and runs on the event loop', () => {
      expect(descriptor.title.trim()).not.toBe('');
      expect(descriptor.levels).toEqual([1, 2, 3, 4, 5, 6]);
      expect(descriptor.engines).toContain('event-loop');
      for (const engine of descriptor.engines) expect(ENGINE_NAMES).toContain(engine);
    });

    const levels: Level[] = descriptor.runExternalScenario === undefined ? ['L5'] : ['L5', 'L6'];
    describe.each(levels)('%s scenario', (level) => {
      it('with the same seed twice gives identical input, results and state', async () => {
        const first = await run(level, 7);
        const second = await run(level, 7);
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      });

      it('with another seed gives another run', async () => {
        const first = await run(level, 7);
        const second = await run(level, 8);
        expect(second.run).not.toEqual(first.run);
      });

      it('leaves a state that is plain JSON data', async () => {
        const { state } = await run(level, 1);
        expectPlainJson(state);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      });
    });

    it('tours in a non-empty list of non-empty lines', async () => {
      const lines = await descriptor.tour(fresh());
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(typeof line).toBe('string');
        expect(line.trim()).not.toBe('');
      }
    });
  },
);
