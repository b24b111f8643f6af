/**
 * Comparisons of atomic values: value comparison (XPath 2.0 3.5.1) over the F&O operators op:numeric-equal /
 * -less-than / -greater-than (6.3), op:boolean-* (9.2), fn:compare for strings (7.3.2), op:duration-equal and the
 * yearMonthDuration/dayTimeDuration orders (10.4.1-10.4.5), op:dateTime/date/time/g*-equal and orders (10.4.6-10.4.17),
 * op:QName-equal (11.2.1), op:hex/base64Binary-equal (12.1), op:NOTATION-equal (13.1); general comparison pairs
 * (XPath 2.0 3.5.2); the equality of fn:distinct-values (F&O 15.1.6).
 */
import type { XDecimal } from '../decimal.js';
import type { AtomicValue, DateTimeValue, Duration, QName } from '../types.js';
import { XPathError } from '../types.js';
import { castAs, doubleFromDecimal } from './cast.js';
import { timelineSeconds } from './datetime.js';
import { isNumericType, primitiveOf } from './types.js';

export type ValueCompOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type GeneralCompOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** The Unicode codepoint collation URI (F&O 7.3.1), the only collation supported. */
export const CODEPOINT_COLLATION = 'http://www.w3.org/2005/xpath-functions/collation/codepoint';

let implicitTimezone = 0;
/** Sets the implicit timezone (minutes east of UTC) used to compare and subtract values without a timezone (F&O 10.4). Default 0 (UTC). */
export function setImplicitTimezone(minutes: number): void {
  implicitTimezone = minutes;
}
export function getImplicitTimezone(): number {
  return implicitTimezone;
}

/** Throws err:FOCH0002 unless `collation` is absent or the codepoint collation. */
export function checkCollation(collation: string | undefined): void {
  if (collation !== undefined && collation !== CODEPOINT_COLLATION) {
    throw new XPathError(
      'err:FOCH0002',
      `unsupported collation '${collation}': only ${CODEPOINT_COLLATION} is available`,
    );
  }
}

/** Codepoint order of two strings: -1, 0, 1 (F&O 7.3.2 with the codepoint collation; UTF-16 order fixed for surrogates). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // surrogates (D800-DFFF) sort after BMP characters E000-FFFF in code point order
      const cx = x >= 0xd800 && x <= 0xdfff ? x + 0x2000 : x >= 0xe000 ? x - 0x800 : x;
      const cy = y >= 0xd800 && y <= 0xdfff ? y + 0x2000 : y >= 0xe000 ? y - 0x800 : y;
      return cx < cy ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function fromOrder(op: ValueCompOp, c: number): boolean {
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
  }
}

function numCompare(op: ValueCompOp, x: number, y: number): boolean {
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
  }
}

function incomparable(a: AtomicValue, b: AtomicValue, op: string): never {
  throw new XPathError('err:XPTY0004', `values of types ${a.type} and ${b.type} cannot be compared with '${op}'`);
}

/** The primitive used for comparison: xs:untypedAtomic as xs:string, xs:anyURI as xs:string (promotion, XPath 2.0 B.1). */
function cmpClass(t: string): string {
  const p = primitiveOf(t);
  if (p === 'xs:untypedAtomic' || p === 'xs:anyURI') return 'xs:string';
  return p;
}

/**
 * Value comparison (XPath 2.0 3.5.1): `a op b` for two atomic values. Throws err:XPTY0004 for incomparable types
 * (and for orders on types with only equality), err:FOCH0002 for an unsupported collation.
 */
export function valueCompare(op: ValueCompOp, a: AtomicValue, b: AtomicValue, collation?: string): boolean {
  const pa = cmpClass(a.type);
  const pb = cmpClass(b.type);
  // numerics, with promotion (B.1): decimal < float < double
  if (isNumericType(a.type) && isNumericType(b.type)) {
    if (pa === 'xs:decimal' && pb === 'xs:decimal') {
      const c = (a.value as XDecimal).cmp(b.value as XDecimal);
      return fromOrder(op, c);
    }
    let x = pa === 'xs:decimal' ? doubleFromDecimal(a.value as XDecimal) : (a.value as number);
    let y = pb === 'xs:decimal' ? doubleFromDecimal(b.value as XDecimal) : (b.value as number);
    if (pa !== 'xs:double' && pb !== 'xs:double') {
      x = Math.fround(x);
      y = Math.fround(y);
    }
    return numCompare(op, x, y);
  }
  if (pa !== pb) {
    // the duration subtypes compare for equality with each other
    if (!(pa === 'xs:duration' && pb === 'xs:duration')) incomparable(a, b, op);
  }
  switch (pa) {
    case 'xs:string':
      checkCollation(collation);
      return fromOrder(op, compareStrings(a.value as string, b.value as string));
    case 'xs:boolean':
      return fromOrder(op, Number(a.value) - Number(b.value));
    case 'xs:duration': {
      const da = a.value as Duration;
      const db = b.value as Duration;
      if (op === 'eq' || op === 'ne')
        return fromOrder(op, da.months === db.months && da.seconds.eq(db.seconds) ? 0 : 1);
      if (a.type === 'xs:yearMonthDuration' && b.type === 'xs:yearMonthDuration')
        return fromOrder(op, da.months - db.months);
      if (a.type === 'xs:dayTimeDuration' && b.type === 'xs:dayTimeDuration')
        return fromOrder(op, da.seconds.cmp(db.seconds));
      return incomparable(a, b, op);
    }
    case 'xs:dateTime':
    case 'xs:date':
    case 'xs:time':
      return fromOrder(op, compareDateTimes(a.value as DateTimeValue, b.value as DateTimeValue));
    case 'xs:gYearMonth':
    case 'xs:gYear':
    case 'xs:gMonthDay':
    case 'xs:gDay':
    case 'xs:gMonth':
      if (op !== 'eq' && op !== 'ne') incomparable(a, b, op);
      return fromOrder(op, compareDateTimes(a.value as DateTimeValue, b.value as DateTimeValue));
    case 'xs:QName':
    case 'xs:NOTATION': {
      if (op !== 'eq' && op !== 'ne') incomparable(a, b, op);
      const qa = a.value as QName;
      const qb = b.value as QName;
      return fromOrder(op, qa.ns === qb.ns && qa.local === qb.local ? 0 : 1);
    }
    case 'xs:hexBinary':
    case 'xs:base64Binary': {
      if (op !== 'eq' && op !== 'ne') incomparable(a, b, op);
      const x = a.value as Uint8Array;
      const y = b.value as Uint8Array;
      return fromOrder(op, x.length === y.length && x.every((e, i) => e === y[i]) ? 0 : 1);
    }
  }
  return incomparable(a, b, op);
}

/** Order of two date/time values of one primitive type on the timeline (F&O 10.4.6-10.4.17, implicit timezone for those without). */
export function compareDateTimes(a: DateTimeValue, b: DateTimeValue): number {
  return timelineSeconds(a, implicitTimezone).cmp(timelineSeconds(b, implicitTimezone));
}

const GENERAL_TO_VALUE: Record<GeneralCompOp, ValueCompOp> = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
};

/**
 * One pair of a general comparison (XPath 2.0 3.5.2): an xs:untypedAtomic operand is cast to xs:double when the other
 * is numeric, to xs:string when the other is xs:untypedAtomic or xs:string, else to the other's dynamic type; then
 * the value comparison.
 */
export function generalCompare(op: GeneralCompOp, a: AtomicValue, b: AtomicValue, collation?: string): boolean {
  const ua = a.type === 'xs:untypedAtomic';
  const ub = b.type === 'xs:untypedAtomic';
  if (ua !== ub) {
    if (ua) a = castUntyped(a, b);
    else b = castUntyped(b, a);
  }
  return valueCompare(GENERAL_TO_VALUE[op], a, b, collation);
}

function castUntyped(u: AtomicValue, other: AtomicValue): AtomicValue {
  if (isNumericType(other.type)) return castAs(u, 'xs:double');
  const p = primitiveOf(other.type);
  if (p === 'xs:string' || p === 'xs:anyURI') return u;
  // cast to the other operand's dynamic type (xs:dayTimeDuration stays ordered, not xs:duration)
  return castAs(u, other.type);
}

/**
 * Equality of fn:distinct-values, fn:index-of, fn:deep-equal (F&O 15.1.6): `eq`, except that incomparable values
 * are unequal rather than an error and NaN equals NaN.
 */
export function atomicEquals(a: AtomicValue, b: AtomicValue, collation?: string): boolean {
  if (isNumericType(a.type) && isNumericType(b.type)) {
    const na = typeof a.value === 'number' && Number.isNaN(a.value);
    const nb = typeof b.value === 'number' && Number.isNaN(b.value);
    if (na || nb) return na && nb;
  }
  try {
    return valueCompare('eq', a, b, collation);
  } catch (e) {
    if (e instanceof XPathError && e.code === 'err:XPTY0004') return false;
    throw e;
  }
}
