import type { DomainDescriptor } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { FileSystem } from './file-system.ts';
import type { FsOp, SyncTransfer } from './types.ts';

const PATHS = ['/a.txt', '/b.txt', '/c.log', '/d.bin', '/docs/e.md', '/docs/f.md', '/img/g.png', '/img/h.png', '/tmp/i.tmp', '/tmp/j.tmp', '/tmp/k.tmp', '/var/l.db', '/var/m.db', '/n.csv', '/o.csv', '/p.json'];
/** The first few paths get half of all ops, so locks are contended. */
const HOT = 3;
/** Some seeded TTL files (expiring between 50 and 200) are gone by then, so their paths are free again. */
const BATCH_TS = 100;

/** Add 8–16 files, about a third with a TTL, then back them up once. */
function seedFiles(fs: FileSystem, random: Random): string[] {
  const paths = PATHS.slice(0, random.int(8, PATHS.length));
  for (const path of paths) {
    if (random.chance(0.35)) fs.addFileWithTtl(0, path, random.int(1, 500), random.int(50, 200));
    else fs.addFile(0, path, random.int(1, 500));
  }
  fs.backup(10);
  return paths;
}

function pickPath(random: Random, paths: readonly string[]): string {
  if (random.chance(0.08)) return '/missing.txt';
  return random.chance(0.5) ? random.pick(paths.slice(0, HOT)) : random.pick(paths);
}

/** A transfer out of a path: mostly no larger than a file's usual size, sometimes far too large. */
function randomTransfer(random: Random, paths: readonly string[]): SyncTransfer {
  return { source: pickPath(random, paths), size_kb: random.chance(0.15) ? random.int(500, 2000) : random.int(1, 300) };
}

function randomOp(random: Random, paths: readonly string[]): FsOp {
  const roll = random.next();
  const path = pickPath(random, paths);
  if (roll < 0.3) return { type: 'add', path, size_kb: random.int(1, 500) };
  if (roll < 0.55) return { type: 'delete', path };
  if (roll < 0.93) return { type: 'copy', source: path, dest: random.chance(0.1) ? path : pickPath(random, paths) };
  return { type: 'mv' };
}

/** Run a small L5 batch and a small L6 call on `fs`, as lines for a person. */
async function tour(fs: FileSystem): Promise<string[]> {
  const ops: FsOp[] = [
    { type: 'add', path: '/a.txt', size_kb: 100 },
    { type: 'copy', source: '/a.txt', dest: '/b.txt' },
    { type: 'copy', source: '/b.txt', dest: '/b.txt' },
    { type: 'delete', path: '/zz.txt' },
    { type: 'mv' },
  ];
  const batch = await fs.batchOperations(1, ops);
  const transfers: SyncTransfer[] = [
    { source: '/a.txt', size_kb: 100 },
    { source: '/a.txt', size_kb: 101 },
    { source: '/nope', size_kb: 1 },
    { source: '/b.txt', size_kb: 50 },
  ];
  const start = performance.now();
  const sent = await fs.syncFiles(2, transfers, 2);
  const elapsed = performance.now() - start;
  const valid = sent.filter(Boolean).length;
  return [
    `L5 batch [add /a.txt 100, copy /a.txt→/b.txt, copy /b.txt→/b.txt, delete /zz.txt, mv]: ${JSON.stringify(batch)}`,
    '  (one op after another in input order; the same-path copy takes its lock once and is true)',
    `L6 fail-fast [/a.txt 100, /a.txt 101, /nope 1, /b.txt 50]: ${JSON.stringify(sent)}`,
    `  ${transfers.length} items, ${valid} valid, 2 permits: ${elapsed.toFixed(1)} ms (theory ${Math.ceil(valid / 2) * 10} ms)`,
  ];
}

/** FileSystem for the CLI, the tour and the benchmarks. */
export const fileSystemDescriptor: DomainDescriptor<FileSystem> = {
  name: 'file-system',
  title: 'FileSystem',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new FileSystem(),
  async runScenario(fs, random, size) {
    const paths = seedFiles(fs, random);
    const input = Array.from({ length: size }, () => randomOp(random, paths));
    const results = await fs.batchOperations(BATCH_TS, input);
    return { input, results };
  },
  async runExternalScenario(fs, random, size) {
    const paths = seedFiles(fs, random);
    const input = Array.from({ length: size }, () => randomTransfer(random, paths));
    const maxConcurrent = random.int(1, 8);
    const results = await fs.syncFiles(BATCH_TS, input, maxConcurrent);
    return { input: { transfers: input, maxConcurrent }, results };
  },
  tour,
  state: (fs) => JSON.parse(JSON.stringify({ files: fs.files, backups: fs.backups })) as unknown,
};
