/**
 * XML reading for the metadata checker: well-formedness (fast-xml-parser's XMLValidator) and a small
 * element tree that keeps document order and each element's line number.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
    name: string;
    attributes: Record<string, string>;
    children: XmlElement[];
    /** Concatenated text content (trimmed); '' when there is none. */
    text: string;
    line: number;
}

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; line?: number; message: string };

const ATTR_KEY = ':@';
const ATTR_PREFIX = '@_';

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTR_PREFIX,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true
});

type OrderedNode = Record<string, unknown>;

/** Blank out comments, CDATA, processing instructions and DOCTYPE, keeping offsets and newlines. */
function blankNonElements(text: string): string {
    return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, (m) =>
        m.replace(/[^\n]/g, ' ')
    );
}

/** Line numbers of every start tag, in document order. */
function startTagLines(text: string): number[] {
    const blanked = blankNonElements(text);
    const lines: number[] = [];
    const re = /<[A-Za-z_]/g;
    let line = 1;
    let lastIndex = 0;
    for (let m = re.exec(blanked); m; m = re.exec(blanked)) {
        for (let i = lastIndex; i < m.index; i++) if (blanked.charCodeAt(i) === 10) line++;
        lastIndex = m.index;
        lines.push(line);
    }
    return lines;
}

function toElements(nodes: OrderedNode[], lines: number[], counter: { next: number }): XmlElement[] {
    const elements: XmlElement[] = [];
    for (const node of nodes) {
        const name = Object.keys(node).find((k) => k !== ATTR_KEY);
        if (name === undefined || name === '#text' || name.startsWith('?') || name.startsWith('!')) continue;
        const line = lines[counter.next++] ?? 0;
        const rawAttributes = (node[ATTR_KEY] ?? {}) as Record<string, unknown>;
        const attributes: Record<string, string> = {};
        for (const [key, value] of Object.entries(rawAttributes)) {
            attributes[key.startsWith(ATTR_PREFIX) ? key.slice(ATTR_PREFIX.length) : key] = String(value);
        }
        const childNodes = (Array.isArray(node[name]) ? node[name] : []) as OrderedNode[];
        const text = childNodes
            .filter((c) => '#text' in c)
            .map((c) => String(c['#text']))
            .join('')
            .trim();
        const children = toElements(childNodes, lines, counter);
        elements.push({ name, attributes, children, text, line });
    }
    return elements;
}

export function readXml(text: string): XmlReadResult {
    const validation = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (validation !== true) {
        return { ok: false, line: validation.err.line, message: validation.err.msg };
    }
    const parsed = parser.parse(text) as OrderedNode[];
    const roots = toElements(parsed, startTagLines(text), { next: 0 });
    if (roots.length !== 1) return { ok: false, message: `expected one root element, found ${roots.length}` };
    return { ok: true, root: roots[0] };
}

/** Local name of a possibly prefixed XML name (`xsi:type` → `type`). */
export function localName(name: string): string {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}

/** The first child element called `name`, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
    return element.children.find((c) => c.name === name);
}

/** Text of the first child element called `name` ('' when absent). */
export function childText(element: XmlElement, name: string): string {
    return child(element, name)?.text ?? '';
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
    return element.children.filter((c) => c.name === name);
}
