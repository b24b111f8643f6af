/**
 * Arithmetic on atomic values (XPath 2.0 3.4 and its operator table, appendix B.2): op:numeric-add, -subtract,
 * -multiply, -divide, -integer-divide, -mod (F&O 6.2.1-6.2.6) with the result types of 6.2 (integer op integer is
 * integer except div, which is decimal), op:numeric-unary-plus/-minus (6.2.7, 6.2.8), duration arithmetic (10.6),
 * date/time subtraction and adding/subtracting durations (10.8).
 */
import { DIVISION_DIGITS, XDecimal } from '../decimal.js';
import type { AtomicValue, DateTimeValue, Duration } from '../types.js';
import { XPathError } from '../types.js';
import { castAs, decimalFromDouble, doubleFromDecimal } from './cast.js';
import { getImplicitTimezone } from './compare.js';
import { addDuration, timelineSeconds } from './datetime.js';
import { isIntegerType, isNumericType, primitiveOf } from './types.js';

export type ArithOp = '+' | '-' | '*' | 'div' | 'idiv' | 'mod';

/** xs:decimal division precision (F&O 6.2.4, implementation-defined): DIVISION_DIGITS significant digits, half-even. */
const DivDecimal = XDecimal.clone({ precision: DIVISION_DIGITS });
const ZERO = new XDecimal(0);

function typeError(op: string, a: AtomicValue, b: AtomicValue): never {
  throw new XPathError('err:XPTY0004', `'${op}' is not defined for operands of types ${a.type} and ${b.type}`);
}

/** The numeric rank used for promotion (XPath 2.0 B.1): 0 integer, 1 decimal, 2 float, 3 double. */
function rank(type: string): number {
  const p = primitiveOf(type);
  if (p === 'xs:double') return 3;
  if (p === 'xs:float') return 2;
  return isIntegerType(type) ? 0 : 1;
}

function asNumber(v: AtomicValue): number {
  return typeof v.value === 'number' ? v.value : doubleFromDecimal(v.value as XDecimal);
}

/** Exact decimal division rounded to DIVISION_DIGITS significant digits. */
export function decimalDivide(a: XDecimal, b: XDecimal): XDecimal {
  if (b.isZero()) throw new XPathError('err:FOAR0001', 'division by zero');
  const q = new DivDecimal(a).div(b);
  // an exact quotient with more digits than DIVISION_DIGITS is still rounded; integral results stay exact when small
  return new XDecimal(q);
}

function numeric(op: ArithOp, a: AtomicValue, b: AtomicValue): AtomicValue {
  const r = Math.max(rank(a.type), rank(b.type));
  if (r <= 1) {
    const x = a.value as XDecimal;
    const y = b.value as XDecimal;
    const intType = r === 0 ? 'xs:integer' : 'xs:decimal';
    let v: XDecimal;
    switch (op) {
      case '+':
        v = x.plus(y);
        break;
      case '-':
        v = x.minus(y);
        break;
      case '*':
        v = x.times(y);
        break;
      case 'div':
        return { type: 'xs:decimal', value: norm(decimalDivide(x, y)) };
      case 'idiv':
        if (y.isZero()) throw new XPathError('err:FOAR0001', 'integer division by zero');
        return { type: 'xs:integer', value: norm(x.divToInt(y)) };
      case 'mod':
        if (y.isZero()) throw new XPathError('err:FOAR0001', 'modulus by zero');
        v = x.mod(y);
        break;
    }
    if (!v.isFinite()) throw new XPathError('err:FOAR0002', 'numeric overflow');
    return { type: intType, value: norm(v) };
  }
  const type = r === 3 ? 'xs:double' : 'xs:float';
  let x = asNumber(a);
  let y = asNumber(b);
  if (r === 2) {
    x = Math.fround(x);
    y = Math.fround(y);
  }
  let v: number;
  switch (op) {
    case '+':
      v = x + y;
      break;
    case '-':
      v = x - y;
      break;
    case '*':
      v = x * y;
      break;
    case 'div':
      v = x / y;
      break;
    case 'mod':
      v = x % y;
      break;
    case 'idiv': {
      // F&O 6.2.5: err:FOAR0001 for a zero divisor, err:FOAR0002 for NaN operands or an infinite dividend
      if (y === 0) throw new XPathError('err:FOAR0001', 'integer division by zero');
      if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x))
        throw new XPathError('err:FOAR0002', 'integer division of NaN or infinity');
      const q = x / y;
      if (!Number.isFinite(q))
        return { type: 'xs:integer', value: norm(decimalFromDouble(x, false).divToInt(decimalFromDouble(y, false))) };
      return { type: 'xs:integer', value: norm(decimalFromDouble(Math.trunc(q), false)) };
    }
  }
  return { type, value: r === 2 ? Math.fround(v) : v };
}

function norm(d: XDecimal): XDecimal {
  return d.isZero() ? ZERO : d;
}

function durationValue(v: AtomicValue): Duration {
  return v.value as Duration;
}

/** fn:round semantics for duration multiplication (F&O 10.6.3: nearest, halves towards positive infinity). */
function roundHalfUp(d: XDecimal): XDecimal {
  return d.plus(0.5).floor();
}

function durationTimes(a: AtomicValue, n: AtomicValue, divide: boolean): AtomicValue {
  const t = a.type;
  let factor: XDecimal;
  if (typeof n.value === 'number') {
    const x = n.value;
    if (Number.isNaN(x)) throw new XPathError('err:FOCA0005', 'a duration cannot be multiplied or divided by NaN');
    if (divide && x === 0) throw new XPathError('err:FODT0002', 'duration division by zero');
    if (!Number.isFinite(x)) {
      if (divide) factor = ZERO;
      else throw new XPathError('err:FODT0002', 'duration overflow: multiplication by infinity');
    } else factor = decimalFromDouble(x, n.type === 'xs:float');
    if (divide && !Number.isFinite(x)) return { type: t, value: { months: 0, seconds: ZERO } };
  } else {
    factor = n.value as XDecimal;
    if (divide && factor.isZero()) throw new XPathError('err:FODT0002', 'duration division by zero');
  }
  const d = durationValue(a);
  if (t === 'xs:yearMonthDuration') {
    const m = new XDecimal(d.months);
    const r = roundHalfUp(divide ? decimalDivide(m, factor) : m.times(factor));
    const months = r.toNumber();
    if (!Number.isSafeInteger(months)) throw new XPathError('err:FODT0002', 'yearMonthDuration overflow');
    return { type: t, value: { months: months === 0 ? 0 : months, seconds: ZERO } };
  }
  const s = divide ? decimalDivide(d.seconds, factor) : d.seconds.times(factor);
  // dayTimeDuration seconds keep up to millisecond-free exactness; round to 6 fractional digits like common practice? No: exact.
  return { type: t, value: { months: 0, seconds: norm(s) } };
}

function durationArith(op: ArithOp, a: AtomicValue, b: AtomicValue): AtomicValue {
  const ta = a.type;
  const tb = b.type;
  const isYm = (t: string) => t === 'xs:yearMonthDuration';
  const isDt = (t: string) => t === 'xs:dayTimeDuration';
  if ((isYm(ta) && isYm(tb)) || (isDt(ta) && isDt(tb))) {
    const x = durationValue(a);
    const y = durationValue(b);
    switch (op) {
      case '+':
      case '-': {
        const sign = op === '+' ? 1 : -1;
        const months = x.months + sign * y.months;
        if (!Number.isSafeInteger(months)) throw new XPathError('err:FODT0002', 'duration overflow');
        return {
          type: ta,
          value: {
            months: months === 0 ? 0 : months,
            seconds: norm(op === '+' ? x.seconds.plus(y.seconds) : x.seconds.minus(y.seconds)),
          },
        };
      }
      case 'div':
        // F&O 10.6.5 / 10.6.8: the ratio as xs:decimal
        if (isYm(ta))
          return { type: 'xs:decimal', value: norm(decimalDivide(new XDecimal(x.months), new XDecimal(y.months))) };
        return { type: 'xs:decimal', value: norm(decimalDivide(x.seconds, y.seconds)) };
    }
    return typeError(op, a, b);
  }
  if ((isYm(ta) || isDt(ta)) && isNumericType(tb) && (op === '*' || op === 'div'))
    return durationTimes(a, b, op === 'div');
  if ((isYm(tb) || isDt(tb)) && isNumericType(ta) && op === '*') return durationTimes(b, a, false);
  return typeError(op, a, b);
}

function negate(d: Duration): Duration {
  return { months: d.months === 0 ? 0 : -d.months, seconds: norm(d.seconds.neg()) };
}

function dateArith(op: ArithOp, a: AtomicValue, b: AtomicValue): AtomicValue {
  const pa = primitiveOf(a.type);
  const pb = primitiveOf(b.type);
  const dateLike = (p: string) => p === 'xs:dateTime' || p === 'xs:date' || p === 'xs:time';
  // date/time minus date/time of the same type: xs:dayTimeDuration (F&O 10.8.1, 10.8.2, 10.8.3)
  if (op === '-' && pa === pb && dateLike(pa)) {
    const tz = getImplicitTimezone();
    const secs = timelineSeconds(a.value as DateTimeValue, tz).minus(timelineSeconds(b.value as DateTimeValue, tz));
    return { type: 'xs:dayTimeDuration', value: { months: 0, seconds: norm(secs) } };
  }
  // date/time plus or minus a duration (F&O 10.8.4-10.8.12); time only with xs:dayTimeDuration
  let dt: AtomicValue | undefined, dur: AtomicValue | undefined;
  if (
    dateLike(pa) &&
    (b.type === 'xs:yearMonthDuration' || b.type === 'xs:dayTimeDuration') &&
    (op === '+' || op === '-')
  ) {
    dt = a;
    dur = b;
  } else if (dateLike(pb) && (a.type === 'xs:yearMonthDuration' || a.type === 'xs:dayTimeDuration') && op === '+') {
    dt = b;
    dur = a;
  }
  if (dt === undefined || dur === undefined) return typeError(op, a, b);
  const p = primitiveOf(dt.type);
  if (p === 'xs:time' && dur.type === 'xs:yearMonthDuration') return typeError(op, a, b);
  let d = durationValue(dur);
  if (op === '-') d = negate(d);
  return { type: p, value: addDuration(p, dt.value as DateTimeValue, d) };
}

/**
 * Arithmetic on two atomic values (XPath 2.0 3.4; F&O 6.2, 10.6, 10.8). xs:untypedAtomic operands are cast to
 * xs:double first. Errors: err:XPTY0004 (operator not defined for the types), err:FOAR0001 (decimal/integer
 * division by zero), err:FOAR0002 (overflow, idiv of NaN/INF), err:FODT0002 (duration overflow), err:FOCA0005 (NaN
 * duration factor).
 */
export function arithmetic(op: ArithOp, a: AtomicValue, b: AtomicValue): AtomicValue {
  if (a.type === 'xs:untypedAtomic') a = castAs(a, 'xs:double');
  if (b.type === 'xs:untypedAtomic') b = castAs(b, 'xs:double');
  if (isNumericType(a.type) && isNumericType(b.type)) return numeric(op, a, b);
  const pa = primitiveOf(a.type);
  const pb = primitiveOf(b.type);
  if (pa === 'xs:duration' || pb === 'xs:duration') {
    if (pa === 'xs:duration' && (pb === 'xs:duration' || isNumericType(b.type))) return durationArith(op, a, b);
    if (pb === 'xs:duration' && isNumericType(a.type)) return durationArith(op, a, b);
  }
  return dateArith(op, a, b);
}

/** Unary minus / plus (F&O 6.2.7, 6.2.8): the result keeps the operand's primitive numeric type (integer types become xs:integer). */
export function unary(op: '+' | '-', a: AtomicValue): AtomicValue {
  if (a.type === 'xs:untypedAtomic') a = castAs(a, 'xs:double');
  if (!isNumericType(a.type)) throw new XPathError('err:XPTY0004', `unary '${op}' is not defined for ${a.type}`);
  const p = primitiveOf(a.type);
  const type = p === 'xs:decimal' ? (isIntegerType(a.type) ? 'xs:integer' : 'xs:decimal') : p;
  if (op === '+') return type === a.type ? a : { type, value: a.value };
  if (typeof a.value === 'number') return { type, value: -a.value };
  return { type, value: norm((a.value as XDecimal).neg()) };
}
