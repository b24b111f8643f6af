/**
 * Lexical forms to values (the cast from xs:string, F&O 17.1.1, with each type's whitespace facet and lexical space
 * of XML Schema Part 2) and values to their canonical strings (the cast to xs:string, F&O 17.1.2).
 */
import { XDecimal } from '../decimal.js';
import type { AtomicTypeName, AtomicValue, DateTimeValue, Duration, QName } from '../types.js';
import { XPathError } from '../types.js';
import { formatDateTime, parseDateTime } from './datetime.js';
import { formatDuration, parseDuration } from './duration.js';
import { inIntegerRange, isAtomicType, isNCName, primitiveOf, stringFacetOk, whitespaceFacet } from './types.js';

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER_RE = /^[+-]?\d+$/;
const DOUBLE_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const B64_RE = /^(?:[A-Za-z0-9+/] ?){0,}(?:[A-Za-z0-9+/] ?[AQgw] ?= ?=|(?:[A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=)?$/;

/** XML whitespace collapse (XML Schema Part 2 4.3.6): runs of #x20 #x9 #xA #xD to one space, trimmed. */
export function collapse(s: string): string {
  if (!/[\t\n\r ]/.test(s)) return s;
  return s.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '');
}

function invalid(type: string, s: string): XPathError {
  return new XPathError('err:FORG0001', `'${s.length > 60 ? s.slice(0, 60) + '...' : s}' is not a valid ${type}`);
}

/** An exact xs:decimal from a decimal lexical form (no exponent); -0 becomes 0. */
export function parseDecimal(s: string, type = 'xs:decimal'): XDecimal {
  if (!DECIMAL_RE.test(s)) throw invalid(type, s);
  const d = new XDecimal(s);
  return d.isZero() ? ZERO : d;
}

const ZERO = new XDecimal(0);

/** An xs:double (or xs:float, rounded) from its lexical form: also INF, -INF, NaN (XML Schema Part 2 3.2.5). */
export function parseDouble(s: string, type = 'xs:double'): number {
  let n: number;
  if (s === 'INF') n = Infinity;
  else if (s === '-INF') n = -Infinity;
  else if (s === 'NaN') n = NaN;
  else if (DOUBLE_RE.test(s)) n = Number(s);
  else throw invalid(type, s);
  return type === 'xs:float' ? Math.fround(n) : n;
}

/**
 * A value of built-in type `type` from `lexical` (F&O 17.1.1 casting from xs:string/xs:untypedAtomic).
 * `resolvePrefix` maps a QName prefix ('' for none) to its namespace URI.
 * Throws err:FORG0001 (invalid lexical form or facet), err:FONS0004 (unbound prefix), err:XPST0051 (unknown type),
 * err:XPST0080 (abstract target).
 */
export function fromLexical(
  type: AtomicTypeName,
  lexical: string,
  resolvePrefix?: (prefix: string) => string | undefined,
): AtomicValue {
  const prim = primitiveOf(type);
  if (!isAtomicType(type)) throw new XPathError('err:XPST0051', `${type} is not a built-in atomic type`);
  const ws = whitespaceFacet(type);
  const s = ws === 'preserve' ? lexical : ws === 'replace' ? lexical.replace(/[\t\n\r]/g, ' ') : collapse(lexical);
  switch (prim) {
    case 'xs:string':
      if (!stringFacetOk(type, s)) throw invalid(type, s);
      return { type, value: s };
    case 'xs:untypedAtomic':
      return { type, value: s };
    case 'xs:anyURI':
      // XML Schema Part 2 3.2.17 (RFC 2396/3986 references): a '%' must start an escape, a scheme cannot be empty
      if (/%(?![0-9A-Fa-f]{2})/.test(s) || /^:/.test(s)) throw invalid(type, s);
      return { type, value: s };
    case 'xs:boolean':
      if (s === 'true' || s === '1') return { type, value: true };
      if (s === 'false' || s === '0') return { type, value: false };
      throw invalid(type, s);
    case 'xs:decimal': {
      if (type === 'xs:decimal') return { type, value: parseDecimal(s) };
      if (!INTEGER_RE.test(s)) throw invalid(type, s);
      const d = new XDecimal(s);
      const v = d.isZero() ? ZERO : d;
      if (!inIntegerRange(type, v)) throw invalid(type, s);
      return { type, value: v };
    }
    case 'xs:double':
    case 'xs:float':
      return { type, value: parseDouble(s, type) };
    case 'xs:duration':
      return { type, value: parseDuration(type, s) };
    case 'xs:dateTime':
    case 'xs:date':
    case 'xs:time':
    case 'xs:gYearMonth':
    case 'xs:gYear':
    case 'xs:gMonthDay':
    case 'xs:gDay':
    case 'xs:gMonth':
      return { type, value: parseDateTime(type, s) };
    case 'xs:hexBinary': {
      if (!HEX_RE.test(s)) throw invalid(type, s);
      const out = new Uint8Array(s.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(i * 2, 2), 16);
      return { type, value: out };
    }
    case 'xs:base64Binary': {
      if (!B64_RE.test(s)) throw invalid(type, s);
      const clean = s.replace(/ /g, '');
      if (clean.length % 4 !== 0) throw invalid(type, s);
      return { type, value: base64Decode(clean) };
    }
    case 'xs:QName':
    case 'xs:NOTATION': {
      if (type === 'xs:NOTATION') throw new XPathError('err:XPST0080', 'cannot cast to the abstract type xs:NOTATION');
      const i = s.indexOf(':');
      const prefix = i < 0 ? '' : s.slice(0, i);
      const local = i < 0 ? s : s.slice(i + 1);
      if ((i >= 0 && !isNCName(prefix)) || !isNCName(local)) throw invalid(type, s);
      const ns = resolvePrefix?.(prefix);
      if (ns === undefined && prefix !== '')
        throw new XPathError('err:FONS0004', `no namespace is bound to the prefix '${prefix}'`);
      const q: QName = prefix ? { ns: ns!, local, prefix } : { ns: ns ?? '', local };
      return { type, value: q };
    }
    case 'xs:anyAtomicType':
      throw new XPathError('err:XPST0080', 'cannot cast to the abstract type xs:anyAtomicType');
  }
  throw new XPathError('err:XPST0051', `${type} is not a built-in atomic type`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map(Array.from(B64, (c, i) => [c, i] as const));

function base64Decode(s: string): Uint8Array {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n =
      (B64_INDEX.get(s[i]!)! << 18) |
      (B64_INDEX.get(s[i + 1]!)! << 12) |
      ((B64_INDEX.get(s[i + 2]!) ?? 0) << 6) |
      (B64_INDEX.get(s[i + 3]!) ?? 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export function base64Encode(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < b.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < b.length ? B64[n & 63]! : '=';
  }
  return out;
}

export function hexEncode(b: Uint8Array): string {
  let out = '';
  for (const x of b) out += (x < 16 ? '0' : '') + x.toString(16).toUpperCase();
  return out;
}

/** The shortest decimal digits that round-trip through Math.fround (for xs:float canonical forms). */
export function floatDigits(x: number): string {
  for (let p = 1; p <= 9; p++) {
    const s = x.toPrecision(p);
    if (Math.fround(Number(s)) === x) return String(Number(s));
  }
  return String(x);
}

/**
 * The canonical xs:double/xs:float string (F&O 17.1.2): NaN, INF, -INF, 0, -0; decimal notation without
 * exponent for 1e-6 <= |x| < 1e6 (`1000`, `0.5`); otherwise a mantissa with one digit before the point and at least
 * one after, and an exponent: `1.0E6`, `1.5E-7`.
 */
export function formatDouble(x: number, float = false): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'INF';
  if (x === -Infinity) return '-INF';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const a = Math.abs(x);
  const digits = float ? floatDigits(x) : String(x);
  if (a >= 1e-6 && a < 1e6) {
    if (!digits.includes('e')) return digits;
    return new XDecimal(digits).toString();
  }
  // exponential form from the shortest round-trip digits
  const e = Number(digits).toExponential(); // e.g. "1.5e-7", "1e+21"
  const [mant, exp] = e.split('e') as [string, string];
  const m = mant.includes('.') ? mant : mant + '.0';
  let shortest = m;
  if (float) {
    // toExponential() may show more digits than the float needs; recompute from floatDigits
    const fd = Number(digits).toExponential().split('e')[0]!;
    shortest = fd.includes('.') ? fd : fd + '.0';
  }
  return `${shortest}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

/** The canonical string of a value: the cast to xs:string (F&O 17.1.2). */
export function toStringValue(v: AtomicValue): string {
  const prim = primitiveOf(v.type);
  switch (prim) {
    case 'xs:string':
    case 'xs:untypedAtomic':
    case 'xs:anyURI':
      return v.value as string;
    case 'xs:boolean':
      return v.value ? 'true' : 'false';
    case 'xs:decimal':
      return (v.value as XDecimal).toString();
    case 'xs:double':
      return formatDouble(v.value as number);
    case 'xs:float':
      return formatDouble(v.value as number, true);
    case 'xs:duration':
      return formatDuration(v.type, v.value as Duration);
    case 'xs:hexBinary':
      return hexEncode(v.value as Uint8Array);
    case 'xs:base64Binary':
      return base64Encode(v.value as Uint8Array);
    case 'xs:QName':
    case 'xs:NOTATION': {
      const q = v.value as QName;
      return q.prefix ? `${q.prefix}:${q.local}` : q.local;
    }
    default:
      return formatDateTime(prim, v.value as DateTimeValue);
  }
}
