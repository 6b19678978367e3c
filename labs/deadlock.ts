/**
 * The deadlock lab: deadlocks triggered on purpose (a 2-cycle, a 3-cycle, the same key twice), caught and
 * named on either engine; a lock-order checker that warns before any deadlock; `--fix` sorts the keys.
 * Usage: `npx tsx labs/deadlock.ts [--engine event-loop|workers] [--seed N] [--fix] [--json]` (the same as
 * `conclab lab deadlock`). Exits with 3 when it caught a deadlock.
 */
import { runLabScript } from '../src/cli/run-lab-script.ts';

await runLabScript('deadlock');
