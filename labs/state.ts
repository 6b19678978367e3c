/**
 * The state lab: PS-07's five L4 state-management bugs, each buggy vs correct on the same trace.
 * Usage: `npx tsx labs/state.ts [--json]` (the same as `conclab lab state`).
 */
import { runLabScript } from '../src/cli/run-lab-script.ts';

await runLabScript('state');
