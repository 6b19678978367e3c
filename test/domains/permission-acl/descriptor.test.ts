import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import { permissionAclDescriptor } from '../../../src/domains/permission-acl/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

function fresh() {
  return permissionAclDescriptor.create().useEngine(createEventLoopEngine({ clock: createVirtualClock() }));
}

async function run(seed: number): Promise<{ run: unknown; state: unknown }> {
  const acl = fresh();
  const scenario = await permissionAclDescriptor.runScenario(acl, new Random(seed), 60);
  return { run: scenario, state: permissionAclDescriptor.state(acl) };
}

describe('Permission descriptor', () => {
  it('runScenario mixes every op type, misses and unknown types', async () => {
    const { run: scenario } = await run(3);
    const { input, results } = scenario as { input: { type: string; user_id: string }[]; results: unknown[] };
    expect(input).toHaveLength(60);
    expect(new Set(input.map((op) => op.type))).toEqual(new Set(['grant', 'check', 'revoke', 'audit']));
    expect(input.map((op) => op.user_id)).toContain('nobody');
    expect(results).toContain(true);
    expect(results).toContain(false);
    expect(results).toContain(null);
  });

  it('tour shows the manual L5 and L6 results and the L6 theory', async () => {
    const lines = await permissionAclDescriptor.tour(fresh());
    expect(lines[0]).toContain('[true,false,true]');
    expect(lines[2]).toContain('[true,false,true,false]');
    expect(lines[3]).toContain('theory 10 ms; all-sleep would take 20 ms');
  });
});
