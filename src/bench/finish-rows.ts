import type { BenchRow, RowInput } from './row.ts';

/**
 * Turn a suite's rows into finished rows: throughput from `units`, `ratio` against the baseline of each
 * group and `ratioToTheory` where a theory is given. Ratios are computed here, once, from rows of the
 * same run, so that no suite can compare against a number measured elsewhere.
 * @throws RangeError when a group has no baseline or more than one: a ratio would be ambiguous.
 */
export function finishRows(suite: string, inputs: readonly RowInput[]): BenchRow[] {
  const baselines = baselinesByGroup(inputs);
  return inputs.map((row) => {
    const baseline = row.group === undefined ? undefined : baselines.get(row.group);
    return {
      ...row,
      suite,
      metrics: row.metrics ?? {},
      ...(row.units === undefined ? {} : { throughput: perSecond(row.units, row.mean) }),
      ...(baseline === undefined ? {} : { ratio: divide(row.mean, baseline.mean), baselineOf: `${baseline.name} (${baseline.engine})` }),
      ...(row.theory === undefined ? {} : { ratioToTheory: divide(row.mean, row.theory) }),
    };
  });
}

function baselinesByGroup(inputs: readonly RowInput[]): Map<string, RowInput> {
  const groups = new Set(inputs.flatMap((row) => (row.group === undefined ? [] : [row.group])));
  const baselines = new Map<string, RowInput>();
  for (const group of groups) {
    const found = inputs.filter((row) => row.group === group && row.baseline === true);
    if (found.length !== 1) throw new RangeError(`Expected one baseline row in group "${group}", got ${found.length}`);
    baselines.set(group, found[0]!);
  }
  return baselines;
}

/** `units` per second at `meanMs` per sample. */
export function perSecond(units: number, meanMs: number): number {
  return meanMs > 0 ? (units * 1000) / meanMs : Number.POSITIVE_INFINITY;
}

// A theory of 0 ms (nothing valid to send) has no finite ratio; NaN would poison charts and tables, so
// 0 ÷ 0 counts as on target and anything else as infinitely off.
function divide(a: number, b: number): number {
  if (b === 0) return a === 0 ? 1 : Number.POSITIVE_INFINITY;
  return a / b;
}
