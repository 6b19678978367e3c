import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random.ts';
import type { FileSystem, FsOp } from '../../../src/domains/file-system/index.ts';
import { boundFs, lockedKeys, stateOf } from './helpers.ts';

describe('FileSystem L5: batchOperations (sequential)', () => {
  it('adds then copies: [true, true]', async () => {
    const { fs } = boundFs();
    const results = await fs.batchOperations(1, [
      { type: 'add', path: '/a.txt', size_kb: 100 },
      { type: 'copy', source: '/a.txt', dest: '/b.txt' },
    ]);
    expect(results).toEqual([true, true]);
    expect(fs.files['/b.txt']).toEqual({ size_kb: 100, expires_at: null });
  });

  it('sees each earlier op: delete, delete again, unknown type, copy of the deleted file → [true, false, false, false]', async () => {
    const { fs } = boundFs();
    fs.addFile(0, '/a', 1);
    fs.addFile(0, '/b', 2);
    const results = await fs.batchOperations(2, [
      { type: 'delete', path: '/b' },
      { type: 'delete', path: '/b' },
      { type: 'mv' },
      { type: 'copy', source: '/b', dest: '/c' },
    ]);
    expect(results).toEqual([true, false, false, false]);
    expect(Object.keys(fs.files)).toEqual(['/a']);
  });

  it('locks nothing for an unknown op type', async () => {
    const { fs, tracer } = boundFs();
    expect(await fs.batchOperations(1, [{ type: 'mv' }])).toEqual([false]);
    expect(lockedKeys(tracer).every((keys) => keys.length === 0)).toBe(true);
  });

  it('locks one path for add and delete, and both paths of a copy in sorted order', async () => {
    const { fs, tracer } = boundFs();
    await fs.batchOperations(1, [
      { type: 'add', path: '/z', size_kb: 1 },
      { type: 'copy', source: '/z', dest: '/a' },
      { type: 'delete', path: '/a' },
    ]);
    expect(lockedKeys(tracer)).toEqual([['/z'], ['/a', '/z'], ['/a']]);
  });

  it('takes a same-path copy lock once and returns true instead of hanging', async () => {
    const { fs, tracer } = boundFs();
    fs.addFile(0, '/a', 10);
    expect(await fs.batchOperations(1, [{ type: 'copy', source: '/a', dest: '/a' }])).toEqual([true]);
    expect(lockedKeys(tracer)).toEqual([['/a']]);
    expect(fs.files).toEqual({ '/a': { size_kb: 10, expires_at: null } });
  });

  it('returns false for a same-path copy of a missing file', async () => {
    const { fs } = boundFs();
    expect(await fs.batchOperations(1, [{ type: 'copy', source: '/a', dest: '/a' }])).toEqual([false]);
  });

  it('runs ops one at a time: no op takes a lock before the previous one released its own', async () => {
    const { fs, tracer } = boundFs();
    await fs.batchOperations(1, [
      { type: 'add', path: '/a', size_kb: 1 },
      { type: 'copy', source: '/a', dest: '/b' },
      { type: 'copy', source: '/b', dest: '/a' },
      { type: 'delete', path: '/b' },
    ]);
    const kinds = tracer.events.filter((e) => e.kind === 'lock-acquired' || e.kind === 'lock-released').map((e) => `${e.kind}:${e.owner}`);
    expect(kinds).toEqual(['lock-acquired:op 0', 'lock-released:op 0', 'lock-acquired:op 1', 'lock-released:op 1', 'lock-acquired:op 2', 'lock-released:op 2', 'lock-acquired:op 3', 'lock-released:op 3']);
  });

  it('does not purge for an empty batch (only the methods purge)', async () => {
    const { fs } = boundFs();
    fs.addFileWithTtl(0, '/t', 1, 10);
    expect(await fs.batchOperations(50, [])).toEqual([]);
    expect(Object.keys(fs.files)).toEqual(['/t']);
  });

  it('does not purge for a batch of unknown types only (no method runs)', async () => {
    const { fs } = boundFs();
    fs.addFileWithTtl(0, '/t', 1, 10);
    expect(await fs.batchOperations(50, [{ type: 'mv' }])).toEqual([false]);
    expect(Object.keys(fs.files)).toEqual(['/t']);
  });

  it('purges every expired file, named by an op or not, once some op calls a method', async () => {
    const { fs } = boundFs();
    fs.addFileWithTtl(0, '/t', 1, 10);
    fs.addFile(0, '/keep', 1);
    expect(await fs.batchOperations(50, [{ type: 'mv' }, { type: 'delete', path: '/zz' }])).toEqual([false, false]);
    expect(Object.keys(fs.files)).toEqual(['/keep']);
  });

  it('purges through its methods: an expired path can be added again in the batch', async () => {
    const { fs } = boundFs();
    fs.addFileWithTtl(0, '/t', 1, 10);
    expect(await fs.batchOperations(10, [{ type: 'add', path: '/t', size_kb: 2 }])).toEqual([true]);
    expect(fs.files['/t']).toEqual({ size_kb: 2, expires_at: null });
  });
});

const PATHS = ['/a', '/b', '/c', '/d', '/e', '/f', '/g', '/h'];

/** A random setup and batch for one seed: hot paths, missing paths, TTLs, same-path copies, unknown types. */
function randomCase(seed: number) {
  const random = new Random(seed);
  const paths = PATHS.slice(0, random.int(2, PATHS.length));
  const files = paths.filter(() => random.chance(0.7)).map((path) => ({ path, size: random.int(1, 100), ttl: random.chance(0.4) ? random.int(5, 60) : null }));
  const pick = (): string => (random.chance(0.1) ? '/missing' : random.chance(0.5) ? random.pick(paths.slice(0, 2)) : random.pick(paths));
  const ops: FsOp[] = Array.from({ length: random.int(0, 40) }, () => {
    const kind = random.pick(['add', 'delete', 'copy', 'copy', 'other'] as const);
    if (kind === 'add') return { type: 'add', path: pick(), size_kb: random.int(1, 100) };
    if (kind === 'delete') return { type: 'delete', path: pick() };
    if (kind === 'copy') {
      const source = pick();
      return { type: 'copy', source, dest: random.chance(0.15) ? source : pick() };
    }
    return { type: 'mv' };
  });
  const timestamp = random.pick([1, 30, 100]);
  return { files, ops, timestamp };
}

function seeded(fs: FileSystem, { files }: ReturnType<typeof randomCase>): FileSystem {
  for (const file of files) {
    if (file.ttl === null) fs.addFile(0, file.path, file.size);
    else fs.addFileWithTtl(0, file.path, file.size, file.ttl);
  }
  return fs;
}

/** The sequential reference: the sync L1–L4 methods, one op after another in input order. */
function runSequentially(fs: FileSystem, timestamp: number, ops: readonly FsOp[]): boolean[] {
  return ops.map((op) => {
    const o = op as unknown as Record<string, unknown> & { type: string };
    if (o.type === 'add') return fs.addFile(timestamp, o['path'] as string, o['size_kb'] as number);
    if (o.type === 'delete') return fs.deleteFile(timestamp, o['path'] as string);
    if (o.type === 'copy') return fs.copyFile(timestamp, o['source'] as string, o['dest'] as string);
    return false;
  });
}

describe('FileSystem L5: a batch equals its ops run one by one', () => {
  it('gives the same results and final state as the sequential methods on 200 seeds', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const testCase = randomCase(seed);
      const { fs } = boundFs();
      const results = await seeded(fs, testCase).batchOperations(testCase.timestamp, testCase.ops);
      const reference = seeded(boundFs().fs, testCase);
      expect(results, `seed ${seed}`).toEqual(runSequentially(reference, testCase.timestamp, testCase.ops));
      expect(stateOf(fs), `seed ${seed}`).toEqual(stateOf(reference));
      expect(Object.keys(fs.files), `seed ${seed}`).toEqual(Object.keys(reference.files));
    }
  });
});
