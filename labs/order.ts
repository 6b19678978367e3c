/**
 * The order lab: what each pattern promises about result order, as JCStress-style outcome tables.
 * Usage: `npx tsx labs/order.ts [--engine event-loop|workers] [--seed N] [--json]` (the same as
 * `conclab lab order`). Exits 1 when a FORBIDDEN outcome appears.
 */
import { runLabScript } from '../src/cli/run-lab-script.ts';

await runLabScript('order');
