/**
 * F&O section 15.4: aggregate functions fn:sum, fn:avg, fn:min, fn:max (fn:count is in sequence.ts).
 * Numerics are promoted to a common type (XPath 2.0 B.1) and added exactly when they are xs:decimal/xs:integer;
 * xs:untypedAtomic values are cast to xs:double; xs:yearMonthDuration and xs:dayTimeDuration sequences aggregate
 * too; anything else is err:FORG0006.
 *
 * Arguments: `params` declare `xs:anyAtomicType*`; the implementations atomise the sequence themselves.
 */
import { XDecimal } from '../decimal.js';
import type { AtomicValue, DynamicContext, FunctionDef, Sequence } from '../types.js';
import { FN, XPathError } from '../types.js';
import { atomize, optAtomic, st } from '../atomic/args.js';
import { arithmetic } from '../atomic/arith.js';
import { castAs } from '../atomic/cast.js';
import { valueCompare } from '../atomic/compare.js';
import { collation } from './string.js';
import { isIntegerType, isNumericType, primitiveOf } from '../atomic/types.js';

const ZERO_INT: AtomicValue = { type: 'xs:integer', value: new XDecimal(0) };

function forg6(msg: string): never {
  throw new XPathError('err:FORG0006', msg);
}

/** Atomised values with xs:untypedAtomic cast to xs:double (F&O 15.4.2-15.4.5). */
function values(seq: Sequence): AtomicValue[] {
  const vs = atomize(seq);
  return vs.some((v) => v.type === 'xs:untypedAtomic')
    ? vs.map((v) => (v.type === 'xs:untypedAtomic' ? castAs(v, 'xs:double') : v))
    : vs;
}

/** The kind an aggregate works over: 'numeric', 'ym', 'dt', or the primitive type for min/max. */
function kindOf(v: AtomicValue): string {
  if (isNumericType(v.type)) return 'numeric';
  if (v.type === 'xs:yearMonthDuration') return 'ym';
  if (v.type === 'xs:dayTimeDuration') return 'dt';
  const p = primitiveOf(v.type);
  return p === 'xs:anyURI' ? 'xs:string' : p;
}

/** Sum of a non-empty sequence of one summable kind. */
function total(vs: AtomicValue[], fname: string): AtomicValue {
  const k = kindOf(vs[0]!);
  if (k !== 'numeric' && k !== 'ym' && k !== 'dt') forg6(`${fname}: values of type ${vs[0]!.type} cannot be added`);
  if (vs.length === 1) return vs[0]!;
  // fast path: all xs:decimal/xs:integer values summed exactly with one accumulator
  let allDecimal = true;
  for (const v of vs) {
    if (kindOf(v) !== k) forg6(`${fname}: cannot add values of types ${vs[0]!.type} and ${v.type}`);
    if (typeof v.value === 'number' || k !== 'numeric') allDecimal = false;
  }
  if (allDecimal) {
    let acc = vs[0]!.value as XDecimal;
    let integer = isIntegerType(vs[0]!.type);
    for (let i = 1; i < vs.length; i++) {
      acc = acc.plus(vs[i]!.value as XDecimal);
      integer &&= isIntegerType(vs[i]!.type);
    }
    return { type: integer ? 'xs:integer' : 'xs:decimal', value: acc.isZero() ? new XDecimal(0) : acc };
  }
  let acc = vs[0]!;
  for (let i = 1; i < vs.length; i++) acc = arithmetic('+', acc, vs[i]!);
  return acc;
}

function minMax(ctx: DynamicContext, args: Sequence[], op: 'lt' | 'gt', fname: string): Sequence {
  collation(ctx, args[1], fname);
  const vs = values(args[0]!);
  if (vs.length === 0) return [];
  const k = kindOf(vs[0]!);
  for (const v of vs) {
    if (kindOf(v) !== k) forg6(`${fname}: values of types ${vs[0]!.type} and ${v.type} cannot be compared`);
  }
  if (
    k === 'xs:QName' ||
    k === 'xs:hexBinary' ||
    k === 'xs:base64Binary' ||
    k === 'xs:NOTATION' ||
    k === 'xs:duration' ||
    k === 'xs:gYear' ||
    k === 'xs:gYearMonth' ||
    k === 'xs:gMonth' ||
    k === 'xs:gMonthDay' ||
    k === 'xs:gDay'
  ) {
    forg6(`${fname}: values of type ${vs[0]!.type} have no order`);
  }
  if (k === 'numeric') {
    // promote every value to the least common type (F&O 15.4.3/15.4.4)
    let rank = 0;
    for (const v of vs) {
      const p = primitiveOf(v.type);
      rank = Math.max(rank, p === 'xs:double' ? 3 : p === 'xs:float' ? 2 : isIntegerType(v.type) ? 0 : 1);
    }
    const target = ['xs:integer', 'xs:decimal', 'xs:float', 'xs:double'][rank]!;
    let best: AtomicValue | undefined;
    for (const v0 of vs) {
      // no promotion within xs:decimal: the value keeps its own (derived) type
      const v = rank <= 1 || primitiveOf(v0.type) === target ? v0 : castAs(v0, target);
      if (typeof v.value === 'number' && Number.isNaN(v.value)) return [v];
      if (best === undefined || valueCompare(op, v, best)) best = v;
    }
    return [best!];
  }
  let best = vs[0]!;
  for (let i = 1; i < vs.length; i++) {
    if (valueCompare(op, vs[i]!, best)) best = vs[i]!;
  }
  if (best.type === 'xs:anyURI' && vs.some((v) => v.type !== 'xs:anyURI'))
    best = { type: 'xs:string', value: best.value };
  return [best];
}

export const functions: FunctionDef[] = [
  // 15.4.5 fn:sum
  {
    ns: FN,
    local: 'sum',
    minArgs: 1,
    maxArgs: 2,
    params: [st('anyAtomicType', '*'), st('anyAtomicType', '?')],
    impl: (_ctx, args) => {
      const vs = values(args[0]!);
      if (vs.length === 0) {
        if (args.length < 2) return [ZERO_INT];
        const z = optAtomic(args[1], 'fn:sum');
        return z === undefined ? [] : [z.type === 'xs:untypedAtomic' ? castAs(z, 'xs:double') : z];
      }
      return [total(vs, 'fn:sum')];
    },
  },
  // 15.4.2 fn:avg
  {
    ns: FN,
    local: 'avg',
    minArgs: 1,
    maxArgs: 1,
    params: [st('anyAtomicType', '*')],
    impl: (_ctx, args) => {
      const vs = values(args[0]!);
      if (vs.length === 0) return [];
      const sum = total(vs, 'fn:avg');
      return [arithmetic('div', sum, { type: 'xs:integer', value: new XDecimal(vs.length) })];
    },
  },
  // 15.4.3 fn:max
  {
    ns: FN,
    local: 'max',
    minArgs: 1,
    maxArgs: 2,
    params: [st('anyAtomicType', '*'), st('string')],
    impl: (ctx, args) => minMax(ctx, args, 'gt', 'fn:max'),
  },
  // 15.4.4 fn:min
  {
    ns: FN,
    local: 'min',
    minArgs: 1,
    maxArgs: 2,
    params: [st('anyAtomicType', '*'), st('string')],
    impl: (ctx, args) => minMax(ctx, args, 'lt', 'fn:min'),
  },
];
