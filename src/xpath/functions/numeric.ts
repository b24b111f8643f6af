/**
 * F&O section 6.4: functions on numeric values: fn:abs, fn:ceiling, fn:floor, fn:round, fn:round-half-to-even.
 * Exact on xs:decimal and xs:integer (decimal.js); IEEE semantics on xs:double/xs:float (NaN, INF, -0 kept).
 * The result type is the argument's primitive numeric type, xs:integer for integer-derived types (F&O 6.4).
 *
 * Arguments: `params` are declared as `xs:anyAtomicType?` (F&O's `numeric?` has no SequenceType); each
 * implementation atomises and checks its argument itself (xs:untypedAtomic cast to xs:double, XPath 2.0 3.1.5).
 */
import { XDecimal } from '../decimal.js';
import type { AtomicValue, FunctionDef } from '../types.js';
import { FN } from '../types.js';
import { oneInteger, optNumeric, st } from '../atomic/args.js';
import { doubleFromDecimal, exactDecimalOfDouble } from '../atomic/cast.js';
import { isIntegerType, primitiveOf } from '../atomic/types.js';

function resultType(v: AtomicValue): string {
  const p = primitiveOf(v.type);
  return p === 'xs:decimal' && isIntegerType(v.type) ? 'xs:integer' : p;
}

function unaryNumeric(
  local: string,
  onDecimal: (d: XDecimal) => XDecimal,
  onDouble: (x: number) => number,
): FunctionDef {
  return {
    ns: FN,
    local,
    minArgs: 1,
    maxArgs: 1,
    params: [st('anyAtomicType', '?')],
    impl: (_ctx, args) => {
      const v = optNumeric(args[0], `fn:${local}`);
      if (v === undefined) return [];
      const type = resultType(v);
      if (typeof v.value === 'number') {
        const r = onDouble(v.value);
        return [{ type, value: type === 'xs:float' ? Math.fround(r) : r }];
      }
      const r = onDecimal(v.value as XDecimal);
      return [{ type, value: r.isZero() ? ZERO : r }];
    },
  };
}

const ZERO = new XDecimal(0);

/** fn:round on doubles (F&O 6.4.4): nearest, halves towards positive infinity; -0.4 gives -0. */
function roundDouble(x: number): number {
  return Math.round(x);
}

/**
 * fn:round-half-to-even (F&O 6.4.5) on an exact decimal: to `precision` fractional digits (negative: to a power of
 * ten), halves to the even neighbour.
 */
export function roundHalfToEven(d: XDecimal, precision: number): XDecimal {
  if (precision >= 0) return d.toDecimalPlaces(Math.min(precision, 1e6), XDecimal.ROUND_HALF_EVEN);
  const scale = new XDecimal(10).pow(-precision);
  return d.div(scale).toDecimalPlaces(0, XDecimal.ROUND_HALF_EVEN).times(scale);
}

export const functions: FunctionDef[] = [
  // 6.4.1 fn:abs
  unaryNumeric(
    'abs',
    (d) => d.abs(),
    (x) => Math.abs(x),
  ),
  // 6.4.2 fn:ceiling
  unaryNumeric(
    'ceiling',
    (d) => d.ceil(),
    (x) => Math.ceil(x),
  ),
  // 6.4.3 fn:floor
  unaryNumeric(
    'floor',
    (d) => d.floor(),
    (x) => Math.floor(x),
  ),
  // 6.4.4 fn:round
  unaryNumeric('round', (d) => d.toDecimalPlaces(0, XDecimal.ROUND_HALF_CEIL), roundDouble),
  // 6.4.5 fn:round-half-to-even
  {
    ns: FN,
    local: 'round-half-to-even',
    minArgs: 1,
    maxArgs: 2,
    params: [st('anyAtomicType', '?'), st('integer')],
    impl: (_ctx, args) => {
      const v = optNumeric(args[0], 'fn:round-half-to-even');
      if (v === undefined) return [];
      const p = args.length > 1 ? oneInteger(args[1], 'fn:round-half-to-even') : ZERO;
      const precision = p.gt(1e9) ? 1e9 : p.lt(-1e9) ? -1e9 : p.toNumber();
      const type = resultType(v);
      if (typeof v.value === 'number') {
        const x = v.value;
        if (!Number.isFinite(x) || x === 0) return [v.type === type ? v : { type, value: x }];
        if (precision < -400) return [{ type, value: x < 0 ? -0 : 0 }];
        // the exact binary value is rounded: xs:float('0.05') is slightly above 0.05 and rounds up (QT3 fn-round-half-to-even)
        const r = doubleFromDecimal(roundHalfToEven(exactDecimalOfDouble(x), precision));
        const signed = r === 0 && x < 0 ? -0 : r;
        return [{ type, value: type === 'xs:float' ? Math.fround(signed) : signed }];
      }
      const r = roundHalfToEven(v.value as XDecimal, precision);
      return [{ type, value: r.isZero() ? ZERO : r }];
    },
  },
];
