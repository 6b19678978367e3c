import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { processIo } from '../cli/io.ts';
import { runBench } from './run-bench.ts';
import { sizeFromFlags } from './size-flags.ts';
import type { BenchSuite } from './suite.ts';

/**
 * Run `suite` when its file is the program (`npx tsx bench/<question>.bench.ts [--quick | --smoke]
 * [--json] [--out DIR]`), and do nothing when it is imported (by `conclab bench`, a test, or a worker
 * thread, whose `process.argv` is the parent's).
 */
export async function runIfMain(moduleUrl: string, suite: BenchSuite): Promise<void> {
  if (!isMainThread || !isProgram(moduleUrl)) return;
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, smoke: { type: 'boolean' }, json: { type: 'boolean' }, out: { type: 'string' } }, strict: true });
  const session = { size: sizeFromFlags(values), json: values.json === true, ...(values.out === undefined ? {} : { out: values.out }) };
  await runBench([suite], session, processIo);
}

function isProgram(moduleUrl: string): boolean {
  const program = process.argv[1];
  if (program === undefined) return false;
  try {
    return realpathSync(program) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
