import { describe, expect, it } from 'vitest';
import type { SyncTransfer } from '../../../src/domains/permission-acl/index.ts';
import { boundAcl, peakPermits, permitOwners } from './helpers.ts';

/** The manual's L6 state: alice and bob each hold doc/1 read. */
function l6State(): ReturnType<typeof boundAcl> {
  const bound = boundAcl();
  bound.acl.grant(0, 'alice', 'doc/1', 'read');
  bound.acl.grant(0, 'bob', 'doc/1', 'read');
  return bound;
}

const manualTransfers: SyncTransfer[] = [
  { user_id: 'alice', resource: 'doc/1', permission: 'read' },
  { user_id: 'nobody', resource: 'doc/1', permission: 'read' },
  { user_id: 'bob', resource: 'doc/1', permission: 'read' },
  { user_id: 'alice', resource: 'doc/1', permission: 'delete' },
];

describe('Permission L6: syncPermissions (fail-fast)', () => {
  it('runs the manual example with max 2 → [true, false, true, false]', async () => {
    const { acl } = l6State();
    expect(await acl.syncPermissions(10, manualTransfers, 2)).toEqual([true, false, true, false]);
  });

  it('takes one 10 ms round for the manual example, where all-sleep would take two', async () => {
    const { acl, clock } = l6State();
    await acl.syncPermissions(10, manualTransfers, 2);
    expect(clock.now()).toBe(10);
  });

  it('never gives a failing transfer a permit; both valid ones hold a permit at once', async () => {
    const { acl, tracer } = l6State();
    await acl.syncPermissions(10, manualTransfers, 2);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 2']);
    expect(peakPermits(tracer)).toBe(2);
  });

  it('fails fast on a missing resource as well as a missing user or permission', async () => {
    const { acl, tracer } = l6State();
    expect(await acl.syncPermissions(10, [{ user_id: 'alice', resource: 'doc/9', permission: 'read' }], 1)).toEqual([false]);
    expect(permitOwners(tracer)).toEqual([]);
  });

  it('purges once first: a grant expired at the call\'s timestamp fails fast and is removed', async () => {
    const { acl, tracer } = l6State();
    acl.grantWithTtl(0, 'carol', 'doc/1', 'read', 10);
    expect(await acl.syncPermissions(10, [{ user_id: 'carol', resource: 'doc/1', permission: 'read' }], 1)).toEqual([false]);
    expect(permitOwners(tracer)).toEqual([]);
    expect(Object.keys(acl.permissions)).toEqual(['alice', 'bob']);
  });

  it('does not otherwise change permissions', async () => {
    const { acl } = l6State();
    const before = JSON.stringify(acl.permissions);
    await acl.syncPermissions(10, manualTransfers, 2);
    expect(JSON.stringify(acl.permissions)).toBe(before);
  });

  it('meets ceil(valid / maxConcurrent) × 10 ms and never exceeds maxConcurrent permits', async () => {
    for (const [count, limit] of [[1, 1], [5, 2], [6, 3], [7, 10], [9, 2]] as const) {
      const { acl, clock, tracer } = l6State();
      const transfers = Array.from({ length: count }, (_, i) => manualTransfers[i % 4]!);
      const valid = transfers.filter((t) => t.user_id !== 'nobody' && t.permission === 'read').length;
      await acl.syncPermissions(10, transfers, limit);
      expect(clock.now(), `${count}/${limit}`).toBe(Math.ceil(valid / limit) * 10);
      expect(permitOwners(tracer)).toHaveLength(valid);
      expect(peakPermits(tracer)).toBe(Math.min(valid, limit));
    }
  });

  it('returns [] for no transfers without sleeping', async () => {
    const { acl, clock } = l6State();
    expect(await acl.syncPermissions(10, [], 1)).toEqual([]);
    expect(clock.now()).toBe(0);
  });
});
