/**
 * Decimal arithmetic and rounding for calculation checks. All values are decimal.js `Decimal`s with enough
 * significant digits that sums and weighted terms are exact; JS numbers are never used for fact values.
 *
 * XBRL 2.1 (errata 2013) rounds to decimals, not precision: a fact's decimals are its `decimals` attribute or,
 * for a `precision` attribute, inferred per section 4.6.6 (decimals = precision - floor(log10|v|) - 1), and
 * rounding uses round-half-to-even (section 4.6.7.2; conformance 320 V-32..V-35). Calculations 1.1 will be
 * another `RoundingMode`; every caller goes through `CalcRoundingMode.round`.
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
  if (decimals >= 0) return v.toDecimalPlaces(decimals, D.ROUND_HALF_EVEN);
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
  const s = typeof decimals === 'number' ? v.toFixed(Math.max(decimals, 0)) : v.toFixed();
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? '.' + frac : ''}`;
}
