import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Runtime } from '../../../src/core/runtime.ts';
import { syncTransfer, type SyncTransfer } from '../../../src/domains/file-system/index.ts';
import { boundFs, lockedKeys, permitOwners } from './helpers.ts';

function bigFile(): ReturnType<typeof boundFs> {
  const bound = boundFs();
  bound.fs.addFile(0, '/big.bin', 5000);
  return bound;
}

const manualItems: SyncTransfer[] = [
  { source: '/big.bin', size_kb: 5000 },
  { source: '/big.bin', size_kb: 5001 },
  { source: '/nope', size_kb: 1 },
];

describe('FileSystem L6: syncFiles (fail-fast with a size check)', () => {
  it('passes an equal size and fails a larger one or a missing source: [true, false, false]', async () => {
    const { fs } = bigFile();
    expect(await fs.syncFiles(1, manualItems, 1)).toEqual([true, false, false]);
  });

  it('takes a permit and 10 ms only for the passing transfer', async () => {
    const { fs, clock, tracer } = bigFile();
    const start = clock.now();
    await fs.syncFiles(1, manualItems, 1);
    expect(clock.now() - start).toBe(10);
    expect(permitOwners(tracer)).toEqual(['item 0']);
  });

  it('checks each source under its path lock (the manual takes none; threads that share state need it)', async () => {
    const { fs, tracer } = bigFile();
    await fs.syncFiles(1, manualItems, 1);
    // Three checks, then the passing transfer's section after its external step.
    expect(lockedKeys(tracer)).toEqual([['/big.bin'], ['/big.bin'], ['/nope'], ['/big.bin']]);
  });

  it('purges first: an expired source fails without a permit', async () => {
    const { fs, tracer } = boundFs();
    fs.addFileWithTtl(0, '/t', 10, 50);
    expect(await fs.syncFiles(50, [{ source: '/t', size_kb: 1 }], 1)).toEqual([false]);
    expect(fs.files).toEqual({});
    expect(permitOwners(tracer)).toEqual([]);
  });

  it('changes nothing', async () => {
    const { fs } = bigFile();
    const before = deepCopy(fs.files);
    await fs.syncFiles(1, manualItems, 2);
    expect(fs.files).toEqual(before);
  });

  it('never gives a permit to a failed item, and finishes in ceil(valid / N) × 10 ms', async () => {
    const { fs, clock, tracer } = bigFile();
    fs.addFile(0, '/small', 10);
    const items = [5000, 1, 6000, 10, 10, 11, 4999].map((size, i) => ({ source: i % 2 === 0 ? '/big.bin' : '/small', size_kb: size }));
    const start = clock.now();
    const results = await fs.syncFiles(1, items, 2);
    expect(results).toEqual([true, true, false, true, true, false, true]);
    expect(clock.now() - start).toBe(Math.ceil(5 / 2) * 10);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 1', 'item 3', 'item 4', 'item 6']);
  });

  it('would give every item a permit under all-sleep, the cost fail-fast avoids', async () => {
    const { fs, clock, tracer, engine } = bigFile();
    const runtime = new Runtime();
    runtime.use(engine);
    const start = clock.now();
    await runtime.rateLimited(fs, syncTransfer, 'all-sleep', manualItems, 2);
    expect(permitOwners(tracer).sort()).toEqual(['item 0', 'item 1', 'item 2']);
    expect(clock.now() - start).toBe(Math.ceil(3 / 2) * 10);
  });

  it('makes a fresh semaphore per call', async () => {
    const { fs, clock } = bigFile();
    const items = [manualItems[0]!, manualItems[0]!];
    await Promise.all([fs.syncFiles(1, items, 1), fs.syncFiles(1, items, 1)]);
    expect(clock.now()).toBe(20);
  });
});
