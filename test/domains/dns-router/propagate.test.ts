import { describe, expect, it } from 'vitest';
import { boundDns, peakPermits, permitOwners } from './helpers.ts';

/** a.com permanent, b.com with a TTL of 5 from 0 (dead by 10). */
function derived(): ReturnType<typeof boundDns> {
  const bound = boundDns();
  bound.dns.addRecord(0, 'a.com', 'A', '1.1.1.1');
  bound.dns.addRecordWithTtl(0, 'b.com', 'A', '2.2.2.2', 5);
  return bound;
}

describe('DNS L6: propagateRecords (fail-fast)', () => {
  it('runs the derived example: [a.com, b.com, c.com] at 10 with 1 permit → [true, false, false]', async () => {
    const { dns } = derived();
    expect(await dns.propagateRecords(10, ['a.com', 'b.com', 'c.com'], 1)).toEqual([true, false, false]);
  });

  it('never gives a missing domain or an all-dead domain a permit', async () => {
    const { dns, tracer } = derived();
    await dns.propagateRecords(10, ['a.com', 'b.com', 'c.com'], 1);
    expect(permitOwners(tracer)).toEqual(['item 0']);
  });

  it('takes one 10 ms round for the derived example', async () => {
    const { dns, clock } = derived();
    await dns.propagateRecords(10, ['a.com', 'b.com', 'c.com'], 1);
    expect(clock.now()).toBe(10);
  });

  it('propagates b.com while its record is alive', async () => {
    const { dns } = derived();
    expect(await dns.propagateRecords(4, ['a.com', 'b.com'], 2)).toEqual([true, true]);
  });

  it('proceeds when at least one record of the domain is alive', async () => {
    const { dns } = derived();
    dns.addRecord(0, 'b.com', 'MX', 'mx');
    expect(await dns.propagateRecords(10, ['b.com'], 1)).toEqual([true]);
  });

  it('returns a list aligned with the input, one entry per repeated domain', async () => {
    const { dns, tracer } = derived();
    expect(await dns.propagateRecords(10, ['a.com', 'c.com', 'a.com'], 2)).toEqual([true, false, true]);
    expect(permitOwners(tracer)).toEqual(['item 0', 'item 2']);
  });

  it('does not change records', async () => {
    const { dns } = derived();
    const before = JSON.stringify(dns.records);
    await dns.propagateRecords(10, ['a.com', 'b.com'], 1);
    expect(JSON.stringify(dns.records)).toBe(before);
  });

  it('meets ceil(valid / maxConcurrent) × 10 ms and never exceeds maxConcurrent permits', async () => {
    for (const [count, limit] of [[1, 1], [5, 2], [6, 3], [7, 10], [9, 2]] as const) {
      const { dns, clock, tracer } = derived();
      const domains = Array.from({ length: count }, (_, i) => (i % 3 === 1 ? 'b.com' : i % 3 === 2 ? 'missing.org' : 'a.com'));
      const valid = domains.filter((domain) => domain === 'a.com').length;
      await dns.propagateRecords(10, domains, limit);
      expect(clock.now(), `${count}/${limit}`).toBe(Math.ceil(valid / limit) * 10);
      expect(permitOwners(tracer)).toHaveLength(valid);
      expect(peakPermits(tracer)).toBe(Math.min(valid, limit));
    }
  });

  it('takes no time when every domain fails', async () => {
    const { dns, clock, tracer } = derived();
    expect(await dns.propagateRecords(10, ['b.com', 'zz.org'], 1)).toEqual([false, false]);
    expect(clock.now()).toBe(0);
    expect(permitOwners(tracer)).toEqual([]);
  });

  it('returns [] for no domains', async () => {
    const { dns, clock } = derived();
    expect(await dns.propagateRecords(10, [], 3)).toEqual([]);
    expect(clock.now()).toBe(0);
  });
});
