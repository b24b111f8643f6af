/**
 * XHTML documents for Inline XBRL, parsed by the project's one XML parser (src/xml/parse.ts, with `mixed: true`: saxes,
 * positions, the same refusals) into a tree that keeps mixed content in document order (text nodes between child
 * elements), which Inline XBRL needs for the value of ix:nonNumeric / ix:footnote / ix:continuation and for
 * `escape="true"` (markup kept in the fact value).
 *
 * Inline XBRL documents are XHTML parsed as XML: only the five predefined entities and character references
 * exist. An HTML named entity such as `&nbsp;` is not defined and is reported as `xml:malformed` with a hint
 * (`&#160;` is the XML way). A DOCTYPE that declares entities is refused (`xml:entityDeclarationRefused`).
 */
import { FatalInputError } from '../findings.js';
import { englishMessage, paramFinding } from '../messages/index.js';
import { decodeXml, parseXml, type Attributes, type XmlElement } from '../xml/parse.js';

export interface IxElement {
  readonly kind: 'element';
  readonly ns: string;
  readonly local: string;
  /** Qualified name as written. */
  readonly qname: string;
  /** Attributes by expanded name (`local` or `{ns}local`), namespace declarations excluded. */
  readonly attrs: Attributes;
  /** Attributes as written (qualified names), namespace declarations excluded, in document order. */
  readonly rawAttrs: readonly [string, string][];
  /** Namespace declarations made on this element (prefix '' = default). */
  readonly nsDecls: readonly [string, string][];
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

/**
 * Parses an (X)HTML document as XML, keeping mixed content in order.
 * @throws FatalInputError as parseXml does (`xml:malformed` with a hint for HTML named entities, `xml:encoding`,
 *   `xml:entityDeclarationRefused`, `xml:tooDeep`), and `xml:tooLarge` / `xml:empty` for too large and empty input.
 */
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
      paramFinding(
        'xml:tooLarge',
        'error',
        { size, limit: maxBytes },
        {
          file: url,
          line: 1,
          column: 1,
        },
      ),
    );
  }
  const text = typeof source === 'string' ? source : decodeXml(source, url);
  if (text.trim() === '')
    throw new FatalInputError(
      paramFinding(
        'xml:empty',
        'error',
        { expected: 'XHTML' },
        {
          file: url,
          line: 1,
          column: 1,
        },
      ),
    );
  let root: XmlElement;
  try {
    root = parseXml(text, url, { maxDepth, mixed: true }).root;
  } catch (e) {
    const f = e instanceof FatalInputError ? e.finding : undefined;
    if (f?.code === 'xml:malformed' && /undefined entity/i.test(f.message)) {
      const params = { ...f.params, xhtmlEntity: true };
      throw new FatalInputError({ ...f, message: englishMessage(f.code, params), params });
    }
    throw e;
  }
  const doc: IxDocument = { url, root: undefined as unknown as IxElement, size, ids: new Map(), duplicateIds: [] };
  doc.root = ixElementOf(root, undefined, doc);
  return doc;
}

/** The IxElement tree of a parsed element (mixed content), with the document's ids in document order. */
function ixElementOf(x: XmlElement, parent: IxElement | undefined, doc: IxDocument): IxElement {
  const m = x.mixed!;
  const content = m.content;
  const children: IxNode[] = new Array<IxNode>(content.length);
  const el: IxElement = {
    kind: 'element',
    ns: x.ns,
    local: x.local,
    qname: x.prefix ? `${x.prefix}:${x.local}` : x.local,
    attrs: x.attrs,
    rawAttrs: m.attributes,
    nsDecls: m.namespaceDeclarations,
    children,
    parent,
    doc,
    line: x.line,
    column: x.column,
    scope: x.scope,
  };
  const id = el.attrs.get('id');
  if (id !== undefined) {
    if (doc.ids.has(id)) doc.duplicateIds.push(el);
    else doc.ids.set(id, el);
  }
  // filled in place: an array of its size (one grown by push keeps room for up to half as many again)
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    children[i] = typeof c === 'string' ? c : ixElementOf(c, el, doc);
  }
  return el;
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
