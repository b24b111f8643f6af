/**
 * Lexical and value-space validation of XML Schema 1.0 simple types (XML Schema Part 2: Datatypes), for fact
 * values and typed dimension members.
 *
 * A `SimpleType` (./xsd-types.ts) is compiled once into a checker (cached per type object in a
 * WeakMap); checking a value then only normalizes whitespace (no allocation when nothing changes), runs the
 * built-in lexical check and the facets of each derivation step. Decimal values are never converted to JS
 * numbers: digit facets work on the lexical string, range facets use decimal.js (or BigInt for the built-in
 * integer ranges). float/double use JS numbers, which is their value space.
 *
 * Date/time ordering (min/max facets) is timezone-agnostic: a value with a timezone is normalized to UTC, one
 * without is taken as if it were UTC (XML Schema's partial order is not reproduced). Enumeration equality on
 * dates does distinguish "has timezone" from "has none".
 */
import { Decimal } from 'decimal.js';
import { reasonEn, type ValueReason } from '../messages/en-xbrl.js';
import type { Facets, SimpleType } from './xsd-types.js';
import { NAME_CHAR_CLASS, NAME_START_CLASS, xsdRegex } from './xsd-regex.js';

type WhiteSpace = 'preserve' | 'replace' | 'collapse';
type Reason = ValueReason | undefined;
type PrefixResolver = ((prefix: string) => string | undefined) | undefined;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

// ---------------------------------------------------------------------------------------------------------
// Built-in type table

/** Value families sharing lexical parsing and value comparison. */
type Family =
  | 'any'
  | 'string'
  | 'boolean'
  | 'decimal'
  | 'float'
  | 'double'
  | 'duration'
  | 'dateTime'
  | 'time'
  | 'date'
  | 'gYearMonth'
  | 'gYear'
  | 'gMonthDay'
  | 'gDay'
  | 'gMonth'
  | 'hexBinary'
  | 'base64Binary'
  | 'anyURI'
  | 'QName'
  | 'NOTATION'
  | 'list';

interface BuiltinDef {
  base: string | undefined;
  family: Family;
  ws: WhiteSpace;
  /** Extra lexical restriction beyond the family (string-derived types, integers). */
  lex?: RegExp;
  /** Inclusive integer range of the built-in (integer-derived types). */
  min?: bigint;
  max?: bigint;
  /** Item type of the built-in list types. */
  item?: string;
}

const NCNAME_START = NAME_START_CLASS.slice(1); // without ':'
const NCNAME_CHAR = NAME_CHAR_CLASS.slice(1);
const NCNAME_RE = new RegExp(`^[${NCNAME_START}][${NCNAME_CHAR}]*$`, 'u');
const NAME_RE = new RegExp(`^[${NAME_START_CLASS}][${NAME_CHAR_CLASS}]*$`, 'u');
const NMTOKEN_RE = new RegExp(`^[${NAME_CHAR_CLASS}]+$`, 'u');
const QNAME_RE = new RegExp(`^(?:([${NCNAME_START}][${NCNAME_CHAR}]*):)?[${NCNAME_START}][${NCNAME_CHAR}]*$`, 'u');
const LANGUAGE_RE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
const INTEGER_RE = /^[+-]?[0-9]+$/;

const B: Record<string, BuiltinDef> = {
  anyType: { base: undefined, family: 'any', ws: 'preserve' },
  anySimpleType: { base: 'anyType', family: 'any', ws: 'preserve' },
  string: { base: 'anySimpleType', family: 'string', ws: 'preserve' },
  normalizedString: { base: 'string', family: 'string', ws: 'replace' },
  token: { base: 'normalizedString', family: 'string', ws: 'collapse' },
  language: { base: 'token', family: 'string', ws: 'collapse', lex: LANGUAGE_RE },
  Name: { base: 'token', family: 'string', ws: 'collapse', lex: NAME_RE },
  NCName: { base: 'Name', family: 'string', ws: 'collapse', lex: NCNAME_RE },
  ID: { base: 'NCName', family: 'string', ws: 'collapse', lex: NCNAME_RE },
  IDREF: { base: 'NCName', family: 'string', ws: 'collapse', lex: NCNAME_RE },
  ENTITY: { base: 'NCName', family: 'string', ws: 'collapse', lex: NCNAME_RE },
  NMTOKEN: { base: 'token', family: 'string', ws: 'collapse', lex: NMTOKEN_RE },
  NMTOKENS: { base: 'anySimpleType', family: 'list', ws: 'collapse', item: 'NMTOKEN' },
  IDREFS: { base: 'anySimpleType', family: 'list', ws: 'collapse', item: 'IDREF' },
  ENTITIES: { base: 'anySimpleType', family: 'list', ws: 'collapse', item: 'ENTITY' },
  QName: { base: 'anySimpleType', family: 'QName', ws: 'collapse' },
  NOTATION: { base: 'anySimpleType', family: 'NOTATION', ws: 'collapse' },
  anyURI: { base: 'anySimpleType', family: 'anyURI', ws: 'collapse' },
  boolean: { base: 'anySimpleType', family: 'boolean', ws: 'collapse' },
  decimal: { base: 'anySimpleType', family: 'decimal', ws: 'collapse' },
  integer: { base: 'decimal', family: 'decimal', ws: 'collapse', lex: INTEGER_RE },
  nonPositiveInteger: { base: 'integer', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, max: 0n },
  negativeInteger: { base: 'nonPositiveInteger', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, max: -1n },
  long: { base: 'integer', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: -(2n ** 63n), max: 2n ** 63n - 1n },
  int: { base: 'long', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: -(2n ** 31n), max: 2n ** 31n - 1n },
  short: { base: 'int', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: -32768n, max: 32767n },
  byte: { base: 'short', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: -128n, max: 127n },
  nonNegativeInteger: { base: 'integer', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: 0n },
  unsignedLong: {
    base: 'nonNegativeInteger',
    family: 'decimal',
    ws: 'collapse',
    lex: INTEGER_RE,
    min: 0n,
    max: 2n ** 64n - 1n,
  },
  unsignedInt: {
    base: 'unsignedLong',
    family: 'decimal',
    ws: 'collapse',
    lex: INTEGER_RE,
    min: 0n,
    max: 2n ** 32n - 1n,
  },
  unsignedShort: { base: 'unsignedInt', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: 0n, max: 65535n },
  unsignedByte: { base: 'unsignedShort', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: 0n, max: 255n },
  positiveInteger: { base: 'nonNegativeInteger', family: 'decimal', ws: 'collapse', lex: INTEGER_RE, min: 1n },
  float: { base: 'anySimpleType', family: 'float', ws: 'collapse' },
  double: { base: 'anySimpleType', family: 'double', ws: 'collapse' },
  duration: { base: 'anySimpleType', family: 'duration', ws: 'collapse' },
  dateTime: { base: 'anySimpleType', family: 'dateTime', ws: 'collapse' },
  time: { base: 'anySimpleType', family: 'time', ws: 'collapse' },
  date: { base: 'anySimpleType', family: 'date', ws: 'collapse' },
  gYearMonth: { base: 'anySimpleType', family: 'gYearMonth', ws: 'collapse' },
  gYear: { base: 'anySimpleType', family: 'gYear', ws: 'collapse' },
  gMonthDay: { base: 'anySimpleType', family: 'gMonthDay', ws: 'collapse' },
  gDay: { base: 'anySimpleType', family: 'gDay', ws: 'collapse' },
  gMonth: { base: 'anySimpleType', family: 'gMonth', ws: 'collapse' },
  hexBinary: { base: 'anySimpleType', family: 'hexBinary', ws: 'collapse' },
  base64Binary: { base: 'anySimpleType', family: 'base64Binary', ws: 'collapse' },
};

/** Whether `localName` is a built-in simple type of the XML Schema namespace (anySimpleType included; anyType, a complex type, is not). */
export function isBuiltinSimpleType(localName: string): boolean {
  return localName !== 'anyType' && Object.hasOwn(B, localName);
}

/** The built-in type `localName` is derived from (`integer` -> `decimal`, `anySimpleType` -> `anyType`, list types -> `anySimpleType`). */
export function builtinBase(localName: string): string | undefined {
  return Object.hasOwn(B, localName) ? B[localName]!.base : undefined;
}

/** decimal and every type derived from it (integer, long, ..., positiveInteger): the decimal value space. */
export function isDecimalBuiltin(localName: string): boolean {
  return Object.hasOwn(B, localName) && B[localName]!.family === 'decimal';
}

/** decimal, float, double and every integer type. */
export function isNumericBuiltin(localName: string): boolean {
  const f = Object.hasOwn(B, localName) ? B[localName]!.family : undefined;
  return f === 'decimal' || f === 'float' || f === 'double';
}

// ---------------------------------------------------------------------------------------------------------
// Whitespace

function lastWhiteSpace(facets: Facets[]): WhiteSpace | undefined {
  for (let i = facets.length - 1; i >= 0; i--) {
    const w = facets[i]!.whiteSpace;
    if (w) return w;
  }
  return undefined;
}

/** The whiteSpace facet in effect (lists: collapse; unions: collapse when every member collapses, else preserve). */
export function whitespaceOf(type: SimpleType): WhiteSpace {
  switch (type.variety) {
    case 'atomic':
      return lastWhiteSpace(type.facets) ?? (Object.hasOwn(B, type.builtin) ? B[type.builtin]!.ws : 'preserve');
    case 'list':
      return 'collapse';
    case 'union':
      return type.memberTypes.length > 0 && type.memberTypes.every((m) => whitespaceOf(m) === 'collapse')
        ? 'collapse'
        : 'preserve';
  }
}

function normalize(s: string, ws: WhiteSpace): string {
  if (ws === 'preserve') return s;
  const n = s.length;
  let dirty = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32) continue;
    if (c === 9 || c === 10 || c === 13) {
      dirty = true;
      break;
    }
    if (c === 32 && ws === 'collapse' && (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32)) {
      dirty = true;
      break;
    }
  }
  if (!dirty) return s;
  const r = s.replace(/[\t\n\r]/g, ' ');
  if (ws === 'replace') return r;
  const c = r.replace(/ {2,}/g, ' ');
  const start = c.charCodeAt(0) === 32 ? 1 : 0;
  const end = c.length > start && c.charCodeAt(c.length - 1) === 32 ? c.length - 1 : c.length;
  return c.slice(start, end);
}

/** Applies the type's whiteSpace processing to a lexical value. */
export function normalizeValue(lexical: string, type: SimpleType): string {
  return normalize(lexical, whitespaceOf(type));
}

// ---------------------------------------------------------------------------------------------------------
// Families: lexical parsing, value keys (equality) and ordering

function show(v: string): string {
  return v.length > 60 ? `'${v.slice(0, 57)}...'` : `'${v}'`;
}

const DECIMAL_RE = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
const FLOAT_RE = /^(?:[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|-?INF|NaN)$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const B64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;
const DURATION_RE =
  /^(-)?P(?=[0-9]|T[0-9.])(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?(?:T(?=[0-9.])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]*)?|\.[0-9]+)S)?)?$/;
const BOOLEAN_RE = /^(?:true|false|1|0)$/;

/** [total digits, fraction digits] of a valid decimal lexical, ignoring leading and trailing zeros. */
function digitCounts(v: string): [number, number] {
  let i = 0;
  const n = v.length;
  const c0 = v.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i = 1;
  while (i < n && v.charCodeAt(i) === 48) i++;
  let dot = v.indexOf('.', i);
  if (dot < 0) dot = n;
  const intDigits = dot - i;
  let end = n;
  while (end > dot + 1 && v.charCodeAt(end - 1) === 48) end--;
  const frac = end > dot + 1 ? end - dot - 1 : 0;
  return [intDigits + frac, frac];
}

/** Canonical form of a valid decimal lexical (no '+', no leading/trailing zeros, '0' for zero). */
function canonicalDecimal(v: string): string {
  let neg = false;
  let s = v;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let dot = s.indexOf('.');
  if (dot < 0) dot = s.length;
  let a = 0;
  while (a < dot - 1 && s.charCodeAt(a) === 48) a++;
  let intPart = s.slice(a, dot);
  if (intPart === '') intPart = '0';
  let e = s.length;
  while (e > dot + 1 && s.charCodeAt(e - 1) === 48) e--;
  const frac = e > dot + 1 ? s.slice(dot + 1, e) : '';
  if (intPart === '0' && frac === '') return '0';
  return (neg ? '-' : '') + intPart + (frac ? '.' + frac : '');
}

function toDouble(v: string): number {
  if (v === 'INF') return Infinity;
  if (v === '-INF') return -Infinity;
  if (v === 'NaN') return NaN;
  return Number(v);
}

function numKey(n: number): string {
  return Number.isNaN(n) ? 'NaN' : n === 0 ? '0' : String(n);
}

function cmpNum(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
}

// --- dates ----------------------------------------------------------------------------------------------

interface DT {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** Fraction digits of the seconds without trailing zeros. */
  frac: string;
  /** Timezone offset in minutes, undefined when absent. */
  tz: number | undefined;
}

const YEAR = '(-?(?:[1-9][0-9]{3,}|0[0-9]{3}))';
const TZ = '(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?';
const TIME = '([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]+))?';
const DATE_RES: Record<string, RegExp> = {
  dateTime: new RegExp(`^${YEAR}-([0-9]{2})-([0-9]{2})T${TIME}${TZ}$`),
  date: new RegExp(`^${YEAR}-([0-9]{2})-([0-9]{2})${TZ}$`),
  time: new RegExp(`^${TIME}${TZ}$`),
  gYearMonth: new RegExp(`^${YEAR}-([0-9]{2})${TZ}$`),
  gYear: new RegExp(`^${YEAR}${TZ}$`),
  gMonthDay: new RegExp(`^--([0-9]{2})-([0-9]{2})${TZ}$`),
  gDay: new RegExp(`^---([0-9]{2})${TZ}$`),
  gMonth: new RegExp(`^--([0-9]{2})${TZ}$`),
};

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

function tzMinutes(tz: string | undefined): number | undefined {
  if (tz === undefined) return undefined;
  if (tz === 'Z') return 0;
  const m = Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6));
  return tz[0] === '-' ? -m : m;
}

/** Reference year for date/time types without a year (a leap year, so --02-29 is a valid gMonthDay). */
const REF_YEAR = 1972;

/** Parses a date/time lexical of the given family; undefined when invalid (including impossible days). */
function parseDT(family: Family, v: string): DT | undefined {
  const m = DATE_RES[family]!.exec(v);
  if (!m) return undefined;
  let y = REF_YEAR,
    mo = 1,
    d = 1,
    h = 0,
    mi = 0,
    s = 0,
    frac = '',
    tzs: string | undefined;
  let timeAt = -1;
  switch (family) {
    case 'dateTime':
      y = Number(m[1]);
      mo = Number(m[2]);
      d = Number(m[3]);
      timeAt = 4;
      tzs = m[8];
      break;
    case 'date':
      y = Number(m[1]);
      mo = Number(m[2]);
      d = Number(m[3]);
      tzs = m[4];
      break;
    case 'time':
      mo = 12;
      d = 31;
      timeAt = 1;
      tzs = m[5];
      break;
    case 'gYearMonth':
      y = Number(m[1]);
      mo = Number(m[2]);
      tzs = m[3];
      break;
    case 'gYear':
      y = Number(m[1]);
      tzs = m[2];
      break;
    case 'gMonthDay':
      mo = Number(m[1]);
      d = Number(m[2]);
      tzs = m[3];
      break;
    case 'gDay':
      mo = 12;
      d = Number(m[1]);
      tzs = m[2];
      break;
    case 'gMonth':
      mo = Number(m[1]);
      tzs = m[2];
      break;
    default:
      return undefined;
  }
  if (y === 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined; // no year 0000 in XSD 1.0
  if (timeAt > 0) {
    h = Number(m[timeAt]);
    mi = Number(m[timeAt + 1]);
    s = Number(m[timeAt + 2]);
    frac = (m[timeAt + 3] ?? '').replace(/0+$/, '');
    if (h === 24) {
      if (mi !== 0 || s !== 0 || frac !== '') return undefined;
    } else if (h > 23 || mi > 59 || s > 59) return undefined;
  }
  return { y, mo, d, h, mi, s, frac, tz: tzMinutes(tzs) };
}

/** Days from 1970-01-01 to the proleptic Gregorian date (astronomical year numbering). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Seconds on the timeline (timezone applied when present, else taken as UTC). */
function dtSeconds(t: DT): bigint {
  const days = daysFromCivil(t.y, t.mo, t.d);
  return BigInt(days) * 86400n + BigInt(t.h * 3600 + t.mi * 60 + t.s - (t.tz ?? 0) * 60);
}

function cmpDT(a: DT, b: DT): number {
  const sa = dtSeconds(a),
    sb = dtSeconds(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.frac === b.frac ? 0 : a.frac < b.frac ? -1 : 1; // fractions without trailing zeros compare as strings
}

// --- durations ------------------------------------------------------------------------------------------

interface Dur {
  months: bigint;
  seconds: Decimal;
}

function parseDuration(v: string): Dur | undefined {
  const m = DURATION_RE.exec(v);
  if (!m) return undefined;
  const sign = m[1] ? -1n : 1n;
  const months = (BigInt(m[2] ?? '0') * 12n + BigInt(m[3] ?? '0')) * sign;
  const whole = ((BigInt(m[4] ?? '0') * 24n + BigInt(m[5] ?? '0')) * 60n + BigInt(m[6] ?? '0')) * 60n;
  let seconds = new Decimal(whole.toString()).plus(m[7] ?? '0');
  if (sign < 0n) seconds = seconds.neg();
  return { months, seconds };
}

/** Reference dateTimes of XSD 1.0 section 3.2.6.2, as (year, month) at day 1, 00:00:00Z. */
const DUR_REFS: [number, number][] = [
  [1696, 9],
  [1697, 2],
  [1903, 3],
  [1903, 7],
];

function cmpDuration(a: Dur, b: Dur): number {
  const dm = a.months - b.months;
  const ds = a.seconds.cmp(b.seconds);
  const sm = dm < 0n ? -1 : dm > 0n ? 1 : 0;
  if (sm === 0) return ds;
  if (ds === 0 || ds === sm) return sm;
  // Mixed signs: compare at the four reference points; incomparable when they disagree.
  let result: number | undefined;
  for (const [y, mo] of DUR_REFS) {
    const ea = monthsAfter(y, mo, a.months).plus(a.seconds);
    const eb = monthsAfter(y, mo, b.months).plus(b.seconds);
    const c = ea.cmp(eb);
    if (result === undefined) result = c;
    else if (result !== c) return NaN;
  }
  return result!;
}

/** Seconds since the epoch of the first day of the month `months` after (y, mo). */
function monthsAfter(y: number, mo: number, months: bigint): Decimal {
  const total = BigInt(y) * 12n + BigInt(mo - 1) + months;
  const ny = Number(total / 12n - (total % 12n < 0n ? 1n : 0n));
  const nm = Number(((total % 12n) + 12n) % 12n) + 1;
  return new Decimal(daysFromCivil(ny, nm, 1)).times(86400);
}

// --- the family operations ------------------------------------------------------------------------------

interface FamilyOps {
  /** Lexical check of a whitespace-normalized value; returns whether it is valid. */
  valid(v: string): boolean;
  /** Value-space key for equality (enumeration), of a valid value. */
  key(v: string): string;
  /** Ordering support for min/max facets. */
  parse?(v: string): unknown;
  compare?(a: unknown, b: unknown): number;
  /** Length for length facets (default: characters). */
  length?(v: string): number;
}

function codePointLength(v: string): number {
  let n = v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n--;
      i++;
    }
  }
  return n;
}

const identity = (v: string): string => v;
const always = (): boolean => true;

function dateOps(family: Family): FamilyOps {
  return {
    valid: (v) => parseDT(family, v) !== undefined,
    key: (v) => {
      const t = parseDT(family, v)!;
      return `${dtSeconds(t)}.${t.frac}${t.tz === undefined ? '' : 'Z'}`;
    },
    parse: (v) => parseDT(family, v),
    compare: (a, b) => cmpDT(a as DT, b as DT),
  };
}

const FAMILY: Record<Family, FamilyOps> = {
  any: { valid: always, key: identity },
  string: { valid: always, key: identity },
  list: { valid: always, key: identity },
  boolean: { valid: (v) => BOOLEAN_RE.test(v), key: (v) => (v === '1' || v === 'true' ? 'true' : 'false') },
  decimal: {
    valid: (v) => DECIMAL_RE.test(v),
    key: canonicalDecimal,
    parse: (v) => new Decimal(v),
    compare: (a, b) => (a as Decimal).cmp(b as Decimal),
  },
  float: {
    valid: (v) => FLOAT_RE.test(v),
    key: (v) => numKey(Math.fround(toDouble(v))),
    parse: (v) => Math.fround(toDouble(v)),
    compare: (a, b) => cmpNum(a as number, b as number),
  },
  double: {
    valid: (v) => FLOAT_RE.test(v),
    key: (v) => numKey(toDouble(v)),
    parse: toDouble,
    compare: (a, b) => cmpNum(a as number, b as number),
  },
  duration: {
    valid: (v) => DURATION_RE.test(v),
    key: (v) => {
      const d = parseDuration(v)!;
      return `${d.months}|${d.seconds.toString()}`;
    },
    parse: parseDuration,
    compare: (a, b) => cmpDuration(a as Dur, b as Dur),
  },
  dateTime: dateOps('dateTime'),
  time: dateOps('time'),
  date: dateOps('date'),
  gYearMonth: dateOps('gYearMonth'),
  gYear: dateOps('gYear'),
  gMonthDay: dateOps('gMonthDay'),
  gDay: dateOps('gDay'),
  gMonth: dateOps('gMonth'),
  hexBinary: { valid: (v) => HEX_RE.test(v), key: (v) => v.toUpperCase(), length: (v) => v.length / 2 },
  base64Binary: {
    valid: (v) => B64_RE.test(v.indexOf(' ') < 0 ? v : v.replace(/ /g, '')),
    key: (v) => v.replace(/ /g, ''),
    length: (v) => {
      const s = v.indexOf(' ') < 0 ? v : v.replace(/ /g, '');
      const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
      return (s.length / 4) * 3 - pad;
    },
  },
  // Lenient, like XML Schema 1.0 itself (almost any string is a URI after XLink escaping): reject only
  // malformed %-escapes and more than one '#'.
  anyURI: {
    valid: (v) => !/%(?![0-9A-Fa-f]{2})/.test(v) && v.indexOf('#') === v.lastIndexOf('#'),
    key: identity,
  },
  QName: { valid: (v) => QNAME_RE.test(v), key: identity },
  NOTATION: { valid: (v) => QNAME_RE.test(v), key: identity },
};

// ---------------------------------------------------------------------------------------------------------
// Compilation

interface Checker {
  /** Whitespace processing applied before `check` (unions: preserve; members normalize for themselves). */
  ws: WhiteSpace;
  /** Checks a value already normalized with `ws`. */
  check(v: string, rp: PrefixResolver): Reason;
  /** Value-space key of a valid normalized value. */
  key(v: string): string;
}

type Check = (v: string, rp: PrefixResolver) => Reason;

const cache = new WeakMap<SimpleType, Checker>();

function checkerOf(type: SimpleType): Checker {
  let c = cache.get(type);
  if (c === undefined) {
    c = compile(type);
    cache.set(type, c);
  }
  return c;
}

function compile(type: SimpleType): Checker {
  switch (type.variety) {
    case 'atomic': {
      const def = Object.hasOwn(B, type.builtin) ? B[type.builtin]! : B.anySimpleType!;
      if (def.family === 'list') {
        const item = compile({ variety: 'atomic', builtin: def.item!, facets: [] });
        return compileList(item, [{ minLength: 1 }, ...type.facets]);
      }
      return compileAtomic(Object.hasOwn(B, type.builtin) ? type.builtin : 'anySimpleType', def, type.facets);
    }
    case 'list':
      return compileList(checkerOf(type.itemType), type.facets);
    case 'union':
      return compileUnion(type.memberTypes.map(checkerOf), type.facets);
  }
}

/** Compiled patterns of a step; patterns that are not valid XSD regexes are skipped (the taxonomy compiler reports them). */
function stepPatterns(f: Facets): RegExp[] {
  const out: RegExp[] = [];
  for (const p of f.pattern ?? []) {
    try {
      out.push(xsdRegex(p));
    } catch {
      /* invalid pattern: no constraint */
    }
  }
  return out;
}

function patternCheck(f: Facets): Check | undefined {
  const res = stepPatterns(f);
  if (res.length === 0) return undefined;
  const label = f.pattern!.join(' | ');
  if (res.length === 1) {
    const re = res[0]!;
    return (v) => (re.test(v) ? undefined : { k: 'pattern', value: show(v), pattern: label });
  }
  return (v) => {
    for (const re of res) if (re.test(v)) return undefined;
    return { k: 'pattern', value: show(v), pattern: label };
  };
}

function enumerationCheck(
  values: string[],
  keyOf: (e: string) => string | undefined,
  key: (v: string) => string,
): Check {
  const keys = new Set<string>();
  for (const e of values) {
    const k = keyOf(e);
    if (k !== undefined) keys.add(k);
  }
  const shown =
    values
      .slice(0, 5)
      .map((e) => `'${e}'`)
      .join(', ') + (values.length > 5 ? ', ...' : '');
  return (v) => (keys.has(key(v)) ? undefined : { k: 'enumeration', value: show(v), values: shown });
}

function lengthChecks(facets: Facets[], lengthOf: (v: string) => number, unit: string): Check[] {
  const out: Check[] = [];
  for (const f of facets) {
    const { length, minLength, maxLength } = f;
    if (length === undefined && minLength === undefined && maxLength === undefined) continue;
    out.push((v) => {
      const n = lengthOf(v);
      if (length !== undefined && n !== length) return { k: 'length', facet: 'length', n, unit, limit: length };
      if (minLength !== undefined && n < minLength)
        return { k: 'length', facet: 'minLength', n, unit, limit: minLength };
      if (maxLength !== undefined && n > maxLength)
        return { k: 'length', facet: 'maxLength', n, unit, limit: maxLength };
      return undefined;
    });
  }
  return out;
}

function compileAtomic(name: string, def: BuiltinDef, facets: Facets[]): Checker {
  const ops = FAMILY[def.family];
  const ws = lastWhiteSpace(facets) ?? def.ws;
  const checks: Check[] = [];

  // Built-in lexical space (and integer range).
  const lex = def.lex;
  const { min, max } = def;
  const isQName = def.family === 'QName' || def.family === 'NOTATION';
  const valid = ops.valid;
  checks.push((v, rp) => {
    if (lex !== undefined ? !lex.test(v) : !valid(v)) return { k: 'lexical', value: show(v), type: name };
    if (min !== undefined || max !== undefined) {
      const n = BigInt(v);
      if ((min !== undefined && n < min) || (max !== undefined && n > max))
        return { k: 'lexical', value: show(v), type: name, range: true };
    }
    if (isQName && rp !== undefined) {
      const i = v.indexOf(':');
      if (i > 0) {
        const prefix = v.slice(0, i);
        if (prefix !== 'xml' && rp(prefix) === undefined) return { k: 'prefix', prefix, value: show(v) };
        if (prefix === 'xml' && rp(prefix) !== undefined && rp(prefix) !== XML_NS)
          return { k: 'prefix', prefix: 'xml', value: show(v), misdeclared: true };
      }
    }
    return undefined;
  });

  const key = ops.key;
  const keyOfEnum = (e: string): string | undefined => {
    const n = normalize(e, ws);
    return (lex ? lex.test(n) : valid(n)) ? key(n) : n;
  };

  for (const f of facets) {
    const p = patternCheck(f);
    if (p) checks.push(p);
    if (f.enumeration) checks.push(enumerationCheck(f.enumeration, keyOfEnum, key));
  }

  checks.push(
    ...lengthChecks(
      facets,
      ops.length ?? codePointLength,
      def.family === 'hexBinary' || def.family === 'base64Binary' ? 'octets' : 'characters',
    ),
  );

  // Digit facets (decimal family only), on the canonical value.
  if (def.family === 'decimal') {
    let total: number | undefined, fraction: number | undefined;
    for (const f of facets) {
      if (f.totalDigits !== undefined) total = Math.min(total ?? Infinity, f.totalDigits);
      if (f.fractionDigits !== undefined) fraction = Math.min(fraction ?? Infinity, f.fractionDigits);
    }
    if (total !== undefined || fraction !== undefined) {
      checks.push((v) => {
        const [t, fr] = digitCounts(v);
        if (fraction !== undefined && fr > fraction)
          return { k: 'digits', facet: 'fraction', value: show(v), limit: fraction };
        if (total !== undefined && t > total) return { k: 'digits', facet: 'total', value: show(v), limit: total };
        return undefined;
      });
    }
  }

  // Range facets of all steps, value parsed once.
  if (ops.parse && ops.compare) {
    const parse = ops.parse,
      compare = ops.compare;
    const bounds: {
      kind: 'minInclusive' | 'maxInclusive' | 'minExclusive' | 'maxExclusive';
      value: unknown;
      text: string;
    }[] = [];
    for (const f of facets) {
      for (const kind of ['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const) {
        const text = f[kind];
        if (text === undefined) continue;
        const n = normalize(text, ws);
        if (!valid(n)) continue; // unusable bound: reported when compiling the taxonomy
        bounds.push({ kind, value: parse(n), text });
      }
    }
    if (bounds.length) {
      checks.push((v) => {
        const x = parse(v);
        for (const b of bounds) {
          const c = compare(x, b.value);
          switch (b.kind) {
            case 'minInclusive':
              if (!(c >= 0)) return { k: 'bound', facet: b.kind, value: show(v), limit: b.text };
              break;
            case 'maxInclusive':
              if (!(c <= 0)) return { k: 'bound', facet: b.kind, value: show(v), limit: b.text };
              break;
            case 'minExclusive':
              if (!(c > 0)) return { k: 'bound', facet: b.kind, value: show(v), limit: b.text };
              break;
            case 'maxExclusive':
              if (!(c < 0)) return { k: 'bound', facet: b.kind, value: show(v), limit: b.text };
              break;
          }
        }
        return undefined;
      });
    }
  }

  return { ws, check: sequence(checks), key };
}

function sequence(checks: Check[]): Check {
  if (checks.length === 1) return checks[0]!;
  if (checks.length === 2) {
    const [a, b] = checks as [Check, Check];
    return (v, rp) => a(v, rp) ?? b(v, rp);
  }
  return (v, rp) => {
    for (const c of checks) {
      const r = c(v, rp);
      if (r !== undefined) return r;
    }
    return undefined;
  };
}

function splitList(v: string): string[] {
  return v === '' ? [] : v.split(' ');
}

function compileList(item: Checker, facets: Facets[]): Checker {
  const checks: Check[] = [];
  const key = (v: string): string =>
    splitList(v)
      .map((i) => item.key(normalize(i, item.ws)))
      .join(' ');
  checks.push((v, rp) => {
    for (const it of splitList(v)) {
      const r = item.check(normalize(it, item.ws), rp);
      if (r !== undefined) return { k: 'listItem', value: show(it), reason: r };
    }
    return undefined;
  });
  const keyOfEnum = (e: string): string | undefined => {
    const n = normalize(e, 'collapse');
    for (const it of splitList(n)) if (item.check(normalize(it, item.ws), undefined) !== undefined) return n;
    return key(n);
  };
  for (const f of facets) {
    const p = patternCheck(f);
    if (p) checks.push(p);
    if (f.enumeration) checks.push(enumerationCheck(f.enumeration, keyOfEnum, key));
  }
  checks.push(...lengthChecks(facets, (v) => splitList(v).length, 'items'));
  return { ws: 'collapse', check: sequence(checks), key };
}

function compileUnion(members: Checker[], facets: Facets[]): Checker {
  // Union facets (pattern, enumeration) apply to the value as normalized and keyed by the accepting member.
  const perMember: Check[][] = members.map((m) => {
    const checks: Check[] = [];
    const keyOfEnum = (e: string): string | undefined => {
      const n = normalize(e, m.ws);
      return m.check(n, undefined) === undefined ? m.key(n) : undefined;
    };
    for (const f of facets) {
      const p = patternCheck(f);
      if (p) checks.push(p);
      if (f.enumeration) checks.push(enumerationCheck(f.enumeration, keyOfEnum, m.key));
    }
    return checks;
  });
  const memberFacets = perMember.map((c) => (c.length ? sequence(c) : undefined));
  const check: Check = (v, rp) => {
    let facetReason: Reason;
    let reasons: ValueReason[] | undefined;
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      const n = normalize(v, m.ws);
      const r = m.check(n, rp);
      if (r === undefined) {
        const fc = memberFacets[i];
        const fr = fc ? fc(n, rp) : undefined;
        if (fr === undefined) return undefined;
        facetReason ??= fr;
      } else (reasons ??= []).push(r);
    }
    if (facetReason !== undefined) return facetReason;
    return { k: 'union', value: show(v), ...(reasons ? { reasons } : {}) };
  };
  const key = (v: string): string => {
    for (const m of members) {
      const n = normalize(v, m.ws);
      if (m.check(n, undefined) === undefined) return m.key(n);
    }
    return v;
  };
  return { ws: 'preserve', check, key };
}

// ---------------------------------------------------------------------------------------------------------
// Entry point

/**
 * Returns undefined when `lexical` is a valid value of `type`, else why not, as plain data (src/messages/en-xbrl.ts
 * ValueReason, rendered in each language by the message catalogs). `resolvePrefix(prefix)` gives the namespace of a
 * QName prefix in scope (undefined if undeclared); without it QName prefixes are not checked.
 */
export function checkSimpleValueReason(
  lexical: string,
  type: SimpleType,
  resolvePrefix?: (prefix: string) => string | undefined,
): ValueReason | undefined {
  const c = checkerOf(type);
  return c.check(normalize(lexical, c.ws), resolvePrefix);
}

/** Like `checkSimpleValueReason`, the reason as a short English text (`value 'x' does not match pattern [0-9]+`). */
export function checkSimpleValue(
  lexical: string,
  type: SimpleType,
  resolvePrefix?: (prefix: string) => string | undefined,
): string | undefined {
  const r = checkSimpleValueReason(lexical, type, resolvePrefix);
  return r === undefined ? undefined : reasonEn(r);
}
