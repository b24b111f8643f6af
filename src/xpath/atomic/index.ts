/**
 * The atomic value model of the XPath engine (XPath 2.0 sections 3.4, 3.5; F&O sections 5-17): the built-in type
 * hierarchy, casting, value and general comparison, arithmetic. This index is the contract the evaluator and the
 * function library call; the implementation lives in the modules of this folder.
 *
 * Every function throws `XPathError` with the W3C code on a dynamic or type error (err:XPTY0004, err:FORG0001,
 * err:FOAR0001, err:FOAR0002, err:FOCA0002, err:FODT0001, ...).
 */
import type { AtomicTypeName, AtomicValue, QName } from '../types.js';
import { XPathError } from '../types.js';

const todo = (what: string): never => {
  throw new XPathError('sbr:notImplemented', `${what} is not implemented yet`);
};

/** True for the name of a built-in atomic type (`xs:decimal`, `xs:untypedAtomic`, `xs:anyAtomicType`, ...). */
export function isAtomicType(name: AtomicTypeName): boolean {
  return todo(`isAtomicType(${name})`);
}

/** True when `type` is `ancestor` or derived from it in the built-in type hierarchy (XML Schema Part 2 section 3; XPath 2.0 2.5.1). */
export function derivesFrom(type: AtomicTypeName, ancestor: AtomicTypeName): boolean {
  return todo(`derivesFrom(${type}, ${ancestor})`);
}

/** The primitive type of a built-in type (`xs:integer` -> `xs:decimal`; `xs:dayTimeDuration` -> `xs:duration`). */
export function primitiveOf(type: AtomicTypeName): AtomicTypeName {
  return todo(`primitiveOf(${type})`);
}

/** A value of `type` from its lexical form (whitespace handled per the type's facet): the cast from xs:string (F&O 17.1.1). */
export function fromLexical(type: AtomicTypeName, lexical: string, resolvePrefix?: (prefix: string) => string | undefined): AtomicValue {
  return todo(`fromLexical(${type}, ${lexical})`);
}

/** The canonical string of a value: the cast to xs:string (F&O 17.1.2). */
export function toStringValue(v: AtomicValue): string {
  return todo(`toStringValue(${v.type})`);
}

/** `v cast as target` (F&O section 17, the casting table 17.1). `resolvePrefix` serves casts of strings to xs:QName. */
export function castAs(v: AtomicValue, target: AtomicTypeName, resolvePrefix?: (prefix: string) => string | undefined): AtomicValue {
  return todo(`castAs(${v.type}, ${target})`);
}

/** `v castable as target`: true when castAs would succeed. */
export function isCastable(v: AtomicValue, target: AtomicTypeName, resolvePrefix?: (prefix: string) => string | undefined): boolean {
  return todo(`isCastable(${v.type}, ${target})`);
}

export type ValueCompOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type GeneralCompOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithOp = '+' | '-' | '*' | 'div' | 'idiv' | 'mod';

/**
 * Value comparison of two atomic values (XPath 2.0 section 3.5.1): xs:untypedAtomic is treated as xs:string,
 * numeric promotion applies; the F&O op:*-equal / -less-than / -greater-than operators. `collation` for strings.
 * Throws err:XPTY0004 for incomparable types.
 */
export function valueCompare(op: ValueCompOp, a: AtomicValue, b: AtomicValue, collation?: string): boolean {
  return todo(`valueCompare(${op})`);
}

/**
 * One pair of a general comparison (XPath 2.0 section 3.5.2): xs:untypedAtomic cast to the other operand's type
 * (to xs:double when the other is numeric, to xs:string when both are untyped), then value comparison.
 */
export function generalCompare(op: GeneralCompOp, a: AtomicValue, b: AtomicValue, collation?: string): boolean {
  return todo(`generalCompare(${op})`);
}

/** Arithmetic on two atomic values (XPath 2.0 section 3.4; F&O 6.2, 10.6): numerics with promotion, durations, dates. xs:untypedAtomic is cast to xs:double first. */
export function arithmetic(op: ArithOp, a: AtomicValue, b: AtomicValue): AtomicValue {
  return todo(`arithmetic(${op})`);
}

/** Unary minus / plus (F&O 6.2.7, 6.2.8); xs:untypedAtomic is cast to xs:double first. */
export function unary(op: '+' | '-', a: AtomicValue): AtomicValue {
  return todo(`unary(${op})`);
}

/**
 * Equality used by fn:distinct-values, fn:index-of and fn:deep-equal (F&O 15.1.6): like `eq` but values of
 * incomparable types are simply unequal (never an error) and NaN equals NaN.
 */
export function atomicEquals(a: AtomicValue, b: AtomicValue, collation?: string): boolean {
  return todo('atomicEquals');
}

/** The expanded QName of an atomic type name such as `xs:decimal` (for fn:node-name-like uses). */
export function typeQName(type: AtomicTypeName): QName {
  return { ns: 'http://www.w3.org/2001/XMLSchema', local: type.slice(3), prefix: 'xs' };
}
