/**
 * XHTML parsing for Inline XBRL: like src/xml/parse.ts (saxes, positions, the same refusals), but the tree keeps
 * mixed content in document order (text nodes between child elements), which Inline XBRL needs for the value of
 * ix:nonNumeric / ix:footnote / ix:continuation and for `escape="true"` (markup kept in the fact value).
 *
 * Inline XBRL documents are XHTML parsed as XML: only the five predefined entities and character references
 * exist. An HTML named entity such as `&nbsp;` is not defined and is reported as `xml:malformed` with a hint
 * (`&#160;` is the XML way). A DOCTYPE that declares entities is refused (`xml:entityDeclarationRefused`).
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { FatalInputError, finding } from '../findings.js';
import { decodeXml, XML_NS } from '../xml/parse.js';

export interface IxElement {
  readonly kind: 'element';
  readonly ns: string;
  readonly local: string;
  /** Qualified name as written. */
  readonly qname: string;
  /** Attributes by expanded name (`local` or `{ns}local`), namespace declarations excluded. */
  readonly attrs: Map<string, string>;
  /** Attributes as written (qualified names), namespace declarations excluded, in document order. */
  readonly rawAttrs: [string, string][];
  /** Namespace declarations made on this element (prefix '' = default). */
  readonly nsDecls: [string, string][];
  readonly children: IxNode[];
  readonly parent: IxElement | undefined;
  readonly doc: IxDocument;
  readonly line: number;
  readonly column: number;
  /** In-scope namespaces (prototype-chained). */
  readonly scope: Record<string, string>;
}

export type IxNode = IxElement | string;

export interface IxDocument {
  readonly url: string;
  root: IxElement;
  readonly size: number;
  /** Elements by `id` attribute (first occurrence); `duplicateIds` lists later ones. */
  readonly ids: Map<string, IxElement>;
  readonly duplicateIds: IxElement[];
}

const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 1000;

/** Parses an (X)HTML document as XML, keeping mixed content in order. Throws FatalInputError like parseXml. */
export function parseXhtml(
  source: Uint8Array | string,
  url: string,
  options: { maxBytes?: number; maxDepth?: number } = {},
): IxDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > maxBytes) {
    throw new FatalInputError(
      finding('xml:tooLarge', 'error', `The document is ${size} bytes, more than the limit of ${maxBytes}`, {
        file: url,
        line: 1,
        column: 1,
      }),
    );
  }
  const text = typeof source === 'string' ? source : decodeXml(source, url);
  if (text.trim() === '')
    throw new FatalInputError(
      finding('xml:empty', 'error', 'The file is empty: an XHTML document was expected', {
        file: url,
        line: 1,
        column: 1,
      }),
    );
  const doc: IxDocument = { url, root: undefined as unknown as IxElement, size, ids: new Map(), duplicateIds: [] };
  const parser = new SaxesParser({ position: true });
  const rootScope: Record<string, string> = Object.create(null);
  rootScope['xml'] = XML_NS;
  const stack: IxElement[] = [];
  let startLine = 1;
  let startColumn = 1;
  let failure: FatalInputError | undefined;
  const fail = (code: string, message: string, line = parser.line, column = parser.column) => {
    if (!failure) failure = new FatalInputError(finding(code, 'error', message, { file: url, line, column }));
  };
  parser.on('doctype', (dt) => {
    if (/<!ENTITY/i.test(dt))
      fail(
        'xml:entityDeclarationRefused',
        'The DOCTYPE declares entities; entity declarations are refused and never expanded',
      );
  });
  parser.on('opentagstart', () => {
    startLine = parser.line;
    startColumn = Math.max(1, parser.column);
  });
  parser.on('opentag', (tag: SaxesTag) => {
    if (failure) return;
    const parent = stack[stack.length - 1];
    if (stack.length >= maxDepth)
      return fail('xml:tooDeep', `Elements are nested deeper than the limit of ${maxDepth}`);
    let scope = parent ? parent.scope : rootScope;
    const raw = tag.attributes as Record<string, string>;
    const nsDecls: [string, string][] = [];
    for (const name in raw) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (!nsDecls.length) scope = Object.create(scope) as Record<string, string>;
        const prefix = name === 'xmlns' ? '' : name.slice(6);
        scope[prefix] = raw[name]!;
        nsDecls.push([prefix, raw[name]!]);
      }
    }
    const attrs = new Map<string, string>();
    const rawAttrs: [string, string][] = [];
    for (const name in raw) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      rawAttrs.push([name, raw[name]!]);
      const i = name.indexOf(':');
      if (i < 0) {
        attrs.set(name, raw[name]!);
        continue;
      }
      const uri = scope[name.slice(0, i)];
      if (uri === undefined)
        return fail(
          'xml:malformed',
          `The document is not well-formed XML: the attribute prefix of ${name} is not declared`,
        );
      attrs.set(`{${uri}}${name.slice(i + 1)}`, raw[name]!);
    }
    const qn = tag.name;
    const ci = qn.indexOf(':');
    const prefix = ci < 0 ? '' : qn.slice(0, ci);
    const ns = scope[prefix];
    if (ns === undefined && prefix !== '')
      return fail(
        'xml:malformed',
        `The document is not well-formed XML: the element prefix "${prefix}" of ${qn} is not declared`,
      );
    const el: IxElement = {
      kind: 'element',
      ns: ns ?? '',
      local: ci < 0 ? qn : qn.slice(ci + 1),
      qname: qn,
      attrs,
      rawAttrs,
      nsDecls,
      children: [],
      parent,
      doc,
      line: startLine,
      column: startColumn - (qn.length + 1) > 0 ? startColumn - (qn.length + 1) : 1,
      scope,
    };
    const id = attrs.get('id');
    if (id !== undefined) {
      if (doc.ids.has(id)) doc.duplicateIds.push(el);
      else doc.ids.set(id, el);
    }
    if (parent) parent.children.push(el);
    else doc.root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (!failure) stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    const kids = top.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + t;
    else kids.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (err) => {
    let msg = String(err.message).replace(/^(?:.*?:)?\d+:\d+: /, '');
    if (/undefined entity/i.test(msg)) {
      msg +=
        ' (XHTML is parsed as XML: HTML named entities such as &nbsp; are not defined; write a character reference such as &#160;)';
    }
    fail('xml:malformed', `The document is not well-formed XML: ${msg}`);
  });
  const CHUNK = 1 << 20;
  try {
    for (let i = 0; i < text.length && !failure; i += CHUNK) parser.write(text.slice(i, i + CHUNK));
    if (!failure) parser.close();
  } catch (e) {
    fail(
      'xml:malformed',
      `The document is not well-formed XML: ${(e as Error).message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`,
    );
  }
  if (failure) throw failure;
  if (!doc.root)
    throw new FatalInputError(
      finding('xml:malformed', 'error', 'The document has no root element', { file: url, line: 1, column: 1 }),
    );
  return doc;
}

/** Child elements (not text). */
export function elementChildren(el: IxElement): IxElement[] {
  return el.children.filter((c): c is IxElement => typeof c !== 'string');
}

/** Descendant elements in document order. */
export function* ixDescendants(el: IxElement): Generator<IxElement> {
  const stack: IxElement[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i]!;
    if (typeof c !== 'string') stack.push(c);
  }
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}
