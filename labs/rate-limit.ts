/**
 * The rate-limit lab: fail-fast vs all-sleep on one seeded input, permits over time, makespans against
 * theory, and an SVG of both timelines in `reports/rate-limit.svg`.
 * Usage: `npx tsx labs/rate-limit.ts [--engine event-loop|workers] [--seed N] [--json]` (the same as
 * `conclab lab rate-limit`).
 */
import { runLabScript } from '../src/cli/run-lab-script.ts';

await runLabScript('rate-limit');
