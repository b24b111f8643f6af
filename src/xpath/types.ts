/**
 * XPath 2.0 engine: the shared contract between the parser, the static pass, the evaluator, the atomic value model
 * and the function library (W3C XPath 2.0 Second Edition; XQuery 1.0 and XPath 2.0 Data Model (XDM) and
 * Functions and Operators (F&O)).
 *
 * Shapes:
 * - The AST (`Expr`) is plain data: JSON-serialisable, no closures, no class instances; QNames already resolved to
 *   namespace URIs by the static pass, so a validator artifact can store it and the browser can evaluate it without
 *   parsing.
 * - An atomic value is a small tagged object `{ type: 'xs:decimal', value: Decimal }`: every F&O rule is one visible
 *   function over these.
 * - A node is anything implementing `XNode` (the XDM accessors), so Formula can hand over facts, contexts, units and
 *   typed-dimension values as nodes without building a DOM.
 * - A sequence is a plain array of items.
 */
import type { Decimal } from 'decimal.js';

// ---------------------------------------------------------------------------------------------------------------
// Names

/** An expanded QName. `ns` is '' for no namespace. `prefix` is kept for display and for fn:prefix-from-QName. */
export interface QName {
  readonly ns: string;
  readonly local: string;
  readonly prefix?: string;
}

export const XS = 'http://www.w3.org/2001/XMLSchema';
export const FN = 'http://www.w3.org/2005/xpath-functions';
export const ERR = 'http://www.w3.org/2005/xqt-errors';
export const XML = 'http://www.w3.org/XML/1998/namespace';

// ---------------------------------------------------------------------------------------------------------------
// Errors

/**
 * A static or dynamic XPath error. `code` is the error QName written with the `err:` prefix for W3C codes
 * (`err:XPST0003`, `err:FOAR0001`, `err:XPTY0004`, ...) or with its own prefix for others (`xfie:...`,
 * `xbrlve:...`). `start`/`end` are 0-based character offsets into the expression text when known.
 */
export class XPathError extends Error {
  readonly code: string;
  readonly start?: number;
  readonly end?: number;
  constructor(code: string, message: string, start?: number, end?: number) {
    super(`${code}: ${message}`);
    this.name = 'XPathError';
    this.code = code;
    if (start !== undefined) this.start = start;
    if (end !== undefined) this.end = end;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values (XDM)

/**
 * Names of the built-in atomic types, written `xs:local` (`xs:decimal`, `xs:integer`, `xs:nonNegativeInteger`,
 * `xs:dayTimeDuration`, `xs:untypedAtomic`, ...). Every built-in atomic type of XML Schema 1.0 plus the XPath 2.0
 * additions (`xs:untypedAtomic`, `xs:dayTimeDuration`, `xs:yearMonthDuration`) is allowed.
 */
export type AtomicTypeName = string;

/**
 * An atomic value. Representation of `value` by primitive type (derived types use their primitive's):
 * - xs:decimal, xs:integer and all integer-derived types: `Decimal` (from `./decimal.js`, exact; never a JS number)
 * - xs:double, xs:float: `number` (xs:float rounded with Math.fround)
 * - xs:string and string-derived, xs:anyURI, xs:untypedAtomic: `string`
 * - xs:boolean: `boolean`
 * - xs:QName, xs:NOTATION: `QName`
 * - xs:duration, xs:yearMonthDuration, xs:dayTimeDuration: `Duration`
 * - xs:dateTime, xs:date, xs:time, xs:gYear, xs:gYearMonth, xs:gMonth, xs:gMonthDay, xs:gDay: `DateTimeValue`
 * - xs:hexBinary, xs:base64Binary: `Uint8Array`
 */
export interface AtomicValue {
  readonly type: AtomicTypeName;
  readonly value: Decimal | number | string | boolean | QName | Duration | DateTimeValue | Uint8Array;
}

/** A duration: total months (integer, signed) and total seconds (exact, same sign). */
export interface Duration {
  readonly months: number;
  readonly seconds: Decimal;
}

/**
 * A date/time value in its seven-property form (XML Schema 1.0 appendix D / XPath 2.0 F&O 10.1): fields absent
 * for the types that lack them are undefined. `second` is exact (fractional seconds). `tz` is the timezone offset in
 * minutes, undefined when the value has none.
 */
export interface DateTimeValue {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: Decimal;
  readonly tz?: number;
}

export type NodeKind =
  'document' | 'element' | 'attribute' | 'text' | 'comment' | 'processing-instruction' | 'namespace';

/**
 * A node, reached through the XDM accessors (XDM section 5). Implemented by the XML tree builder of this folder and
 * by Formula's views of facts, contexts, units and typed-dimension values.
 */
export interface XNode {
  readonly nodeKind: NodeKind;
  /** dm:node-name: elements, attributes, processing instructions (local = target), namespace nodes (local = prefix). */
  readonly nodeName: QName | undefined;
  /** dm:parent */
  readonly parent: XNode | undefined;
  /** dm:children in document order (elements and documents; empty for the others). */
  children(): readonly XNode[];
  /** dm:attributes (elements only; no namespace declarations). */
  attributes(): readonly XNode[];
  /** dm:string-value */
  stringValue(): string;
  /** dm:typed-value: `[{type:'xs:untypedAtomic', value: stringValue}]` for untyped nodes. */
  typedValue(): readonly AtomicValue[];
  /** dm:type-name, e.g. xs:untyped, xs:untypedAtomic, or the schema type when the provider knows it. */
  readonly typeName?: QName;
  /** dm:nilled (elements). */
  readonly nilled?: boolean;
  /** dm:base-uri and dm:document-uri when known. */
  readonly baseURI?: string;
  readonly documentURI?: string;
  /** In-scope namespaces of an element: prefix ('' = default) to URI. */
  inScopeNamespaces?(): Readonly<Record<string, string>>;
  /**
   * Document order: `tree` identifies the tree (the same object for all nodes of one tree, e.g. its root),
   * `order` is a number increasing in document order within that tree (attributes after their element, before its
   * children). Node identity is object identity (`===`).
   */
  readonly tree: object;
  readonly order: number;
}

export type Item = AtomicValue | XNode;
export type Sequence = readonly Item[];

export function isNode(item: Item): item is XNode {
  return (item as XNode).nodeKind !== undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// AST (XPath 2.0 grammar, appendix A.1). Every node has `start`/`end`: 0-based offsets into the expression text.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Occurrence = '' | '?' | '*' | '+';

/** [52]-[64] KindTest and NameTest, used by axis steps and by SequenceType item types. */
export type NodeTest =
  /** NameTest: `ns`/`local` null stands for `*` (`*`, `prefix:*`, `*:local`). */
  | {
      readonly test: 'name';
      readonly ns: string | null;
      readonly local: string | null;
      /** The prefix as written (`p:local`, `p:*`), kept for display; `ns` is its resolved URI. */
      readonly prefix?: string;
    }
  | { readonly test: 'node' }
  | { readonly test: 'text' }
  | { readonly test: 'comment' }
  /** processing-instruction(target?) */
  | { readonly test: 'pi'; readonly target?: string }
  /** document-node(element(...)?) */
  | { readonly test: 'document'; readonly element?: NodeTest }
  /** element(name?, type?) / attribute(name?, type?); name null = `*`; nillable = `?` after the type. */
  | {
      readonly test: 'element' | 'attribute';
      readonly name?: QName | null;
      readonly typeName?: QName;
      readonly nillable?: boolean;
    }
  | { readonly test: 'schema-element' | 'schema-attribute'; readonly name: QName };

/** [50] SequenceType; `item` undefined means empty-sequence(). */
export interface SequenceType {
  readonly item?: ItemType;
  readonly occurrence: Occurrence;
}
export type ItemType =
  | { readonly kind: 'item' }
  | { readonly kind: 'atomic'; readonly name: QName }
  | { readonly kind: 'node'; readonly test: NodeTest };

/** [49] SingleType: an atomic type with an optional `?`. */
export interface SingleType {
  readonly name: QName;
  readonly optional: boolean;
}

export type Axis =
  | 'child'
  | 'descendant'
  | 'attribute'
  | 'self'
  | 'descendant-or-self'
  | 'following-sibling'
  | 'following'
  | 'namespace'
  | 'parent'
  | 'ancestor'
  | 'preceding-sibling'
  | 'preceding'
  | 'ancestor-or-self';

export interface ForBinding {
  readonly name: QName;
  readonly in: Expr;
}

export type Expr = Span &
  (
    | /** [2] Expr with two or more ExprSingle, and `()` (items empty). */ {
        readonly kind: 'sequence';
        readonly items: readonly Expr[];
      }
    | /** [4] ForExpr, one binding per `$v in E` clause, in order. */ {
        readonly kind: 'for';
        readonly bindings: readonly ForBinding[];
        readonly return: Expr;
      }
    | /** [6] QuantifiedExpr */ {
        readonly kind: 'quantified';
        readonly quantifier: 'some' | 'every';
        readonly bindings: readonly ForBinding[];
        readonly satisfies: Expr;
      }
    | /** [7] IfExpr */ { readonly kind: 'if'; readonly test: Expr; readonly then: Expr; readonly else: Expr }
    | /** [8] OrExpr, [9] AndExpr */ { readonly kind: 'or' | 'and'; readonly left: Expr; readonly right: Expr }
    | /** [10] ComparisonExpr: general (= != < <= > >=), value (eq ne lt le gt ge), node (is << >>) */ {
        readonly kind: 'compare';
        readonly style: 'general' | 'value' | 'node';
        readonly op:
          '=' | '!=' | '<' | '<=' | '>' | '>=' | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'is' | '<<' | '>>';
        readonly left: Expr;
        readonly right: Expr;
      }
    | /** [11] RangeExpr */ { readonly kind: 'range'; readonly from: Expr; readonly to: Expr }
    | /** [12] AdditiveExpr, [13] MultiplicativeExpr */ {
        readonly kind: 'arith';
        readonly op: '+' | '-' | '*' | 'div' | 'idiv' | 'mod';
        readonly left: Expr;
        readonly right: Expr;
      }
    | /** [14] UnionExpr (union and |), [15] IntersectExceptExpr */ {
        readonly kind: 'setop';
        readonly op: 'union' | 'intersect' | 'except';
        readonly left: Expr;
        readonly right: Expr;
      }
    | /** [16] InstanceofExpr */ { readonly kind: 'instanceOf'; readonly expr: Expr; readonly type: SequenceType }
    | /** [17] TreatExpr */ { readonly kind: 'treat'; readonly expr: Expr; readonly type: SequenceType }
    | /** [18] CastableExpr (`namespaces` as for cast) */ {
        readonly kind: 'castable';
        readonly expr: Expr;
        readonly type: SingleType;
        readonly namespaces?: Readonly<Record<string, string>>;
      }
    | /**
       * [19] CastExpr. `namespaces`: the statically known namespaces, kept by the static pass only when the target
       * is xs:QName or xs:NOTATION (casting a string to a QName resolves its prefix statically, XPath 2.0 3.12.3).
       */ {
        readonly kind: 'cast';
        readonly expr: Expr;
        readonly type: SingleType;
        readonly namespaces?: Readonly<Record<string, string>>;
      }
    | /** [20] UnaryExpr (a run of signs folded: `--1` is one unary '+') */ {
        readonly kind: 'unary';
        readonly op: '+' | '-';
        readonly operand: Expr;
      }
    | /**
       * [25] PathExpr / [26] RelativePathExpr. `root`: 'none' for a relative path, '/' for a leading slash,
       * '//' for a leading double slash. Steps are joined by `/`; each `//` between steps is already expanded into a
       * `descendant-or-self::node()` axis step. A lone `/` is `{root:'/', steps: []}`.
       */ { readonly kind: 'path'; readonly root: 'none' | '/' | '//'; readonly steps: readonly Expr[] }
    | /** [29] AxisStep with [27] PredicateList; abbreviations (@, .., default child) already expanded. */ {
        readonly kind: 'axisStep';
        readonly axis: Axis;
        readonly test: NodeTest;
        readonly predicates: readonly Expr[];
      }
    | /** [38] FilterExpr: a primary expression with one or more predicates. */ {
        readonly kind: 'filter';
        readonly primary: Expr;
        readonly predicates: readonly Expr[];
      }
    | /** [42] Literal: `value` is the lexical form (string literals unescaped). */ {
        readonly kind: 'literal';
        readonly type: 'xs:integer' | 'xs:decimal' | 'xs:double' | 'xs:string';
        readonly value: string;
      }
    | /** [44] VarRef */ { readonly kind: 'varRef'; readonly name: QName }
    | /** [47] ContextItemExpr */ { readonly kind: 'contextItem' }
    | /**
       * [48] FunctionCall (also constructor functions `xs:decimal(...)`). `namespaces`: kept by the static pass for
       * the xs:QName constructor, whose string argument is resolved against the static namespaces.
       */ {
        readonly kind: 'call';
        readonly name: QName;
        readonly args: readonly Expr[];
        readonly namespaces?: Readonly<Record<string, string>>;
      }
  );

export type ExprKind = Expr['kind'];

// ---------------------------------------------------------------------------------------------------------------
// Static context (XPath 2.0 section 2.1.1), given by the caller

export interface StaticContext {
  /** Statically known namespaces: prefix to URI (those of the XML element the expression stands on). `xml` is always bound. */
  readonly namespaces: Readonly<Record<string, string>>;
  /** Default element/type namespace ('' when none). */
  readonly defaultElementNamespace?: string;
  /** Default function namespace: fn unless given. */
  readonly defaultFunctionNamespace?: string;
  /** In-scope variables: returns true when `$name` is declared. Undefined: no variables. */
  readonly variables?: (name: QName) => boolean;
  /** Function signatures beyond the built-in library (xfi:, xff:, custom functions). */
  readonly functions?: FunctionLibrary;
  /** Default collation URI: Unicode codepoint collation unless given. */
  readonly defaultCollation?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Functions

/**
 * A function implementation. `args` are already evaluated; for parameters declared atomic in F&O the library
 * atomises and checks them (function conversion rules, XPath 2.0 section 3.1.5) before calling when `params` are given.
 * Throws `XPathError` for dynamic errors.
 */
export type FunctionImpl = (ctx: DynamicContext, args: Sequence[]) => Sequence;

export interface FunctionDef {
  readonly ns: string;
  readonly local: string;
  /** Number of arguments accepted: `max` Infinity for fn:concat. */
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Declared parameter types, for the function conversion rules; when absent the arguments are passed as evaluated. */
  readonly params?: readonly SequenceType[];
  readonly returns?: SequenceType;
  /** True when the function reads the context item (fn:string(), fn:position(), ...). */
  readonly usesFocus?: boolean;
  readonly impl: FunctionImpl;
}

/** Looks a function up by expanded name and arity. */
export interface FunctionLibrary {
  lookup(ns: string, local: string, arity: number): FunctionDef | undefined;
  /** True when some arity of this name exists (for err:XPST0017 messages). */
  hasName?(ns: string, local: string): boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Dynamic context (XPath 2.0 section 2.1.2)

export interface Limits {
  /** Maximum nesting of function calls / recursion (err:FOER0000-style limit error `sbr:xpathDepthLimit`). */
  readonly maxDepth: number;
  /** Maximum length of any materialised sequence (`sbr:xpathSequenceLimit`). */
  readonly maxSequenceLength: number;
  /** Maximum evaluation steps per top-level evaluation (`sbr:xpathStepLimit`). */
  readonly maxSteps: number;
}

export interface DynamicContext {
  /** Focus: context item, position and size (1-based); undefined item = no context item (err:XPDY0002 on use). */
  readonly contextItem?: Item;
  readonly position?: number;
  readonly size?: number;
  /** Variable values by Clark name `{ns}local` (or `local` when ns is ''). */
  readonly variables: ReadonlyMap<string, Sequence>;
  /** Functions beyond the built-ins, as in the static context. */
  readonly functions?: FunctionLibrary;
  /** Current dateTime (fixed for one evaluation) and implicit timezone in minutes. */
  readonly currentDateTime?: DateTimeValue;
  readonly implicitTimezone?: number;
  readonly defaultCollation?: string;
  /** fn:doc/fn:collection: returns the document node or undefined (err:FODC0002). Undefined = offline, refuse. */
  readonly loadDocument?: (uri: string) => XNode | undefined;
  readonly baseURI?: string;
  readonly limits?: Partial<Limits>;
  /** Evaluation state shared across nested calls (step counter, depth); created by `evaluate`. */
  state?: { steps: number; depth: number };
}

/** Clark notation for variable maps: `{ns}local`, or `local` when `ns` is ''. */
export function clark(name: QName): string {
  return name.ns ? `{${name.ns}}${name.local}` : name.local;
}
