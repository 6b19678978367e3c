/**
 * The state lab: PS-07's five L4 state-management bugs, each buggy vs correct on the same trace.
 * Usage: `npx tsx labs/state.ts [--json]` (the table, or one JSON document on stdout).
 */
import { renderStateLab } from '../src/lab/state/index.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--json');
if (unknown.length > 0) {
  process.stderr.write(`labs/state.ts: unknown argument '${unknown[0]}' (usage: npx tsx labs/state.ts [--json])\n`);
  process.exitCode = 2;
} else {
  process.stdout.write(renderStateLab(args.includes('--json')));
}
