/** The lab's escaping: one rule for every SVG and HTML conclab writes. */
export { xml } from '../../lab/xml.ts';

/** A number as an SVG coordinate: finite, two decimals at most (no `NaN` ever reaches an attribute). */
export function coord(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a chart coordinate must be finite, got ${value}`);
  return String(Math.round(value * 100) / 100);
}
