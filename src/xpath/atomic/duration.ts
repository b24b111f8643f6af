/**
 * Durations (F&O section 10.3; XML Schema Part 2 3.2.6): lexical forms of xs:duration, xs:yearMonthDuration and
 * xs:dayTimeDuration, their canonical forms (F&O 10.3.1.2 / 10.3.2.2: months and seconds normalised, `PT0S` and
 * `P0M` for zero), component extraction.
 */
import { XDecimal } from '../decimal.js';
import type { Duration } from '../types.js';
import { XPathError } from '../types.js';

const DUR_RE = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export const ZERO_SECONDS = new XDecimal(0);

/**
 * Parses a duration lexical form; `type` restricts the allowed components (xs:yearMonthDuration: Y and M only;
 * xs:dayTimeDuration: D, H, M, S only). Throws err:FORG0001 on an invalid form, err:FODT0002 when the months
 * overflow.
 */
export function parseDuration(type: string, s: string): Duration {
  const m = DUR_RE.exec(s);
  const bad = () => new XPathError('err:FORG0001', `invalid ${type} '${s}'`);
  if (!m) throw bad();
  const [, neg, y, mo, d, h, mi, sec] = m;
  if (
    y === undefined &&
    mo === undefined &&
    d === undefined &&
    h === undefined &&
    mi === undefined &&
    sec === undefined
  )
    throw bad();
  if (s.endsWith('T')) throw bad();
  if (type === 'xs:yearMonthDuration' && (d !== undefined || h !== undefined || mi !== undefined || sec !== undefined))
    throw bad();
  if (type === 'xs:dayTimeDuration' && (y !== undefined || mo !== undefined)) throw bad();
  const months = Number(y ?? 0) * 12 + Number(mo ?? 0);
  if (!Number.isSafeInteger(months)) throw new XPathError('err:FODT0002', `duration '${s}' overflows`);
  let seconds = new XDecimal(sec ?? 0);
  if (d !== undefined || h !== undefined || mi !== undefined) {
    seconds = seconds
      .plus(new XDecimal(d ?? 0).times(86400))
      .plus(new XDecimal(h ?? 0).times(3600))
      .plus(new XDecimal(mi ?? 0).times(60));
  }
  if (neg) return { months: months === 0 ? 0 : -months, seconds: seconds.isZero() ? ZERO_SECONDS : seconds.neg() };
  return { months, seconds };
}

/**
 * The canonical form of a duration (F&O 10.3.1.2, 10.3.2.2): `-P1Y2M3DT4H5M6.5S` with zero components left out;
 * zero is `PT0S` (xs:duration, xs:dayTimeDuration) or `P0M` (xs:yearMonthDuration).
 */
export function formatDuration(type: string, d: Duration): string {
  const neg = d.months < 0 || d.seconds.isNeg();
  const months = Math.abs(d.months);
  const secs = d.seconds.abs();
  if (months === 0 && secs.isZero()) return type === 'xs:yearMonthDuration' ? 'P0M' : 'PT0S';
  let out = neg ? '-P' : 'P';
  const y = Math.floor(months / 12);
  const mo = months % 12;
  if (y) out += `${y}Y`;
  if (mo) out += `${mo}M`;
  if (!secs.isZero()) {
    const days = secs.divToInt(86400);
    let rest = secs.minus(days.times(86400));
    const h = rest.divToInt(3600);
    rest = rest.minus(h.times(3600));
    const mi = rest.divToInt(60);
    rest = rest.minus(mi.times(60));
    if (!days.isZero()) out += `${days.toString()}D`;
    if (!h.isZero() || !mi.isZero() || !rest.isZero()) {
      out += 'T';
      if (!h.isZero()) out += `${h.toString()}H`;
      if (!mi.isZero()) out += `${mi.toString()}M`;
      if (!rest.isZero()) out += `${rest.toString()}S`;
    }
  }
  return out;
}

/** Components of a duration (F&O 10.5.1-10.5.6): the sign of the duration applies to each. */
export function durationParts(d: Duration): {
  years: number;
  months: number;
  days: XDecimal;
  hours: XDecimal;
  minutes: XDecimal;
  seconds: XDecimal;
} {
  const sign = d.months < 0 || d.seconds.isNeg() ? -1 : 1;
  const months = Math.abs(d.months);
  const secs = d.seconds.abs();
  const days = secs.divToInt(86400);
  let rest = secs.minus(days.times(86400));
  const hours = rest.divToInt(3600);
  rest = rest.minus(hours.times(3600));
  const minutes = rest.divToInt(60);
  rest = rest.minus(minutes.times(60));
  const s = (x: XDecimal) => (sign < 0 && !x.isZero() ? x.neg() : x);
  return {
    years: sign * Math.floor(months / 12) || 0,
    months: sign * (months % 12) || 0,
    days: s(days),
    hours: s(hours),
    minutes: s(minutes),
    seconds: s(rest),
  };
}
