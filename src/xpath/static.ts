/**
 * The static pass over a parsed XPath 2.0 expression (XPath 2.0 section 2.2.3.1, static analysis phase): resolves
 * every QName against the static context and checks names.
 *
 * - prefixes: err:XPST0081 when a prefix is not in the statically known namespaces (XPath 2.0 3.1, 3.2.1.2);
 *   unprefixed element names and type names take the default element/type namespace, unprefixed function names the
 *   default function namespace (fn), unprefixed attribute names and variables no namespace (XPath 2.0 2.1.1);
 * - variables: err:XPST0008 when neither bound by an enclosing for/some/every nor in the static context (3.1.2);
 * - functions: err:XPST0017 when no function of that name and arity is known (3.1.5), built-in library first, then
 *   `StaticContext.functions`; `xs:T(arg)` is a constructor function for every built-in atomic type T (3.10.4);
 * - types: in `cast as`/`castable as`, a target that is not an atomic type is err:XPST0051 and xs:NOTATION or
 *   xs:anyAtomicType err:XPST0080 (3.10.2); an unknown atomic type in a SequenceType is err:XPST0051 (2.5.3);
 *   schema-element()/schema-attribute() and element(N, T) with T not a built-in type are err:XPST0008 (2.5.4.3, no
 *   in-scope schema definitions here);
 * - nesting deeper than `MAX_AST_DEPTH` is `sbr:xpathDepthLimit` (the evaluator recurses over the tree).
 *
 * The tree is resolved in place (it was just made by the parser) and returned.
 */
import { parse } from './parser.js';
import { builtinLibrary } from './functions/index.js';
import { CONSTRUCTOR_TYPES } from './functions/constructors.js';
import type { Expr, FunctionLibrary, ItemType, NodeTest, QName, SequenceType, StaticContext } from './types.js';
import { FN, XML, XPathError, XS } from './types.js';

/** Deepest expression tree the static pass accepts. */
export const MAX_AST_DEPTH = 1000;

/**
 * The built-in atomic types of XML Schema 1.0 plus the XPath 2.0 additions (XPath 2.0 2.5.1, figure 2.1): those with a
 * constructor function (F&O 5.1) and the two abstract/special ones without.
 */
export const ATOMIC_TYPES: ReadonlySet<string> = new Set(['anyAtomicType', 'NOTATION', ...CONSTRUCTOR_TYPES]);
/** Built-in non-atomic types (usable in element(N, T) / attribute(N, T)). */
const OTHER_TYPES = new Set(['anyType', 'anySimpleType', 'untyped', 'NMTOKENS', 'IDREFS', 'ENTITIES']);

/** Parses and statically checks an expression: the public entry of the front end. Throws XPathError. */
export function parseXPath(text: string, sc: StaticContext = { namespaces: {} }): Expr {
  return analyze(parse(text), sc);
}

type Mut = Record<string, unknown>;

/** Resolves and checks an unresolved tree from `parse` in place. Throws XPathError (codes above). */
export function analyze(expr: Expr, sc: StaticContext): Expr {
  new StaticPass(sc).visit(expr, 0);
  return expr;
}

class StaticPass {
  private readonly ns: Record<string, string>;
  private readonly bound = new Map<string, number>();
  private readonly libs: FunctionLibrary[];
  constructor(private readonly sc: StaticContext) {
    this.ns = { xml: XML, xs: XS, fn: FN, ...sc.namespaces };
    this.libs = sc.functions ? [builtinLibrary, sc.functions] : [builtinLibrary];
  }

  private resolvePrefix(prefix: string, e: Expr): string {
    if (prefix === 'xml') return XML;
    const uri = this.ns[prefix];
    if (uri === undefined || (uri === '' && prefix !== '')) {
      throw new XPathError('err:XPST0081', `the prefix "${prefix}" is not bound to a namespace`, e.start, e.end);
    }
    return uri;
  }

  /** Resolves a QName in place: `dflt` is the namespace of an unprefixed name. */
  private resolve(q: QName, dflt: string, e: Expr): void {
    (q as unknown as Mut).ns = q.prefix ? this.resolvePrefix(q.prefix, e) : dflt;
  }

  private get elementNs(): string {
    return this.sc.defaultElementNamespace ?? this.ns[''] ?? '';
  }

  private nodeTest(t: NodeTest, attribute: boolean, e: Expr): void {
    const m = t as unknown as Mut;
    switch (t.test) {
      case 'name':
        if (t.ns !== null)
          m.ns = t.prefix ? this.resolvePrefix(t.prefix, e) : attribute ? '' : t.local === null ? '' : this.elementNs;
        break;
      case 'element':
      case 'attribute':
        if (t.name) this.resolve(t.name, t.test === 'element' ? this.elementNs : '', e);
        if (t.typeName) {
          this.resolve(t.typeName, this.elementNs, e);
          if (!(t.typeName.ns === XS && (ATOMIC_TYPES.has(t.typeName.local) || OTHER_TYPES.has(t.typeName.local)))) {
            throw new XPathError(
              'err:XPST0008',
              `the type ${display(t.typeName)} is not in the in-scope schema definitions`,
              e.start,
              e.end,
            );
          }
        }
        break;
      case 'schema-element':
      case 'schema-attribute':
        this.resolve(t.name, t.test === 'schema-element' ? this.elementNs : '', e);
        throw new XPathError(
          'err:XPST0008',
          `${t.test}(${display(t.name)}): no in-scope schema declaration of that name`,
          e.start,
          e.end,
        );
      case 'document':
        if (t.element) this.nodeTest(t.element, false, e);
        break;
    }
  }

  private atomicType(name: QName, e: Expr, forCast: boolean): void {
    this.resolve(name, this.elementNs, e);
    if (name.ns === XS && ATOMIC_TYPES.has(name.local)) {
      if (forCast && (name.local === 'NOTATION' || name.local === 'anyAtomicType')) {
        throw new XPathError('err:XPST0080', `cannot cast to the abstract type ${display(name)}`, e.start, e.end);
      }
      return;
    }
    throw new XPathError('err:XPST0051', `${display(name)} is not a known atomic type`, e.start, e.end);
  }

  private itemType(t: ItemType, e: Expr): void {
    if (t.kind === 'atomic') this.atomicType(t.name, e, false);
    else if (t.kind === 'node') this.nodeTest(t.test, t.test.test === 'attribute', e);
  }

  private seqType(t: SequenceType, e: Expr): void {
    if (t.item) this.itemType(t.item, e);
  }

  private bind(name: QName, e: Expr): string {
    this.resolve(name, '', e);
    const k = name.ns ? `{${name.ns}}${name.local}` : name.local;
    this.bound.set(k, (this.bound.get(k) ?? 0) + 1);
    return k;
  }
  private unbind(k: string): void {
    const n = this.bound.get(k)! - 1;
    if (n) this.bound.set(k, n);
    else this.bound.delete(k);
  }

  visit(e: Expr, depth: number): void {
    if (depth > MAX_AST_DEPTH)
      throw new XPathError(
        'sbr:xpathDepthLimit',
        `expression nested deeper than ${MAX_AST_DEPTH} levels`,
        e.start,
        e.end,
      );
    const d = depth + 1;
    switch (e.kind) {
      case 'sequence':
        for (const x of e.items) this.visit(x, d);
        return;
      case 'for':
      case 'quantified': {
        const keys: string[] = [];
        for (const b of e.bindings) {
          this.visit(b.in, d);
          keys.push(this.bind(b.name, e));
        }
        this.visit(e.kind === 'for' ? e.return : e.satisfies, d);
        for (const k of keys) this.unbind(k);
        return;
      }
      case 'if':
        this.visit(e.test, d);
        this.visit(e.then, d);
        this.visit(e.else, d);
        return;
      case 'or':
      case 'and':
      case 'compare':
      case 'arith':
      case 'setop':
        this.visit(e.left, d);
        this.visit(e.right, d);
        return;
      case 'range':
        this.visit(e.from, d);
        this.visit(e.to, d);
        return;
      case 'instanceOf':
      case 'treat':
        this.visit(e.expr, d);
        this.seqType(e.type, e);
        return;
      case 'cast':
      case 'castable':
        this.visit(e.expr, d);
        this.atomicType(e.type.name, e, true);
        if (e.type.name.local === 'QName' || e.type.name.local === 'NOTATION')
          (e as unknown as Mut).namespaces = this.ns;
        return;
      case 'unary':
        this.visit(e.operand, d);
        return;
      case 'path':
        for (const s of e.steps) this.visit(s, d);
        return;
      case 'axisStep':
        // the namespace axis is optional in XPath 2.0 (3.2.1.1) and not supported here
        if (e.axis === 'namespace')
          throw new XPathError('err:XPST0010', 'the namespace axis is not supported', e.start, e.end);
        this.nodeTest(e.test, e.axis === 'attribute', e);
        for (const p of e.predicates) this.visit(p, d);
        return;
      case 'filter':
        this.visit(e.primary, d);
        for (const p of e.predicates) this.visit(p, d);
        return;
      case 'literal':
      case 'contextItem':
        return;
      case 'varRef': {
        this.resolve(e.name, '', e);
        const k = e.name.ns ? `{${e.name.ns}}${e.name.local}` : e.name.local;
        if (!this.bound.has(k) && !this.sc.variables?.(e.name)) {
          throw new XPathError('err:XPST0008', `the variable $${display(e.name)} is not declared`, e.start, e.end);
        }
        return;
      }
      case 'call': {
        for (const a of e.args) this.visit(a, d);
        this.resolve(e.name, this.sc.defaultFunctionNamespace ?? FN, e);
        const { ns, local } = e.name;
        const arity = e.args.length;
        if (ns === XS && (local === 'QName' || local === 'NOTATION') && arity === 1)
          (e as unknown as Mut).namespaces = this.ns;
        for (const lib of this.libs) if (lib.lookup(ns, local, arity)) return;
        if (ns === XS && ATOMIC_TYPES.has(local) && local !== 'NOTATION' && local !== 'anyAtomicType') {
          // constructor function xs:T($arg as xs:anyAtomicType?) as xs:T? (XPath 2.0 3.10.4)
          if (arity === 1) {
            return;
          }
          throw new XPathError(
            'err:XPST0017',
            `the constructor function ${display(e.name)} takes one argument, not ${arity}`,
            e.start,
            e.end,
          );
        }
        const known = this.libs.some((l) => l.hasName?.(ns, local));
        throw new XPathError(
          'err:XPST0017',
          known
            ? `the function ${display(e.name)} does not take ${arity} argument(s)`
            : `unknown function ${display(e.name)}()`,
          e.start,
          e.end,
        );
      }
    }
  }
}

function display(q: QName): string {
  return q.prefix ? `${q.prefix}:${q.local}` : q.ns === FN ? `fn:${q.local}` : q.ns ? `{${q.ns}}${q.local}` : q.local;
}
