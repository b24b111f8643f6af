/**
 * Argument helpers for the F&O function modules: atomisation of one argument (XPath 2.0 2.4.2), the function
 * conversion rules for atomic parameters (XPath 2.0 3.1.5: xs:untypedAtomic cast to the expected type, numeric
 * promotion, xs:anyURI to xs:string), and SequenceType builders for `FunctionDef.params`.
 *
 * The function modules call these on every argument, so they work whether or not the caller already applied the
 * conversion rules from `params` (both are idempotent).
 */
import type { XDecimal } from '../decimal.js';
import type { AtomicValue, Item, Occurrence, Sequence, SequenceType } from '../types.js';
import { XPathError, XS, isNode } from '../types.js';
import { castAs } from './cast.js';
import { derivesFrom, isNumericType, primitiveOf } from './types.js';

/** SequenceType `xs:<local><occurrence>` for `params`/`returns`. */
export function st(local: string, occurrence: Occurrence = ''): SequenceType {
  return { item: { kind: 'atomic', name: { ns: XS, local, prefix: 'xs' } }, occurrence };
}
/** SequenceType `item()<occurrence>`. */
export function itemT(occurrence: Occurrence = '*'): SequenceType {
  return { item: { kind: 'item' }, occurrence };
}

/** Atomises a sequence (XPath 2.0 2.4.2): nodes to their typed values. */
export function atomize(seq: Sequence): AtomicValue[] {
  let out: AtomicValue[] | undefined;
  for (let i = 0; i < seq.length; i++) {
    const it = seq[i]!;
    if (isNode(it)) {
      out ??= seq.slice(0, i) as AtomicValue[];
      for (const a of it.typedValue()) out.push(a);
    } else if (out) out.push(it);
  }
  return out ?? (seq as AtomicValue[]);
}

function atomizeItem(it: Item): AtomicValue {
  if (!isNode(it)) return it;
  const tv = it.typedValue();
  if (tv.length !== 1)
    throw new XPathError('err:XPTY0004', `expected one atomic value, the node's typed value has ${tv.length}`);
  return tv[0]!;
}

/** Zero or one atomic value (`xs:anyAtomicType?`): err:XPTY0004 for more than one item. */
export function optAtomic(seq: Sequence | undefined, fname: string): AtomicValue | undefined {
  if (seq === undefined || seq.length === 0) return undefined;
  if (seq.length > 1) throw new XPathError('err:XPTY0004', `${fname}: expected at most one item, got ${seq.length}`);
  return atomizeItem(seq[0]!);
}

/** Exactly one atomic value: err:XPTY0004 for an empty sequence or more than one item. */
export function oneAtomic(seq: Sequence | undefined, fname: string): AtomicValue {
  const v = optAtomic(seq, fname);
  if (v === undefined) throw new XPathError('err:XPTY0004', `${fname}: an empty sequence is not allowed here`);
  return v;
}

/**
 * An `xs:string?` argument as a JS string ('' for the empty sequence unless `emptyAs` is given): accepts
 * xs:string and subtypes, xs:untypedAtomic, xs:anyURI (promotion); anything else err:XPTY0004.
 */
export function optString(seq: Sequence | undefined, fname: string): string | undefined {
  const v = optAtomic(seq, fname);
  if (v === undefined) return undefined;
  const p = primitiveOf(v.type);
  if (p === 'xs:string' || p === 'xs:untypedAtomic' || p === 'xs:anyURI') return v.value as string;
  throw new XPathError('err:XPTY0004', `${fname}: expected xs:string, got ${v.type}`);
}

export function stringArg(seq: Sequence | undefined, fname: string): string {
  return optString(seq, fname) ?? '';
}

export function oneString(seq: Sequence | undefined, fname: string): string {
  const s = optString(seq, fname);
  if (s === undefined) throw new XPathError('err:XPTY0004', `${fname}: an empty sequence is not allowed here`);
  return s;
}

/** A `numeric?` argument: xs:untypedAtomic is cast to xs:double (XPath 2.0 3.1.5); non-numerics err:XPTY0004. */
export function optNumeric(seq: Sequence | undefined, fname: string): AtomicValue | undefined {
  const v = optAtomic(seq, fname);
  if (v === undefined) return undefined;
  if (v.type === 'xs:untypedAtomic') return castAs(v, 'xs:double');
  if (!isNumericType(v.type)) throw new XPathError('err:XPTY0004', `${fname}: expected a numeric value, got ${v.type}`);
  return v;
}

/** An `xs:integer` argument as a JS number (fn:substring-like positions use doubles instead). */
export function oneInteger(seq: Sequence | undefined, fname: string): XDecimal {
  const v0 = oneAtomic(seq, fname);
  const v = v0.type === 'xs:untypedAtomic' ? castAs(v0, 'xs:integer') : v0;
  if (!derivesFrom(v.type, 'xs:integer'))
    throw new XPathError('err:XPTY0004', `${fname}: expected xs:integer, got ${v.type}`);
  return v.value as XDecimal;
}

/** An argument of an expected atomic type `type` (`occurrence` '?' or ''): untypedAtomic cast, subtypes accepted. */
export function optTyped(seq: Sequence | undefined, type: string, fname: string): AtomicValue | undefined {
  const v = optAtomic(seq, fname);
  if (v === undefined) return undefined;
  if (derivesFrom(v.type, type)) return v;
  if (v.type === 'xs:untypedAtomic') return castAs(v, type);
  if (type === 'xs:double' && isNumericType(v.type)) return castAs(v, 'xs:double');
  if (type === 'xs:string' && v.type === 'xs:anyURI') return { type: 'xs:string', value: v.value };
  throw new XPathError('err:XPTY0004', `${fname}: expected ${type}, got ${v.type}`);
}

export function oneTyped(seq: Sequence | undefined, type: string, fname: string): AtomicValue {
  const v = optTyped(seq, type, fname);
  if (v === undefined) throw new XPathError('err:XPTY0004', `${fname}: an empty sequence is not allowed here`);
  return v;
}

export const str = (s: string): AtomicValue => ({ type: 'xs:string', value: s });
export const bool = (b: boolean): AtomicValue => ({ type: 'xs:boolean', value: b });
