/** Escape text for SVG/HTML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number as an SVG coordinate: finite, two decimals at most (no `NaN` ever reaches an attribute). */
export function coord(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a chart coordinate must be finite, got ${value}`);
  return String(Math.round(value * 100) / 100);
}
