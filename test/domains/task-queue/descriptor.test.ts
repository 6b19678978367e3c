import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { taskQueueDescriptor as descriptor, type ScenarioInput } from '../../../src/domains/task-queue/index.ts';
import { createEventLoopEngine } from '../../../src/engines/event-loop/index.ts';
import { boundQueue } from './harness.ts';

async function scenario(seed: number, size: number) {
  const { queue } = boundQueue(descriptor.create());
  const run = await descriptor.runScenario(queue, new Random(seed), size);
  return { run, state: descriptor.state(queue) };
}

describe('TaskQueue descriptor', () => {
  it('is titled TaskQueue', () => {
    expect(descriptor.title).toBe('TaskQueue');
  });

  it('builds a board of `size` tasks and 1 to 4 workers, and completes only what the pool finished', async () => {
    const { run, state } = await scenario(3, 300);
    const input = run.input as ScenarioInput;
    expect(input.tasks).toHaveLength(300);
    expect(input.workers).toBeGreaterThanOrEqual(1);
    expect(input.workers).toBeLessThanOrEqual(4);
    const completed = Object.entries((state as { tasks: Record<string, { status: string }> }).tasks)
      .filter(([, task]) => task.status === 'COMPLETED')
      .map(([id]) => id);
    expect([...(run.results as string[])].sort()).toEqual(completed.sort());
  });

  it('mixes every setup, missing dependencies and duplicate ids across seeds', async () => {
    const input = (await scenario(11, 1000)).run.input as ScenarioInput;
    const setups = new Set(input.tasks.map((task) => task.setup));
    expect([...setups].sort()).toEqual(['failed', 'processing', 'queued', 'retry_scheduled']);
    expect(input.tasks.some((task) => task.dependencies.some((dep) => dep.startsWith('ghost-')))).toBe(true);
    expect(new Set(input.tasks.map((task) => task.task_id)).size).toBeLessThan(1000);
  });

  it('tours the worker pool and the dispatch in a few lines', async () => {
    const queue = descriptor.create().useEngine(createEventLoopEngine());
    const lines = await descriptor.tour(queue);
    expect(lines.join('\n')).toContain('["tour-a","tour-b","tour-c","tour-d"]');
    expect(lines.join('\n')).toContain('[true,false,true,false,true]');
  });
});
