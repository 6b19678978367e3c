import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { fileSystemDescriptor } from '../../../src/domains/file-system/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const fs = fileSystemDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
  const scenario = await fileSystemDescriptor.runScenario(fs, new Random(seed), 60);
  return { run: scenario, state: fileSystemDescriptor.state(fs) };
}

describe('FileSystem descriptor', () => {
  it('runScenario mixes every op type, successes and failures', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['add', 'delete', 'copy', 'mv']));
    expect(results).toContain(true);
    expect(results).toContain(false);
  });

  it('tour shows the L5 results and the L6 run against its theory', async () => {
    const fs = fileSystemDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
    const lines = await fileSystemDescriptor.tour(fs);
    expect(lines[0]).toContain('[true,true,true,false,false]');
    expect(lines[2]).toContain('[true,false,false,true]');
    expect(lines[3]).toContain('theory 10 ms');
  });
});
