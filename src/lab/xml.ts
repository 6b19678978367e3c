/**
 * Escape text for SVG/HTML content and attribute values (in double quotes). The lab's SVG timeline
 * uses it; the bench's charts may too, since the bench may import the lab and not the other way round.
 */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
