/**
 * Casting (F&O section 17): the casting table of 17.1 between the primitive types, casting to derived types
 * (17.2, facets checked, err:FORG0001), casting within a branch of the hierarchy (17.3, 17.4).
 */
import { XDecimal } from '../decimal.js';
import type { AtomicTypeName, AtomicValue, DateTimeValue, Duration } from '../types.js';
import { XPathError } from '../types.js';
import { makeDateTime } from './datetime.js';
import { floatDigits, fromLexical, toStringValue } from './lexical.js';
import { inIntegerRange, isAbstractType, isAtomicType, isIntegerType, isStringType, primitiveOf } from './types.js';

const ZERO = new XDecimal(0);
const ONE = new XDecimal(1);

function noCast(v: AtomicValue, target: string): never {
  throw new XPathError('err:XPTY0004', `a value of type ${v.type} cannot be cast to ${target}`);
}

/** An exact xs:decimal from a double or float (F&O 17.1.3.3: NaN and infinities raise err:FOCA0002). */
export function decimalFromDouble(x: number, float: boolean): XDecimal {
  if (!Number.isFinite(x))
    throw new XPathError(
      'err:FOCA0002',
      `${Number.isNaN(x) ? 'NaN' : 'an infinite value'} cannot be cast to a decimal`,
    );
  if (x === 0) return ZERO;
  return new XDecimal(float ? floatDigits(x) : String(x));
}

const TWO = new XDecimal(2);
const bits = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double as a decimal (every binary fraction has a finite decimal expansion). */
export function exactDecimalOfDouble(x: number): XDecimal {
  if (x === 0 || !Number.isFinite(x)) return ZERO;
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return new XDecimal(x);
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  const m = exp === 0 ? mant : mant | (1n << 52n);
  const e = (exp === 0 ? 1 : exp) - 1075;
  const d = new XDecimal(m.toString()).times(TWO.pow(e));
  return x < 0 ? d.neg() : d;
}

/** The double nearest to an exact decimal (F&O 17.1.3.4). */
export function doubleFromDecimal(d: XDecimal): number {
  const n = Number(d.toString());
  return n === 0 ? 0 : n;
}

function toNumber(v: AtomicValue, target: string): number {
  const p = primitiveOf(v.type);
  switch (p) {
    case 'xs:double':
    case 'xs:float':
      return v.value as number;
    case 'xs:decimal':
      return doubleFromDecimal(v.value as XDecimal);
    case 'xs:boolean':
      return v.value ? 1 : 0;
  }
  return noCast(v, target);
}

function toDecimal(v: AtomicValue, target: string): XDecimal {
  const p = primitiveOf(v.type);
  switch (p) {
    case 'xs:decimal':
      return v.value as XDecimal;
    case 'xs:double':
      return decimalFromDouble(v.value as number, false);
    case 'xs:float':
      return decimalFromDouble(v.value as number, true);
    case 'xs:boolean':
      return v.value ? ONE : ZERO;
  }
  return noCast(v, target);
}

function checkTarget(target: AtomicTypeName): void {
  if (!isAtomicType(target)) throw new XPathError('err:XPST0051', `${target} is not a built-in atomic type`);
  if (isAbstractType(target)) throw new XPathError('err:XPST0080', `cannot cast to the abstract type ${target}`);
}

/**
 * `v cast as target` (F&O 17.1). `resolvePrefix` serves casts of strings to xs:QName.
 * Errors: err:XPTY0004 (cast not allowed by the table), err:FORG0001 (invalid lexical form or facet), err:FOCA0002
 * (NaN/INF to decimal or integer), err:FONS0004, err:XPST0080 (abstract target), err:XPST0051 (unknown type).
 */
export function castAs(
  v: AtomicValue,
  target: AtomicTypeName,
  resolvePrefix?: (prefix: string) => string | undefined,
): AtomicValue {
  if (v.type === target) return v;
  checkTarget(target);
  const from = primitiveOf(v.type);
  const to = primitiveOf(target);

  // From xs:string / xs:untypedAtomic: the lexical form (17.1.1). XPath 2.0 3.12.3: casting an xs:untypedAtomic
  // to xs:QName is a type error.
  if (from === 'xs:string' || from === 'xs:untypedAtomic') {
    if ((to === 'xs:QName' || to === 'xs:NOTATION') && from === 'xs:untypedAtomic') noCast(v, target);
    return fromLexical(target, v.value as string, resolvePrefix);
  }
  // To xs:string / xs:untypedAtomic: the canonical form (17.1.2), then the facets of a derived string type.
  if (to === 'xs:string' || to === 'xs:untypedAtomic') {
    const s = toStringValue(v);
    return target === 'xs:string' || target === 'xs:untypedAtomic'
      ? { type: target, value: s }
      : fromLexical(target, s);
  }
  switch (to) {
    case 'xs:double':
      return { type: target, value: toNumber(v, target) };
    case 'xs:float':
      return { type: target, value: Math.fround(toNumber(v, target)) };
    case 'xs:decimal': {
      if (target === 'xs:decimal') return { type: target, value: toDecimal(v, target) };
      // integer types: truncation towards zero (17.1.3.5), then the range facets (17.2)
      const d = toDecimal(v, target);
      let i = d.isInteger() ? d : d.trunc();
      if (i.isZero()) i = ZERO;
      if (!inIntegerRange(target, i))
        throw new XPathError('err:FORG0001', `${i.toString()} is out of the range of ${target}`);
      return { type: target, value: i };
    }
    case 'xs:boolean': {
      if (from === 'xs:decimal') return { type: target, value: !(v.value as XDecimal).isZero() };
      if (from === 'xs:double' || from === 'xs:float') {
        const x = v.value as number;
        return { type: target, value: !(x === 0 || Number.isNaN(x)) };
      }
      return noCast(v, target);
    }
    case 'xs:duration': {
      if (from !== 'xs:duration') return noCast(v, target);
      const d = v.value as Duration;
      if (target === 'xs:yearMonthDuration') return { type: target, value: { months: d.months, seconds: ZERO } };
      if (target === 'xs:dayTimeDuration') return { type: target, value: { months: 0, seconds: d.seconds } };
      return { type: target, value: d };
    }
    case 'xs:dateTime': {
      if (from === 'xs:date') {
        const d = v.value as DateTimeValue;
        return { type: target, value: makeDateTime(d.year, d.month, d.day, 0, 0, ZERO, d.tz) };
      }
      return from === 'xs:dateTime' ? { type: target, value: v.value } : noCast(v, target);
    }
    case 'xs:date':
    case 'xs:time':
    case 'xs:gYearMonth':
    case 'xs:gYear':
    case 'xs:gMonthDay':
    case 'xs:gDay':
    case 'xs:gMonth': {
      if (from === to) return { type: target, value: v.value };
      const okFrom = from === 'xs:dateTime' || (from === 'xs:date' && to !== 'xs:time');
      if (!okFrom) return noCast(v, target);
      const d = v.value as DateTimeValue;
      const r =
        to === 'xs:date'
          ? makeDateTime(d.year, d.month, d.day, undefined, undefined, undefined, d.tz)
          : to === 'xs:time'
            ? makeDateTime(undefined, undefined, undefined, d.hour, d.minute, d.second, d.tz)
            : to === 'xs:gYearMonth'
              ? makeDateTime(d.year, d.month, undefined, undefined, undefined, undefined, d.tz)
              : to === 'xs:gYear'
                ? makeDateTime(d.year, undefined, undefined, undefined, undefined, undefined, d.tz)
                : to === 'xs:gMonthDay'
                  ? makeDateTime(undefined, d.month, d.day, undefined, undefined, undefined, d.tz)
                  : to === 'xs:gDay'
                    ? makeDateTime(undefined, undefined, d.day, undefined, undefined, undefined, d.tz)
                    : makeDateTime(undefined, d.month, undefined, undefined, undefined, undefined, d.tz);
      return { type: target, value: r };
    }
    case 'xs:hexBinary':
    case 'xs:base64Binary':
      if (from === 'xs:hexBinary' || from === 'xs:base64Binary') return { type: target, value: v.value };
      return noCast(v, target);
    case 'xs:anyURI':
      return from === 'xs:anyURI' ? { type: target, value: v.value } : noCast(v, target);
    case 'xs:QName':
      return from === 'xs:QName' ? { type: target, value: v.value } : noCast(v, target);
  }
  return noCast(v, target);
}

/** `v castable as target` (XPath 2.0 3.10.3): true when castAs succeeds. Static errors (unknown or abstract target) still throw. */
export function isCastable(
  v: AtomicValue,
  target: AtomicTypeName,
  resolvePrefix?: (prefix: string) => string | undefined,
): boolean {
  checkTarget(target);
  try {
    castAs(v, target, resolvePrefix);
    return true;
  } catch (e) {
    if (e instanceof XPathError) return false;
    throw e;
  }
}

/** True when a value of `type` is a string-like value that the function conversion rules may promote (xs:anyURI to xs:string). */
export function isStringLike(type: AtomicTypeName): boolean {
  return isStringType(type) || type === 'xs:anyURI' || type === 'xs:untypedAtomic';
}

export { isIntegerType };
