/**
 * Minimal reading of small XML configuration documents (taxonomyPackage.xml, OASIS catalogs) with
 * fast-xml-parser. Entities are never expanded; a DOCTYPE that declares entities is refused.
 *
 * The result is a tiny element tree with local names, the element's namespace (resolved from the
 * `xmlns` declarations in scope), attributes by qualified name and text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ConfigElement {
  local: string;
  ns: string;
  attrs: Record<string, string>;
  text: string;
  children: ConfigElement[];
}

export class ConfigXmlError extends Error {
  constructor(
    message: string,
    readonly line = 0,
    readonly column = 0,
  ) {
    super(message);
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  commentPropName: '#comment',
});

type Ordered = Record<string, unknown>;

/**
 * Parses a configuration document into a ConfigElement tree.
 * @throws ConfigXmlError when the text is not well-formed, declares entities or has no root element
 */
export function parseConfigXml(text: string): ConfigElement {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/<!ENTITY/i.test(text))
    throw new ConfigXmlError('The document declares entities; entity declarations are refused');
  const v = XMLValidator.validate(text);
  if (v !== true) throw new ConfigXmlError(`Not well-formed XML: ${v.err.msg}`, v.err.line, v.err.col);
  const nodes = parser.parse(text) as Ordered[];
  const rootScope: Record<string, string> = { xml: 'http://www.w3.org/XML/1998/namespace' };
  for (const n of nodes) {
    const el = convert(n, rootScope);
    if (el) return el;
  }
  throw new ConfigXmlError('The document has no root element');
}

function convert(node: Ordered, scope: Record<string, string>): ConfigElement | undefined {
  const key = Object.keys(node).find(
    (k) => k !== ':@' && k !== '#text' && k !== '#comment' && !k.startsWith('!') && !k.startsWith('?'),
  );
  if (key === undefined) return undefined;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  let s = scope;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) {
      if (s === scope) s = Object.create(scope) as Record<string, string>;
      s[k === 'xmlns' ? '' : k.slice(6)] = String(v);
    } else attrs[k] = String(v);
  }
  const i = key.indexOf(':');
  const prefix = i < 0 ? '' : key.slice(0, i);
  const el: ConfigElement = {
    local: i < 0 ? key : key.slice(i + 1),
    ns: s[prefix] ?? '',
    attrs,
    text: '',
    children: [],
  };
  for (const c of (node[key] ?? []) as Ordered[]) {
    if ('#text' in c) el.text += String(c['#text']);
    else {
      const ch = convert(c, s);
      if (ch) el.children.push(ch);
    }
  }
  return el;
}

/** Child elements with the given namespace and local name. */
export function kids(el: ConfigElement, ns: string, local: string): ConfigElement[] {
  return el.children.filter((c) => c.ns === ns && c.local === local);
}
