/** An element of a parsed XML document: its name, attributes and child elements (text is checked, not kept). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
}

const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>$`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"<]*)"`, 'g');
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g;

/**
 * A small, strict XML parser for tests: elements, attributes in double quotes, text and the five
 * predefined entities; no comments, CDATA, doctypes or processing instructions (the SVG has none).
 * @returns the root element.
 * @throws SyntaxError at the first thing that is not well-formed.
 */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    checkText(text.slice(at, open === -1 ? text.length : open), stack.length > 0);
    if (open === -1) break;
    const close = text.indexOf('>', open);
    if (close === -1) throw new SyntaxError(`unclosed tag at ${open}`);
    const tag = TAG.exec(text.slice(open, close + 1));
    if (tag === null) throw new SyntaxError(`malformed tag at ${open}: ${text.slice(open, close + 1)}`);
    const [, slash, name, attrs, selfClosing] = tag as unknown as [string, string, string, string, string];
    if (slash === '/') {
      const top = stack.pop();
      if (top?.name !== name) throw new SyntaxError(`</${name}> closes <${top?.name ?? 'nothing'}> at ${open}`);
    } else {
      const element = { name, attributes: attributesOf(attrs), children: [] };
      if (stack.length === 0) {
        if (root !== undefined) throw new SyntaxError(`a second root <${name}> at ${open}`);
        root = element;
      } else {
        stack.at(-1)!.children.push(element);
      }
      if (selfClosing !== '/') stack.push(element);
    }
    at = close + 1;
  }
  if (stack.length > 0) throw new SyntaxError(`<${stack.at(-1)!.name}> is never closed`);
  if (root === undefined) throw new SyntaxError('no root element');
  return root;
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) {
    if (name! in attributes) throw new SyntaxError(`attribute ${name} twice`);
    checkText(value!, true);
    attributes[name!] = value!;
  }
  return attributes;
}

/** Text must not hold a bare `&`; outside the root only whitespace may appear. */
function checkText(text: string, inside: boolean): void {
  if (text.replace(ENTITY, '').includes('&')) throw new SyntaxError(`a bare & in ${JSON.stringify(text)}`);
  if (!inside && text.trim() !== '') throw new SyntaxError(`text outside the root: ${JSON.stringify(text)}`);
}

/** Every element under `element` (itself included), depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}
