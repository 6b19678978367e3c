import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.ts';

describe('the test XML parser', () => {
  it('parses nested elements, attributes and entities', () => {
    const root = parseXml('<svg a="1"><g><rect x="0"/><text>a &amp; b</text></g></svg>\n');
    expect(root.name).toBe('svg');
    expect(root.children[0]!.children.map((c) => c.name)).toEqual(['rect', 'text']);
  });

  it('refuses what is not well-formed', () => {
    for (const bad of ['<svg><g></svg>', '<svg></svg><svg></svg>', '<svg>a & b</svg>', '<svg a=1></svg>', '<svg>', 'x<svg></svg>']) {
      expect(() => parseXml(bad), bad).toThrow(SyntaxError);
    }
  });
});
