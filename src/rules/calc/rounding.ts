/**
 * Decimal arithmetic and rounding for calculation checks. All values are decimal.js `Decimal`s with enough
 * significant digits that sums and weighted terms are exact; JS numbers are never used for fact values.
 *
 * XBRL 2.1 (errata 2013) rounds to decimals, not precision: a fact's decimals are its `decimals` attribute or,
 * for a `precision` attribute, inferred per section 4.6.6 (decimals = precision - floor(log10|v|) - 1), and
 * rounding uses round-half-to-even (section 4.6.7.2; conformance 320 V-32..V-35); every XBRL 2.1 caller goes
 * through `CalcRoundingMode.round`.
 *
 * Calculations 1.1 (REC 2023-02-22) compares intervals instead of rounded values: its two processing modes,
 * round-to-nearest and truncation, are `Calc11RoundingMode`s whose `interval` gives the values a reported fact
 * stands for; the interval helpers below are all the arithmetic the 1.1 rule does.
 */
import { Decimal } from 'decimal.js';
import type { Fact } from '../../instance/types.js';

/** Decimal with a large working precision so that sums and products of fact values are exact. */
export const D = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -1000, toExpPos: 1000 });
export type Dec = InstanceType<typeof D>;

/** Inferred decimals of a numeric fact: a whole number, `INF` (exact), or `unknown` (precision 0, or no accuracy attribute). */
export type InferredDecimals = number | 'INF' | 'unknown';

/** Parses a numeric fact value (xs:decimal, xs:float/double lexical forms); undefined when it is not a finite number. */
export function parseDecimal(text: string): Dec | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  try {
    const d = new D(t);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Inferred decimals of a fact (XBRL 2.1 section 4.6.6). `decimals` wins; `precision="0"` gives `unknown`
 * (its value cannot be relied on to any digit, section 4.6.4); a zero value with a finite precision is exact.
 * A fact with neither attribute (an error of section 4.6.3 reported elsewhere) gives `INF`, so it is used as is.
 */
export function inferDecimals(fact: Pick<Fact, 'decimals' | 'precision' | 'value'>, value?: Dec): InferredDecimals {
  const dec = fact.decimals?.trim();
  const prec = fact.precision?.trim();
  if (dec !== undefined) {
    if (dec === 'INF') return 'INF';
    const n = Number(dec);
    return Number.isInteger(n) ? n : 'unknown';
  }
  if (prec !== undefined) {
    if (prec === 'INF') return 'INF';
    const p = Number(prec);
    if (!Number.isInteger(p) || p <= 0) return 'unknown';
    const v = value ?? parseDecimal(fact.value);
    if (!v) return 'unknown';
    if (v.isZero()) return 'INF';
    // floor(log10(|v|)) = exponent of the value in scientific notation
    return p - v.abs().e - 1;
  }
  return 'INF';
}

/** Rounds `v` to `decimals` places (negative: to tens, hundreds, ...) with round-half-to-even. */
export function roundHalfEven(v: Dec, decimals: number): Dec {
  // more places than the value has: nothing to round (and decimals="999999999999" stays within decimal.js's range)
  if (decimals >= 0) return decimals >= v.decimalPlaces() ? v : v.toDecimalPlaces(decimals, D.ROUND_HALF_EVEN);
  const scale = new D(10).pow(-decimals);
  return v.div(scale).toDecimalPlaces(0, D.ROUND_HALF_EVEN).mul(scale);
}

/** A rounding mode for calculation checks: rounds a value to inferred decimals; undefined = the value is unknown. */
export interface CalcRoundingMode {
  name: string;
  round(v: Dec, decimals: InferredDecimals): Dec | undefined;
}

/** XBRL 2.1 section 5.2.5.2 with the 2013 errata: round half to even at the inferred decimals. */
export const xbrl21Rounding: CalcRoundingMode = {
  name: 'xbrl21',
  round(v, decimals) {
    if (decimals === 'unknown') return undefined;
    if (decimals === 'INF') return v;
    return roundHalfEven(v, decimals);
  },
};

/** Formats a decimal for a message: thousands separators, and `decimals` fraction digits when finite and positive. */
export function formatAmount(v: Dec, decimals: InferredDecimals): string {
  const s = amountParam(v, decimals);
  return /^-?\d+(\.\d+)?$/.test(s) && !(typeof decimals === 'number' && decimals > 60)
    ? s.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
    : s;
}

/**
 * A value as a message parameter: the decimal string `formatAmount` groups (`17500`, `-1234.56`), written to its
 * decimals; scientific notation beyond 60 digits either way. The message catalogs (src/messages) group the digits the
 * language's way.
 */
export function amountParam(v: Dec, decimals: InferredDecimals): string {
  // A value such as 1e999999999, or decimals="999999999", written out in full would be a string of a billion digits
  // (a hang found by fuzzing, issue 17): beyond 60 digits either way, scientific notation.
  if (!v.isZero() && Math.abs(v.e) > 60) return v.toSignificantDigits(20).toExponential();
  if (typeof decimals === 'number' && decimals > 60) return v.toString();
  return typeof decimals === 'number' ? v.toFixed(Math.max(decimals, 0)) : v.toFixed();
}

// ------------------------------------------------------------------------------------------ Calculations 1.1

/**
 * An interval of the real line with each end open or closed. Calculations 1.1 compares the interval a reported value
 * stands for (given its decimals and the processing mode) instead of rounded values.
 */
export interface Interval {
  lo: Dec;
  hi: Dec;
  loIncl: boolean;
  hiIncl: boolean;
}

/** A Calculations 1.1 processing mode: the interval of possible actual values of a fact reported as `v` with `decimals`. */
export interface Calc11RoundingMode extends CalcRoundingMode {
  /** `round` (round-to-nearest, the default) or `truncate` (truncation). */
  name: 'round' | 'truncate';
  /** Suffix of the mode's error codes, e.g. `calc11e:inconsistentCalculationUsing` + `Rounding`. */
  codeSuffix: 'Rounding' | 'Truncation';
  interval(v: Dec, decimals: number | 'INF'): Interval;
}

/** 10^-d for a whole number d. */
function unitAt(decimals: number): Dec {
  return new D(10).pow(-decimals);
}

const point = (v: Dec): Interval => ({ lo: v, hi: v, loIncl: true, hiIncl: true });

/**
 * Calculations 1.1 round-to-nearest mode: `v` with decimals d is any value that rounds to `v`, with ties either
 * way: [v - 0.5·10^-d, v + 0.5·10^-d]. Decimals INF: exactly v.
 */
export const calc11Rounding: Calc11RoundingMode = {
  name: 'round',
  codeSuffix: 'Rounding',
  round(v, decimals) {
    if (decimals === 'unknown') return undefined;
    if (decimals === 'INF') return v;
    return roundHalfEven(v, decimals);
  },
  interval(v, decimals) {
    if (decimals === 'INF') return point(v);
    const h = unitAt(decimals).div(2);
    return { lo: v.minus(h), hi: v.plus(h), loIncl: true, hiIncl: true };
  },
};

/**
 * Calculations 1.1 truncation mode: `v` with decimals d is any value that truncates (towards zero) to `v`:
 * [v, v + 10^-d) for v > 0, (v - 10^-d, v] for v < 0, (-10^-d, 10^-d) for v = 0. Decimals INF: exactly v.
 */
export const calc11Truncation: Calc11RoundingMode = {
  name: 'truncate',
  codeSuffix: 'Truncation',
  round(v, decimals) {
    if (decimals === 'unknown') return undefined;
    if (decimals === 'INF') return v;
    if (decimals >= 0) return decimals >= v.decimalPlaces() ? v : v.toDecimalPlaces(decimals, D.ROUND_DOWN);
    const scale = new D(10).pow(-decimals);
    return v.div(scale).toDecimalPlaces(0, D.ROUND_DOWN).mul(scale);
  },
  interval(v, decimals) {
    if (decimals === 'INF') return point(v);
    const u = unitAt(decimals);
    if (v.isZero()) return { lo: u.neg(), hi: u, loIncl: false, hiIncl: false };
    if (v.isPositive()) return { lo: v, hi: v.plus(u), loIncl: true, hiIncl: false };
    return { lo: v.minus(u), hi: v, loIncl: false, hiIncl: true };
  },
};

/** The Calculations 1.1 mode for a processor option (default round-to-nearest). */
export function calc11Mode(option: 'round' | 'truncate' | undefined): Calc11RoundingMode {
  return option === 'truncate' ? calc11Truncation : calc11Rounding;
}

/** Whether `v` has non-zero digits beyond `decimals` (Calculations 1.1 excess digits); never for INF. */
export function hasExcessDigits(v: Dec, decimals: number | 'INF'): boolean {
  if (decimals === 'INF') return false;
  return !v.mod(unitAt(decimals)).isZero();
}

/** w · I: a negative weight swaps the ends, a zero weight gives exactly 0. */
export function scaleInterval(i: Interval, w: Dec): Interval {
  if (w.isZero()) return point(new D(0));
  if (w.isPositive()) return { lo: i.lo.mul(w), hi: i.hi.mul(w), loIncl: i.loIncl, hiIncl: i.hiIncl };
  return { lo: i.hi.mul(w), hi: i.lo.mul(w), loIncl: i.hiIncl, hiIncl: i.loIncl };
}

/** Interval sum (Minkowski sum): an end is closed only when both ends it adds are closed. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi), loIncl: a.loIncl && b.loIncl, hiIncl: a.hiIncl && b.hiIncl };
}

/** The intersection of two intervals, or undefined when they do not meet. */
export function intersectIntervals(a: Interval, b: Interval): Interval | undefined {
  const c = a.lo.cmp(b.lo);
  const lo = c >= 0 ? a.lo : b.lo;
  const loIncl = c > 0 ? a.loIncl : c < 0 ? b.loIncl : a.loIncl && b.loIncl;
  const d = a.hi.cmp(b.hi);
  const hi = d <= 0 ? a.hi : b.hi;
  const hiIncl = d < 0 ? a.hiIncl : d > 0 ? b.hiIncl : a.hiIncl && b.hiIncl;
  const e = lo.cmp(hi);
  if (e > 0 || (e === 0 && !(loIncl && hiIncl))) return undefined;
  return { lo, hi, loIncl, hiIncl };
}

/** `[1,000.5, 1,001.5]`, `[10, 11)`, or just `10` for a point. */
export function formatInterval(i: Interval): string {
  if (i.lo.eq(i.hi)) return formatAmount(i.lo, 'INF');
  return `${i.loIncl ? '[' : '('}${formatAmount(i.lo, 'INF')}, ${formatAmount(i.hi, 'INF')}${i.hiIncl ? ']' : ')'}`;
}

/** An interval as a message parameter: its ends as decimal strings and whether each is included (src/messages). */
export function intervalParam(i: Interval): {
  lo: string;
  hi: string;
  loIncl: boolean;
  hiIncl: boolean;
  point: boolean;
} {
  return {
    lo: amountParam(i.lo, 'INF'),
    hi: amountParam(i.hi, 'INF'),
    loIncl: i.loIncl,
    hiIncl: i.hiIncl,
    point: i.lo.eq(i.hi),
  };
}
