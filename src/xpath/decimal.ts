/**
 * The exact decimal type of the XPath engine: xs:decimal and xs:integer values are `XDecimal` (decimal.js) with
 * enough significant digits that addition, subtraction and multiplication of real-world amounts are exact, and with
 * plain (never exponential) string forms. Division keeps 40 significant digits (implementation-defined precision,
 * F&O section 6.2.4), rounded half-to-even.
 */
import { Decimal } from 'decimal.js';

export const XDecimal = Decimal.clone({
  precision: 1000,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});
export type XDecimal = Decimal;

/** Significant digits kept by xs:decimal division (F&O 6.2.4: implementation-defined). */
export const DIVISION_DIGITS = 40;
