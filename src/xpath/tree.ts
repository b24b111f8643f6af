/**
 * An XDM node tree (XDM section 6) built from XML bytes or text, for XPath evaluation: document, element, attribute,
 * text, comment and processing-instruction nodes in document order, with in-scope namespaces, base URI and document
 * order numbers (`order`; attributes after their element, before its children). Untyped: elements are xs:untyped,
 * attributes xs:untypedAtomic (XDM 3.3 construction from an infoset without a schema).
 *
 * Parsing is saxes (non-validating). Entities other than the five predefined ones and character references are never
 * expanded; a DOCTYPE declaring entities is refused. Adjacent character data (text and CDATA) is one text node.
 *
 * `buildTree(source, uri)` throws XPathError `err:FODC0002` (the document cannot be parsed), with the parser's
 * message and line.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { decodeXml } from '../xml/parse.js';
import type { AtomicValue, NodeKind, QName, XNode } from './types.js';
import { XML, XPathError } from './types.js';

const NO_NODES: readonly XNode[] = Object.freeze([]);
const UNTYPED: QName = Object.freeze({ ns: 'http://www.w3.org/2001/XMLSchema', local: 'untyped', prefix: 'xs' });
const UNTYPED_ATOMIC: QName = Object.freeze({
  ns: 'http://www.w3.org/2001/XMLSchema',
  local: 'untypedAtomic',
  prefix: 'xs',
});

// Fields are assigned in constructors (not class-field initialisers, which define properties one by one and cost
// more than the parse itself on large documents); node kinds are prototype getters.
abstract class Base implements XNode {
  abstract readonly nodeKind: NodeKind;
  declare nodeName: QName | undefined;
  declare parent: TElement | TDocument | undefined;
  declare tree: object;
  declare order: number;
  /** Index among the parent's children (for sibling axes). */
  declare index: number;
  constructor(parent: TElement | TDocument | undefined, tree: object) {
    this.parent = parent;
    this.tree = tree;
    this.nodeName = undefined;
    this.order = 0;
    this.index = 0;
  }
  children(): readonly XNode[] {
    return NO_NODES;
  }
  attributes(): readonly XNode[] {
    return NO_NODES;
  }
  abstract stringValue(): string;
  typedValue(): readonly AtomicValue[] {
    return [{ type: 'xs:untypedAtomic', value: this.stringValue() }];
  }
  get baseURI(): string | undefined {
    return this.parent?.baseURI;
  }
}

export class TDocument extends Base {
  get nodeKind(): 'document' {
    return 'document';
  }
  declare readonly kids: XNode[];
  declare readonly documentURI: string | undefined;
  declare private readonly base: string | undefined;
  constructor(uri: string | undefined) {
    super(undefined, {});
    (this as { kids: XNode[] }).kids = [];
    this.tree = this;
    (this as { documentURI: string | undefined }).documentURI = uri;
    (this as unknown as { base: string | undefined }).base = uri;
  }
  override get baseURI(): string | undefined {
    return this.base;
  }
  override children(): readonly XNode[] {
    return this.kids;
  }
  override stringValue(): string {
    return textOf(this);
  }
}

export class TElement extends Base {
  get nodeKind(): 'element' {
    return 'element';
  }
  declare readonly kids: XNode[];
  declare readonly attrs: TAttribute[];
  get typeName(): QName {
    return UNTYPED;
  }
  get nilled(): boolean {
    return false;
  }
  declare namespaces: Record<string, string>;
  declare xmlBase: string | undefined;
  declare private sv: string | undefined;
  constructor(parent: TElement | TDocument, tree: object, name: QName, namespaces: Record<string, string>) {
    super(parent, tree);
    this.nodeName = name;
    this.namespaces = namespaces;
    (this as { kids: XNode[] }).kids = [];
    (this as { attrs: TAttribute[] }).attrs = [];
    this.xmlBase = undefined;
    this.sv = undefined;
  }
  override children(): readonly XNode[] {
    return this.kids;
  }
  override attributes(): readonly XNode[] {
    return this.attrs;
  }
  override stringValue(): string {
    return (this.sv ??= textOf(this));
  }
  override get baseURI(): string | undefined {
    const parentBase = this.parent?.baseURI;
    if (this.xmlBase === undefined) return parentBase;
    try {
      return parentBase ? new URL(this.xmlBase, parentBase).href : this.xmlBase;
    } catch {
      return this.xmlBase;
    }
  }
  inScopeNamespaces(): Readonly<Record<string, string>> {
    return this.namespaces;
  }
}

export class TAttribute extends Base {
  get nodeKind(): 'attribute' {
    return 'attribute';
  }
  get typeName(): QName {
    return UNTYPED_ATOMIC;
  }
  constructor(
    parent: TElement,
    tree: object,
    name: QName,
    readonly value: string,
  ) {
    super(parent, tree);
    this.nodeName = name;
  }
  override stringValue(): string {
    return this.value;
  }
}

export class TText extends Base {
  get nodeKind(): 'text' {
    return 'text';
  }
  constructor(
    parent: TElement | TDocument,
    tree: object,
    public value: string,
  ) {
    super(parent, tree);
  }
  override stringValue(): string {
    return this.value;
  }
}

export class TComment extends Base {
  get nodeKind(): 'comment' {
    return 'comment';
  }
  constructor(
    parent: TElement | TDocument,
    tree: object,
    readonly value: string,
  ) {
    super(parent, tree);
  }
  override stringValue(): string {
    return this.value;
  }
  override typedValue(): readonly AtomicValue[] {
    return [{ type: 'xs:string', value: this.value }];
  }
}

export class TPI extends Base {
  get nodeKind(): 'processing-instruction' {
    return 'processing-instruction';
  }
  constructor(
    parent: TElement | TDocument,
    tree: object,
    target: string,
    readonly value: string,
  ) {
    super(parent, tree);
    this.nodeName = { ns: '', local: target };
  }
  override stringValue(): string {
    return this.value;
  }
  override typedValue(): readonly AtomicValue[] {
    return [{ type: 'xs:string', value: this.value }];
  }
}

/** Concatenated text node descendants (dm:string-value of documents and elements). */
function textOf(n: TElement | TDocument): string {
  let s = '';
  const walk = (x: XNode): void => {
    for (const c of x.children()) {
      if (c.nodeKind === 'text') s += (c as TText).value;
      else if (c.nodeKind === 'element') walk(c);
    }
  };
  walk(n);
  return s;
}

export interface BuildOptions {
  /** Elements nested deeper than this are refused (default 1000). */
  maxDepth?: number;
  /** Keep whitespace-only text nodes (default true; XDM keeps them). */
  keepWhitespace?: boolean;
}

/**
 * Builds the XDM tree of an XML document. `uri` becomes the document-uri and base URI.
 * Throws XPathError err:FODC0002 when the text is not well-formed or declares entities.
 */
export function buildTree(source: Uint8Array | string, uri?: string, options: BuildOptions = {}): TDocument {
  let text: string;
  try {
    text = typeof source === 'string' ? source : decodeXml(source, uri ?? '');
  } catch (e) {
    throw new XPathError('err:FODC0002', `${uri ?? 'document'}: ${(e as Error).message}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const maxDepth = options.maxDepth ?? 1000;
  const keepWs = options.keepWhitespace ?? true;
  const doc = new TDocument(uri);
  const tree = doc;
  const stack: (TElement | TDocument)[] = [doc];
  let failure: string | undefined;
  let pendingText = '';
  const parser = new SaxesParser({ xmlns: true, position: true, additionalNamespaces: { xml: XML } });
  const flush = (): void => {
    if (!pendingText) return;
    const p = stack[stack.length - 1]!;
    if (p !== doc && (keepWs || /\S/.test(pendingText))) p.kids.push(new TText(p, tree, pendingText));
    pendingText = '';
  };
  parser.on('doctype', (dt) => {
    if (/<!ENTITY/i.test(dt)) failure ??= 'the DOCTYPE declares entities; entity declarations are refused';
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    flush();
    const parent = stack[stack.length - 1]!;
    if (stack.length > maxDepth) {
      failure ??= `elements nested deeper than ${maxDepth}`;
      return;
    }
    const pns = parent.nodeKind === 'element' ? (parent as TElement).namespaces : { xml: XML };
    let ns = pns;
    const decl = tag.ns as Record<string, string> | undefined;
    if (decl && Object.keys(decl).length) {
      ns = { ...pns };
      for (const p in decl) {
        if (decl[p] === '') delete ns[p];
        else ns[p] = decl[p]!;
      }
    }
    const name: QName = tag.prefix
      ? { ns: tag.uri, local: tag.local, prefix: tag.prefix }
      : { ns: tag.uri, local: tag.local };
    const el = new TElement(parent, tree, name, ns);
    for (const k in tag.attributes) {
      const a = tag.attributes[k]!;
      if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
      const an: QName = a.prefix ? { ns: a.uri, local: a.local, prefix: a.prefix } : { ns: '', local: a.local };
      el.attrs.push(new TAttribute(el, tree, an, a.value));
      if (a.uri === XML && a.local === 'base') el.xmlBase = a.value;
    }
    el.index = parent.kids.length;
    parent.kids.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    flush();
    stack.pop();
  });
  parser.on('text', (t) => {
    pendingText += t;
  });
  parser.on('cdata', (t) => {
    pendingText += t;
  });
  parser.on('comment', (c) => {
    flush();
    const p = stack[stack.length - 1]!;
    p.kids.push(new TComment(p, tree, c));
  });
  parser.on('processinginstruction', (pi) => {
    flush();
    const p = stack[stack.length - 1]!;
    p.kids.push(new TPI(p, tree, pi.target, pi.body.replace(/^\s+/, '')));
  });
  parser.on('error', (err) => {
    failure ??= err.message;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    failure ??= (e as Error).message;
  }
  if (failure) throw new XPathError('err:FODC0002', `${uri ?? 'document'} is not well-formed XML: ${failure}`);
  number(doc);
  return doc;
}

/** Assigns document order numbers and sibling indexes (iterative preorder: element, its attributes, its children). */
function number(doc: TDocument): void {
  let n = 0;
  const stack: XNode[] = [doc];
  while (stack.length) {
    const x = stack.pop() as Base;
    x.order = n++;
    if (x.nodeKind === 'element') for (const a of (x as TElement).attrs) (a as Base).order = n++;
    const kids = (x as TElement).kids;
    if (kids) {
      for (let i = kids.length - 1; i >= 0; i--) {
        (kids[i] as Base).index = i;
        stack.push(kids[i]!);
      }
    }
  }
}
