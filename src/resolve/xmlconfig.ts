/**
 * Minimal reading of small XML configuration documents (taxonomyPackage.xml, OASIS catalogs) with
 * fast-xml-parser. Entities are never expanded; a DOCTYPE that declares entities is refused.
 *
 * The result is a tiny element tree with local names, the element's namespace (resolved from the
 * `xmlns` declarations in scope), attributes by qualified name and text.
 *
 * fast-xml-parser is loaded on the first document parsed, not with this module (issue 14 "Start": its ES module build
 * is some 40 modules, about 40 ms of `sbr validate` that reads no package or catalog): in Node its CommonJS build (the
 * same release, one file) through `require`; elsewhere (the browser bundle) what `registerConfigXmlParser` was given.
 */
import type * as FastXmlParser from 'fast-xml-parser';

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

/** The two parts of fast-xml-parser this module uses. */
export type ConfigXmlLibrary = Pick<typeof FastXmlParser, 'XMLParser' | 'XMLValidator'>;

let library: (() => ConfigXmlLibrary) | undefined;
let loaded: { lib: ConfigXmlLibrary; parser: FastXmlParser.XMLParser } | undefined;

/**
 * Makes `lib` (fast-xml-parser, or a function returning it on first use) the parser of configuration documents in this
 * realm. Node needs no registration; a bundle without `require` (src/browser.ts) registers its import.
 */
export function registerConfigXmlParser(lib: ConfigXmlLibrary | (() => ConfigXmlLibrary)): void {
  library = typeof lib === 'function' ? lib : () => lib;
  loaded = undefined;
}

/** Node's `require` of this module, without a static import of a Node built-in (Node 20.16 and later). */
function nodeRequire(): ((id: string) => unknown) | undefined {
  const get = (
    globalThis as {
      process?: { getBuiltinModule?: (id: string) => { createRequire?: (url: string) => (id: string) => unknown } };
    }
  ).process?.getBuiltinModule;
  return get?.('node:module')?.createRequire?.(import.meta.url);
}

function configXml(): { lib: ConfigXmlLibrary; parser: FastXmlParser.XMLParser } {
  if (loaded) return loaded;
  let lib = library?.();
  if (!lib) {
    const req = nodeRequire();
    if (!req) throw new Error('no XML parser for configuration documents (registerConfigXmlParser first)');
    lib = req('fast-xml-parser') as ConfigXmlLibrary;
  }
  return (loaded = { lib, parser: new lib.XMLParser(PARSER_OPTIONS) });
}

const PARSER_OPTIONS: FastXmlParser.X2jOptions = {
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
};

type Ordered = Record<string, unknown>;

/**
 * Parses a configuration document into a ConfigElement tree.
 * @throws ConfigXmlError when the text is not well-formed, declares entities or has no root element
 */
export function parseConfigXml(text: string): ConfigElement {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/<!ENTITY/i.test(text))
    throw new ConfigXmlError('The document declares entities; entity declarations are refused');
  const { lib, parser } = configXml();
  const v = lib.XMLValidator.validate(text);
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
