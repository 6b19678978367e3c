import { UsageError } from '../cli/usage-error.ts';
import type { BenchSize } from './suite.ts';

/** The size flags of `conclab bench` and of a suite run on its own. */
export interface SizeFlags {
  readonly quick?: boolean | undefined;
  readonly smoke?: boolean | undefined;
}

/**
 * The run size the flags ask for: `full` without either.
 * @throws UsageError when both are given: they are two sizes, and picking one silently would hide a typo.
 */
export function sizeFromFlags(flags: SizeFlags): BenchSize {
  if (flags.quick === true && flags.smoke === true) throw new UsageError('--quick and --smoke are two run sizes: give one of them, not both');
  if (flags.smoke === true) return 'smoke';
  return flags.quick === true ? 'quick' : 'full';
}
