/**
 * XDM helpers shared by the evaluator and the function library (XPath 2.0 sections 2.3.2, 2.4.2, 2.4.3, 3.2;
 * XDM section 2.4): atomization, effective boolean value, document order, node kinds, small value constructors.
 * This module imports nothing from the evaluator or the function library (no import cycles).
 */
import { Decimal } from 'decimal.js';
import { XDecimal } from './decimal.js';
import type { AtomicValue, Item, Sequence, XNode } from './types.js';
import { XPathError, isNode } from './types.js';

export const EMPTY: Sequence = Object.freeze([]) as Sequence;
export const TRUE: AtomicValue = Object.freeze({ type: 'xs:boolean', value: true });
export const FALSE: AtomicValue = Object.freeze({ type: 'xs:boolean', value: false });
export const TRUE_SEQ: Sequence = Object.freeze([TRUE]);
export const FALSE_SEQ: Sequence = Object.freeze([FALSE]);

export function bool(b: boolean): Sequence {
  return b ? TRUE_SEQ : FALSE_SEQ;
}
export function str(s: string): AtomicValue {
  return { type: 'xs:string', value: s };
}
const SMALL_INTS: AtomicValue[] = [];
for (let i = 0; i <= 256; i++) SMALL_INTS.push(Object.freeze({ type: 'xs:integer', value: new XDecimal(i) }));
/** An xs:integer from a JS safe integer (small values shared). */
export function int(n: number): AtomicValue {
  return n >= 0 && n <= 256 && Number.isInteger(n) ? SMALL_INTS[n]! : { type: 'xs:integer', value: new XDecimal(n) };
}
export function dbl(n: number): AtomicValue {
  return { type: 'xs:double', value: n };
}

/** The xs:integer-derived built-in types (XML Schema Part 2, 3.3.13-3.3.25). */
export const INTEGER_TYPES = new Set([
  'xs:integer',
  'xs:nonPositiveInteger',
  'xs:negativeInteger',
  'xs:long',
  'xs:int',
  'xs:short',
  'xs:byte',
  'xs:nonNegativeInteger',
  'xs:unsignedLong',
  'xs:unsignedInt',
  'xs:unsignedShort',
  'xs:unsignedByte',
  'xs:positiveInteger',
]);

/** True for xs:double, xs:float, xs:decimal and types derived from them (by representation). */
export function isNumeric(v: AtomicValue): boolean {
  return typeof v.value === 'number' || v.value instanceof Decimal;
}
/** A numeric value as a JS number (for positions and counts). */
export function toNumber(v: AtomicValue): number {
  return typeof v.value === 'number' ? v.value : (v.value as Decimal).toNumber();
}

/** Atomization (XPath 2.0 2.4.2): nodes give their typed value, atomic values themselves. */
export function atomize(seq: Sequence): AtomicValue[] {
  if (seq.length === 1) {
    const it = seq[0]!;
    return isNode(it) ? it.typedValue().slice() : [it];
  }
  const out: AtomicValue[] = [];
  for (const it of seq) {
    if (isNode(it)) for (const v of it.typedValue()) out.push(v);
    else out.push(it);
  }
  return out;
}

/** Effective boolean value (XPath 2.0 2.4.3). Throws err:FORG0006 for sequences it is not defined on. */
export function ebv(seq: Sequence): boolean {
  if (seq.length === 0) return false;
  const first = seq[0]!;
  if (isNode(first)) return true;
  if (seq.length > 1)
    throw new XPathError(
      'err:FORG0006',
      `effective boolean value of a sequence of ${seq.length} atomic values starting with ${first.type}`,
    );
  const v = first.value;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return !(v === 0 || Number.isNaN(v));
  }
  if (v instanceof Decimal) return !v.isZero();
  throw new XPathError('err:FORG0006', `effective boolean value is not defined for ${first.type}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Document order (XPath 2.0 2.4.1; XDM 2.4): within a tree by `order`, across trees by a stable tree number.

const treeIds = new WeakMap<object, number>();
let nextTreeId = 1;
function treeId(t: object): number {
  let id = treeIds.get(t);
  if (id === undefined) {
    id = nextTreeId++;
    treeIds.set(t, id);
  }
  return id;
}

/** Negative when `a` is before `b` in document order, 0 for the same node. */
export function compareOrder(a: XNode, b: XNode): number {
  if (a === b) return 0;
  if (a.tree === b.tree) return a.order - b.order;
  return treeId(a.tree) - treeId(b.tree);
}

/** Nodes sorted in document order without duplicates (the result of a path step, union, intersect, except). */
export function docOrder(nodes: XNode[]): XNode[] {
  let sorted = true;
  for (let i = 1; i < nodes.length; i++) {
    if (compareOrder(nodes[i - 1]!, nodes[i]!) >= 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) return nodes;
  nodes.sort(compareOrder);
  const out: XNode[] = [];
  let prev: XNode | undefined;
  for (const n of nodes) {
    if (n !== prev) out.push(n);
    prev = n;
  }
  return out;
}

/** The root of a node's tree (fn:root). */
export function rootOf(n: XNode): XNode {
  let x = n;
  while (x.parent) x = x.parent;
  return x;
}

/** True when every item is a node. */
export function allNodes(seq: Sequence): seq is XNode[] {
  for (const it of seq) if (!isNode(it)) return false;
  return true;
}

/** The string value of an item (fn:string): nodes their dm:string-value, atomic values the cast to xs:string. */
export function itemString(it: Item, toStringValue: (v: AtomicValue) => string): string {
  if (isNode(it)) return it.stringValue();
  if (typeof it.value === 'string') return it.value;
  return toStringValue(it);
}
