/**
 * Date/time values (F&O section 10): lexical forms and canonical forms of xs:dateTime, xs:date, xs:time and the
 * g* types (XML Schema Part 2 sections 3.2.7-3.2.14), timeline positions (XML Schema Part 2 appendix D and 3.2.7.4
 * order relation), timezone adjustment (F&O 10.7) and adding durations (XML Schema Part 2 appendix E, F&O 10.8).
 *
 * Years are JS numbers (safe up to 2^53); seconds are exact `XDecimal`s; `tz` is minutes east of UTC.
 */
import { XDecimal } from '../decimal.js';
import type { DateTimeValue, Duration } from '../types.js';
import { XPathError } from '../types.js';

const ZERO = new XDecimal(0);

export function isLeap(y: number): boolean {
  // XML Schema uses the proleptic Gregorian calendar with year 0 = 1 BCE for arithmetic (XSD 1.1 / F&O note).
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (year 0 counted as a leap year). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(z: number): { year: number; month: number; day: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

// XSD 1.0 years: no year 0000; F&O 10.1.1 maps the lexical year -0001 to 1 BCE. We store the lexical year and
// convert to an astronomical year (-0001 -> 0) for arithmetic.
const astro = (y: number) => (y < 0 ? y + 1 : y);
const lexYear = (a: number) => (a <= 0 ? a - 1 : a);

function fodt(what: string): never {
  throw new XPathError('err:FORG0001', `invalid ${what}`);
}

const TZ = '(Z|[+-]\\d\\d:\\d\\d)?';
const YEAR = '(-?\\d{4,})';
const SEC = '(\\d\\d(?:\\.\\d+)?)';
const RE: Record<string, RegExp> = {
  'xs:dateTime': new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):${SEC}${TZ}$`),
  'xs:date': new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)${TZ}$`),
  'xs:time': new RegExp(`^(\\d\\d):(\\d\\d):${SEC}${TZ}$`),
  'xs:gYearMonth': new RegExp(`^${YEAR}-(\\d\\d)${TZ}$`),
  'xs:gYear': new RegExp(`^${YEAR}${TZ}$`),
  'xs:gMonthDay': new RegExp(`^--(\\d\\d)-(\\d\\d)${TZ}$`),
  'xs:gDay': new RegExp(`^---(\\d\\d)${TZ}$`),
  'xs:gMonth': new RegExp(`^--(\\d\\d)${TZ}$`),
};

function parseYear(s: string, type: string): number {
  const digits = s.startsWith('-') ? s.slice(1) : s;
  if (digits.length > 4 && digits.startsWith('0')) fodt(type);
  const y = Number(s);
  if (y === 0) fodt(`${type}: year 0000`);
  if (!Number.isSafeInteger(y)) throw new XPathError('err:FODT0001', `year out of range in ${type}`);
  return y;
}

function parseTz(s: string | undefined, type: string): number | undefined {
  if (s === undefined) return undefined;
  if (s === 'Z') return 0;
  const h = Number(s.slice(1, 3));
  const m = Number(s.slice(4, 6));
  if (m > 59 || h > 14 || (h === 14 && m !== 0)) fodt(`${type} timezone`);
  return (s[0] === '-' ? -1 : 1) * (h * 60 + m);
}

/**
 * Parses the (whitespace-collapsed) lexical form of a date/time type (XML Schema Part 2 3.2.7-3.2.14).
 * Throws err:FORG0001 on an invalid lexical form or value. `24:00:00` becomes 00:00:00 of the next day.
 */
export function parseDateTime(type: string, s: string): DateTimeValue {
  const re = RE[type];
  const m = re?.exec(s);
  if (!m) return fodt(`${type} '${s}'`);
  let year: number | undefined, month: number | undefined, day: number | undefined;
  let hour: number | undefined, minute: number | undefined, second: XDecimal | undefined;
  let tzs: string | undefined;
  switch (type) {
    case 'xs:dateTime':
      year = parseYear(m[1]!, type);
      month = +m[2]!;
      day = +m[3]!;
      hour = +m[4]!;
      minute = +m[5]!;
      second = new XDecimal(m[6]!);
      tzs = m[7];
      break;
    case 'xs:date':
      year = parseYear(m[1]!, type);
      month = +m[2]!;
      day = +m[3]!;
      tzs = m[4];
      break;
    case 'xs:time':
      hour = +m[1]!;
      minute = +m[2]!;
      second = new XDecimal(m[3]!);
      tzs = m[4];
      break;
    case 'xs:gYearMonth':
      year = parseYear(m[1]!, type);
      month = +m[2]!;
      tzs = m[3];
      break;
    case 'xs:gYear':
      year = parseYear(m[1]!, type);
      tzs = m[2];
      break;
    case 'xs:gMonthDay':
      month = +m[1]!;
      day = +m[2]!;
      tzs = m[3];
      break;
    case 'xs:gDay':
      day = +m[1]!;
      tzs = m[2];
      break;
    case 'xs:gMonth':
      month = +m[1]!;
      tzs = m[2];
      break;
  }
  const tz = parseTz(tzs, type);
  if (month !== undefined && (month < 1 || month > 12)) fodt(`${type} '${s}': month`);
  if (day !== undefined) {
    // gMonthDay: February 29 is allowed (XSD 3.2.12); gDay: up to 31.
    const max =
      month === undefined
        ? 31
        : year === undefined
          ? month === 2
            ? 29
            : daysInMonth(2001, month)
          : daysInMonth(astro(year), month);
    if (day < 1 || day > max) fodt(`${type} '${s}': day`);
  }
  if (hour !== undefined) {
    if (minute! > 59 || second!.gte(60)) fodt(`${type} '${s}': time`);
    if (hour === 24) {
      if (minute !== 0 || !second!.isZero()) fodt(`${type} '${s}': hour 24`);
      hour = 0;
      if (year !== undefined) {
        const c = civilFromDays(daysFromCivil(astro(year), month!, day!) + 1);
        year = lexYear(c.year);
        month = c.month;
        day = c.day;
      }
    } else if (hour > 23) fodt(`${type} '${s}': hour`);
  }
  return mk(year, month, day, hour, minute, second, tz);
}

function mk(
  year?: number,
  month?: number,
  day?: number,
  hour?: number,
  minute?: number,
  second?: XDecimal,
  tz?: number,
): DateTimeValue {
  const v: { -readonly [K in keyof DateTimeValue]: DateTimeValue[K] } = {};
  if (year !== undefined) v.year = year;
  if (month !== undefined) v.month = month;
  if (day !== undefined) v.day = day;
  if (hour !== undefined) v.hour = hour;
  if (minute !== undefined) v.minute = minute;
  if (second !== undefined) v.second = second;
  if (tz !== undefined) v.tz = tz;
  return v;
}
export { mk as makeDateTime };

const p2 = (n: number) => (n < 10 ? '0' + n : String(n));

function fmtYear(y: number): string {
  const a = Math.abs(y);
  const s = a < 1000 ? String(a).padStart(4, '0') : String(a);
  return y < 0 ? '-' + s : s;
}

function fmtSec(s: XDecimal): string {
  const str = s.toString();
  return s.lt(10) ? '0' + str : str;
}

/** Timezone in canonical form: 'Z', '+hh:mm', '-hh:mm', or '' (F&O 17.1.2 / XSD 3.2.7.3). */
export function fmtTz(tz: number | undefined): string {
  if (tz === undefined) return '';
  if (tz === 0) return 'Z';
  const a = Math.abs(tz);
  return (tz < 0 ? '-' : '+') + p2(Math.floor(a / 60)) + ':' + p2(a % 60);
}

/** The canonical lexical form of a date/time value of `type` (XSD 3.2.7.2 canonical representation, timezone kept as is). */
export function formatDateTime(type: string, v: DateTimeValue): string {
  const tz = fmtTz(v.tz);
  const time = () => `${p2(v.hour!)}:${p2(v.minute!)}:${fmtSec(v.second!)}`;
  switch (type) {
    case 'xs:dateTime':
      return `${fmtYear(v.year!)}-${p2(v.month!)}-${p2(v.day!)}T${time()}${tz}`;
    case 'xs:date':
      return `${fmtYear(v.year!)}-${p2(v.month!)}-${p2(v.day!)}${tz}`;
    case 'xs:time':
      return `${time()}${tz}`;
    case 'xs:gYearMonth':
      return `${fmtYear(v.year!)}-${p2(v.month!)}${tz}`;
    case 'xs:gYear':
      return `${fmtYear(v.year!)}${tz}`;
    case 'xs:gMonthDay':
      return `--${p2(v.month!)}-${p2(v.day!)}${tz}`;
    case 'xs:gDay':
      return `---${p2(v.day!)}${tz}`;
    case 'xs:gMonth':
      return `--${p2(v.month!)}${tz}`;
  }
  throw new XPathError('err:XPTY0004', `${type} is not a date/time type`);
}

// Reference values of the absent components, for timeline positions of the g* types and xs:time (XSD 3.2.7.4 /
// F&O 10.4: times compare on the reference date 1972-12-31, g* types fill in from 1972-12-31T00:00:00).
const REF_YEAR = 1972;

/**
 * The position of a value on the timeline, in seconds since 1970-01-01T00:00:00Z (exact), after normalising to UTC;
 * a value without timezone takes `implicitTz` (F&O 10.4). Absent components are taken from the reference dateTime
 * 1972-12-31T00:00:00.
 */
export function timelineSeconds(v: DateTimeValue, implicitTz: number): XDecimal {
  const y = v.year === undefined ? REF_YEAR : astro(v.year);
  const mo = v.month ?? 12;
  const d = v.day ?? (v.month === undefined ? 31 : 1);
  const days = daysFromCivil(y, mo, d);
  const tz = v.tz ?? implicitTz;
  const whole = days * 86400 + (v.hour ?? 0) * 3600 + (v.minute ?? 0) * 60 - tz * 60;
  return v.second === undefined ? new XDecimal(whole) : v.second.plus(whole);
}

/** A dateTime from timeline seconds (UTC seconds since 1970) shown in timezone `tz` (minutes) or none. */
export function fromTimeline(secs: XDecimal, tz: number | undefined): DateTimeValue {
  const local = secs.plus((tz ?? 0) * 60);
  const days = local.div(86400).floor();
  const rest = local.minus(days.times(86400)); // 0 <= rest < 86400
  const whole = rest.floor().toNumber();
  const c = civilFromDays(days.toNumber());
  const hour = Math.floor(whole / 3600);
  const minute = Math.floor((whole % 3600) / 60);
  const second = rest.minus(hour * 3600 + minute * 60);
  return mk(lexYear(c.year), c.month, c.day, hour, minute, second, tz);
}

/**
 * fn:adjust-dateTime-to-timezone and friends (F&O 10.7): `tz` undefined removes the timezone; a value without a
 * timezone gets `tz` without changing its local time; otherwise the same instant is shown in `tz`.
 */
export function adjustTimezone(type: string, v: DateTimeValue, tz: number | undefined): DateTimeValue {
  if (tz === undefined) return mk(v.year, v.month, v.day, v.hour, v.minute, v.second);
  if (v.tz === undefined) return mk(v.year, v.month, v.day, v.hour, v.minute, v.second, tz);
  const full =
    type === 'xs:time'
      ? mk(REF_YEAR, 12, 31, v.hour, v.minute, v.second, v.tz)
      : type === 'xs:date'
        ? mk(v.year, v.month, v.day, 0, 0, ZERO, v.tz)
        : v;
  const r = fromTimeline(timelineSeconds(full, 0), tz);
  if (type === 'xs:time') return mk(undefined, undefined, undefined, r.hour, r.minute, r.second, tz);
  if (type === 'xs:date') return mk(r.year, r.month, r.day, undefined, undefined, undefined, tz);
  return r;
}

/**
 * Adds a duration to a dateTime, date or time (XML Schema Part 2 appendix E; F&O 10.8.1-10.8.12): months first with
 * the day clamped to the end of the month, then seconds. The timezone is kept.
 */
export function addDuration(type: string, v: DateTimeValue, d: Duration): DateTimeValue {
  if (type === 'xs:time') {
    const secs = timelineSeconds(mk(REF_YEAR, 12, 31, v.hour, v.minute, v.second, 0), 0).plus(d.seconds);
    const r = fromTimeline(secs, 0);
    return mk(undefined, undefined, undefined, r.hour, r.minute, r.second, v.tz);
  }
  let year = astro(v.year!);
  let month = v.month!;
  let day = v.day!;
  if (d.months !== 0) {
    const total = year * 12 + (month - 1) + d.months;
    year = Math.floor(total / 12);
    month = total - year * 12 + 1;
    day = Math.min(day, daysInMonth(year, month));
  }
  if (!Number.isSafeInteger(year) || Math.abs(year) > 1e12) throw new XPathError('err:FODT0001', 'date/time overflow');
  const start = mk(lexYear(year), month, day, v.hour ?? 0, v.minute ?? 0, v.second ?? ZERO, 0);
  if (d.seconds.isZero() && type === 'xs:dateTime') return mk(start.year, month, day, v.hour, v.minute, v.second, v.tz);
  const r = fromTimeline(timelineSeconds(start, 0).plus(d.seconds), 0);
  if (type === 'xs:date') return mk(r.year, r.month, r.day, undefined, undefined, undefined, v.tz);
  return mk(r.year, r.month, r.day, r.hour, r.minute, r.second, v.tz);
}
