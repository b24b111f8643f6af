/**
 * The atomic value model of the XPath engine (XPath 2.0 sections 3.4, 3.5; F&O sections 5-17): the built-in type
 * hierarchy, casting, value and general comparison, arithmetic. This index is the contract the evaluator and the
 * function library call; the implementation lives in the modules of this folder:
 * - types.ts: the built-in type hierarchy and the facets of the built-in derived types
 * - lexical.ts: lexical forms to values (F&O 17.1.1) and canonical strings (17.1.2)
 * - cast.ts: the casting table (F&O 17.1-17.4)
 * - compare.ts: value and general comparison, fn:distinct-values equality
 * - arith.ts: numeric, duration and date/time arithmetic (F&O 6.2, 10.6, 10.8)
 * - datetime.ts, duration.ts: date/time and duration values
 * - args.ts: argument atomisation/conversion helpers and SequenceType builders for the F&O function modules
 *
 * The implicit timezone (F&O 10.4, for comparing and subtracting values without a timezone) is a module setting,
 * `setImplicitTimezone(minutes)`, UTC unless set: these functions take no dynamic context.
 *
 * Every function throws `XPathError` with the W3C code on a dynamic or type error (err:XPTY0004, err:FORG0001,
 * err:FOAR0001, err:FOAR0002, err:FOCA0002, err:FODT0001, ...).
 */
import type { AtomicTypeName, QName } from '../types.js';

export {
  isAtomicType,
  derivesFrom,
  primitiveOf,
  isIntegerType,
  isNumericType,
  isStringType,
  isAbstractType,
  isNCName,
} from './types.js';
export { fromLexical, toStringValue, formatDouble, collapse } from './lexical.js';
export { castAs, isCastable, decimalFromDouble, doubleFromDecimal } from './cast.js';
export {
  valueCompare,
  generalCompare,
  atomicEquals,
  compareStrings,
  checkCollation,
  CODEPOINT_COLLATION,
  setImplicitTimezone,
  getImplicitTimezone,
} from './compare.js';
export type { ValueCompOp, GeneralCompOp } from './compare.js';
export { arithmetic, unary, decimalDivide } from './arith.js';
export type { ArithOp } from './arith.js';

/** The expanded QName of an atomic type name such as `xs:decimal` (for fn:node-name-like uses). */
export function typeQName(type: AtomicTypeName): QName {
  return { ns: 'http://www.w3.org/2001/XMLSchema', local: type.slice(3), prefix: 'xs' };
}
