/**
 * Round tick values covering `[min, max]`: steps of 1, 2 or 5 times a power of ten, so that axis
 * labels read as people write numbers.
 * @returns about `count` ticks, the first ≤ min and the last ≥ max.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return niceTicks(min, min + (min === 0 ? 1 : Math.abs(min)), count);
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Until the last tick reaches max, so the axis covers every value.
  for (let tick = first; ticks.length < 2 || ticks[ticks.length - 1]! < max; tick += step) ticks.push(round(tick, step));
  return ticks;
}

/** Drop floating-point dust (0.30000000000000004) relative to the step. */
function round(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(digits));
}

/** A tick label: short, with k/M suffixes for large values. */
export function tickLabel(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e6) return `${trim(value / 1e6)}M`;
  if (size >= 1e3) return `${trim(value / 1e3)}k`;
  return trim(value);
}

function trim(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** A data value for a label or tooltip: three significant digits, k/M past a thousand. */
export function valueLabel(value: number): string {
  return Math.abs(value) >= 1000 ? tickLabel(value) : trim(value);
}
