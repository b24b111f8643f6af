/**
 * XDM node views (src/xpath/types.ts `XNode`) over the parsed instance (src/xml/parse.ts `XmlElement`): facts,
 * contexts, units and typed-dimension values are handed to XPath as element nodes of the instance document, as
 * Variables 1.0 section 2.1 requires (a fact variable's value is the fact element). Nodes are built lazily and
 * memoised per element, so identity (`===`) is node identity; document order comes from one pre-order numbering of
 * the document.
 *
 * Typed values: a fact item's typed value follows its concept's XML Schema type (dm:typed-value, XDM section 5.15)
 * when the atomic model can build it, else xs:untypedAtomic.
 */
import type { CompiledTaxonomy, SimpleType } from '../compile/types.js';
import type { XmlElement } from '../xml/parse.js';
import { XDecimal } from '../xpath/decimal.js';
import { XPathError, type AtomicValue, type NodeKind, type QName, type XNode } from '../xpath/types.js';
import * as atomic from '../xpath/atomic/index.js';

const XSI_NIL = '{http://www.w3.org/2001/XMLSchema-instance}nil';

/** Builds and memoises the node views of one XML document. */
export class NodeFactory {
  readonly #elements = new Map<XmlElement, ElementNode>();
  readonly #order = new Map<XmlElement, number>();
  readonly document: DocumentNode;
  /** Typed value of an element by concept (fact items), when the taxonomy knows its type. */
  typeOf?: (el: XmlElement) => string | undefined;

  constructor(
    readonly root: XmlElement,
    readonly taxonomy?: CompiledTaxonomy,
  ) {
    this.document = new DocumentNode(this);
    let n = 1;
    const walk = (el: XmlElement) => {
      this.#order.set(el, n);
      n += el.attrs.size + 2;
      for (const c of el.children) walk(c);
    };
    walk(root);
  }

  /** The node of an element of this document. */
  node(el: XmlElement): ElementNode {
    let x = this.#elements.get(el);
    if (!x) {
      x = new ElementNode(this, el);
      this.#elements.set(el, x);
    }
    return x;
  }

  orderOf(el: XmlElement): number {
    return this.#order.get(el) ?? 0;
  }

  /**
   * dm:typed-value of an element: by its declaration's simple type when known (facts), else xs:untypedAtomic. A union
   * type's value takes the first member type whose lexical space has it (XML Schema Part 2 section 2.5.1.3, e.g.
   * xbrli:dateUnion: xs:date, else xs:dateTime); a list type's value is the sequence of its items' typed values.
   */
  typed(el: XmlElement, text: string): readonly AtomicValue[] {
    const key = el.ns ? `{${el.ns}}${el.local}` : el.local;
    const t = this.taxonomy?.concepts[key]?.valueType;
    if (!t) return [{ type: 'xs:untypedAtomic', value: text }];
    return typedOf(t, text, el);
  }

  builtinOf(el: XmlElement): string | undefined {
    const key = el.ns ? `{${el.ns}}${el.local}` : el.local;
    const c = this.taxonomy?.concepts[key];
    const t = c?.valueType;
    if (!t || t.variety !== 'atomic') return undefined;
    return t.builtin;
  }
}

function typedOf(t: SimpleType, text: string, el: XmlElement): AtomicValue[] {
  if (t.variety === 'atomic') return [typedAtomic(t.builtin, text, el)];
  if (t.variety === 'list')
    return text
      .trim()
      .split(/\s+/)
      .filter((x) => x !== '')
      .flatMap((x) => typedOf(t.itemType, x, el));
  const resolve = (p: string) => (p === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : el.scope[p]);
  for (const m of t.memberTypes) {
    if (m.variety !== 'atomic') continue;
    try {
      return [atomic.fromLexical(`xs:${m.builtin}`, text, resolve)];
    } catch {
      // not in this member's lexical space: the next member
    }
  }
  return [{ type: 'xs:untypedAtomic', value: text }];
}

/**
 * An atomic value of a built-in XML Schema type from its lexical form: through the atomic model
 * (F&O 17.1.1 cast from xs:string) when it can, else a plain construction for the common types, else
 * xs:untypedAtomic.
 */
export function typedAtomic(builtin: string, text: string, el?: XmlElement): AtomicValue {
  const type = `xs:${builtin}`;
  try {
    return atomic.fromLexical(
      type,
      text,
      el ? (p) => (p === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : el.scope[p]) : undefined,
    );
  } catch {
    // not castable (reported by the XBRL 2.1 value checks) or the atomic model is not there: fall back
  }
  const t = text.trim();
  if (
    /^(decimal|integer|nonPositiveInteger|negativeInteger|long|int|short|byte|nonNegativeInteger|unsignedLong|unsignedInt|unsignedShort|unsignedByte|positiveInteger)$/.test(
      builtin,
    )
  ) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return { type, value: new XDecimal(t) };
  } else if (builtin === 'double' || builtin === 'float') {
    const v = t === 'INF' ? Infinity : t === '-INF' ? -Infinity : t === 'NaN' ? NaN : Number(t);
    if (!Number.isNaN(v) || t === 'NaN') return { type, value: builtin === 'float' ? Math.fround(v) : v };
  } else if (builtin === 'boolean') {
    if (t === 'true' || t === '1') return { type, value: true };
    if (t === 'false' || t === '0') return { type, value: false };
  } else if (
    builtin === 'string' ||
    builtin === 'normalizedString' ||
    builtin === 'token' ||
    builtin === 'anyURI' ||
    builtin === 'language' ||
    builtin === 'Name' ||
    builtin === 'NCName'
  ) {
    return { type, value: builtin === 'string' ? text : t };
  }
  return { type: 'xs:untypedAtomic', value: text };
}

abstract class BaseNode implements XNode {
  abstract readonly nodeKind: NodeKind;
  abstract readonly nodeName: QName | undefined;
  abstract readonly parent: XNode | undefined;
  abstract readonly order: number;
  constructor(protected readonly f: NodeFactory) {}
  get tree(): object {
    return this.f;
  }
  get baseURI(): string {
    return this.f.root.doc.url;
  }
  get documentURI(): string | undefined {
    return undefined;
  }
  children(): readonly XNode[] {
    return [];
  }
  attributes(): readonly XNode[] {
    return [];
  }
  abstract stringValue(): string;
  typedValue(): readonly AtomicValue[] {
    return [{ type: 'xs:untypedAtomic', value: this.stringValue() }];
  }
}

export class DocumentNode extends BaseNode {
  readonly nodeKind = 'document' as const;
  readonly nodeName = undefined;
  readonly parent = undefined;
  readonly order = 0;
  override get documentURI(): string {
    return this.f.root.doc.url;
  }
  override children(): readonly XNode[] {
    return [this.f.node(this.f.root)];
  }
  stringValue(): string {
    return this.f.node(this.f.root).stringValue();
  }
}

export class ElementNode extends BaseNode {
  readonly nodeKind = 'element' as const;
  readonly nodeName: QName;
  #children?: XNode[];
  #attributes?: XNode[];
  #typed?: readonly AtomicValue[];
  constructor(
    f: NodeFactory,
    readonly element: XmlElement,
  ) {
    super(f);
    this.nodeName = { ns: element.ns, local: element.local, prefix: element.prefix };
  }
  get parent(): XNode | undefined {
    const p = this.element.parent;
    return p ? this.f.node(p) : this.f.document;
  }
  get order(): number {
    return this.f.orderOf(this.element);
  }
  /**
   * dm:type-name (XDM section 5.14): for an element whose declaration has atomic simple content (fact items), the
   * built-in type that content derives from (xbrli:stringItemType gives xs:string, xbrli:monetaryItemType xs:decimal),
   * so that element(N, xs:T) tests see the derivation; else absent (xs:untyped).
   */
  get typeName(): QName | undefined {
    const b = this.f.builtinOf(this.element);
    return b ? { ns: 'http://www.w3.org/2001/XMLSchema', local: b, prefix: 'xs' } : undefined;
  }
  get nilled(): boolean {
    const v = this.element.attrs.get(XSI_NIL)?.trim();
    return v === 'true' || v === '1';
  }
  override children(): readonly XNode[] {
    if (!this.#children) {
      const out: XNode[] = [];
      const el = this.element;
      // Mixed content order is not kept by the parser: own text first (whitespace-only text between child elements dropped).
      if (el.text !== '' && (el.children.length === 0 || el.text.trim() !== ''))
        out.push(new TextNode(this.f, this, el.text));
      for (const c of el.children) out.push(this.f.node(c));
      this.#children = out;
    }
    return this.#children;
  }
  override attributes(): readonly XNode[] {
    if (!this.#attributes) {
      const out: XNode[] = [];
      let i = 0;
      for (const [k, v] of this.element.attrs) {
        out.push(new AttributeNode(this.f, this, k, v, ++i));
      }
      this.#attributes = out;
    }
    return this.#attributes;
  }
  stringValue(): string {
    return deep(this.element);
  }
  /** dm:typed-value, computed once per node (atomic values are immutable). */
  override typedValue(): readonly AtomicValue[] {
    if (this.#typed === undefined) {
      // XDM section 5.15: an element of element-only content (an XBRL tuple) has no typed value
      const key = this.element.ns ? `{${this.element.ns}}${this.element.local}` : this.element.local;
      if (!this.nilled && this.f.taxonomy?.concepts[key]?.kind === 'tuple')
        throw new XPathError(
          'err:FOTY0012',
          `The tuple ${this.element.prefix ? this.element.prefix + ':' : ''}${this.element.local} has element-only content and no typed value`,
        );
      this.#typed = this.nilled ? [] : this.f.typed(this.element, this.stringValue());
    }
    return this.#typed;
  }
  inScopeNamespaces(): Readonly<Record<string, string>> {
    const out: Record<string, string> = { xml: 'http://www.w3.org/XML/1998/namespace' };
    for (const k in this.element.scope) out[k] = this.element.scope[k]!;
    return out;
  }
}

function deep(el: XmlElement): string {
  let s = el.text;
  for (const c of el.children) s += deep(c);
  return el.children.length && el.text.trim() === '' ? el.children.map(deep).join('') : s;
}

class TextNode extends BaseNode {
  readonly nodeKind = 'text' as const;
  readonly nodeName = undefined;
  constructor(
    f: NodeFactory,
    readonly parent: ElementNode,
    readonly text: string,
  ) {
    super(f);
  }
  get order(): number {
    return this.parent.order + this.parent.element.attrs.size + 1;
  }
  stringValue(): string {
    return this.text;
  }
}

class AttributeNode extends BaseNode {
  readonly nodeKind = 'attribute' as const;
  readonly nodeName: QName;
  constructor(
    f: NodeFactory,
    readonly parent: ElementNode,
    key: string,
    readonly value: string,
    readonly index: number,
  ) {
    super(f);
    const m = /^\{([^}]*)\}(.*)$/.exec(key);
    this.nodeName = m ? { ns: m[1]!, local: m[2]! } : { ns: '', local: key };
  }
  get order(): number {
    return this.parent.order + (this.index * 0.5) / (this.parent.element.attrs.size + 1);
  }
  stringValue(): string {
    return this.value;
  }
}
