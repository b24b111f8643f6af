/**
 * F&O section 15, functions on sequences: 15.1 general (fn:boolean is in boolean.ts; fn:empty, fn:exists,
 * fn:distinct-values, fn:insert-before, fn:remove, fn:reverse, fn:subsequence, fn:unordered), 15.2 cardinality
 * (fn:zero-or-one err:FORG0003, fn:one-or-more err:FORG0004, fn:exactly-one err:FORG0005), 15.3 fn:deep-equal,
 * fn:index-of (15.1.3), fn:count (15.4.1; the aggregate module's definition wins when it has one), fn:id and
 * fn:idref (15.5.2-3, xml:id attributes only: the trees here are untyped).
 */
import { Decimal } from 'decimal.js';
import { atomicEquals, valueCompare } from '../atomic/index.js';
import type { AtomicValue, FunctionDef, Item, Sequence, XNode } from '../types.js';
import { XML, XPathError, isNode } from '../types.js';
import { EMPTY, bool, docOrder, int, rootOf, toNumber } from '../xdm.js';
import { atomicParam, fn, itemParam, nodeArg } from './util.js';

function rough(v: AtomicValue): string {
  const x = v.value;
  if (typeof x === 'string') return `s${x}`;
  // numeric values equal under any promotion have the same xs:float rounding: a safe (coarse) key
  if (typeof x === 'number') return Number.isNaN(x) ? 'nan' : `n${Math.fround(x)}`;
  if (x instanceof Decimal) return `n${Math.fround(x.toNumber())}`;
  if (typeof x === 'boolean') return `b${x}`;
  return 'o';
}

/** fn:distinct-values: first occurrence kept, equality per atomicEquals (NaN equals NaN), bucketed by a rough key. */
function distinct(vals: AtomicValue[], coll: string | undefined): AtomicValue[] {
  const buckets = new Map<string, AtomicValue[]>();
  const out: AtomicValue[] = [];
  for (const v of vals) {
    const k = rough(v);
    const b = buckets.get(k);
    if (!b) {
      buckets.set(k, [v]);
      out.push(v);
    } else if (!b.some((w) => atomicEquals(w, v, coll))) {
      b.push(v);
      out.push(v);
    }
  }
  return out;
}

/** fn:deep-equal of two items (F&O 15.3.1). */
export function deepEqualItems(a: Item, b: Item, coll?: string): boolean {
  const an = isNode(a);
  if (an !== isNode(b)) return false;
  if (!an) return atomicEquals(a as AtomicValue, b as AtomicValue, coll);
  return deepEqualNodes(a as XNode, b as XNode, coll);
}

function sameName(a: XNode, b: XNode): boolean {
  const x = a.nodeName,
    y = b.nodeName;
  if (!x || !y) return !x && !y;
  return x.local === y.local && x.ns === y.ns;
}

function significantChildren(n: XNode): XNode[] {
  return n.children().filter((c) => c.nodeKind !== 'comment' && c.nodeKind !== 'processing-instruction');
}

function deepEqualNodes(a: XNode, b: XNode, coll?: string): boolean {
  if (a.nodeKind !== b.nodeKind) return false;
  switch (a.nodeKind) {
    case 'document':
    case 'element': {
      if (a.nodeKind === 'element') {
        if (!sameName(a, b)) return false;
        const aa = a.attributes(),
          ba = b.attributes();
        if (aa.length !== ba.length) return false;
        for (const x of aa) {
          const y = ba.find((z) => sameName(x, z));
          if (!y || !deepEqualNodes(x, y, coll)) return false;
        }
      }
      const ac = significantChildren(a),
        bc = significantChildren(b);
      if (ac.length !== bc.length) return false;
      for (let i = 0; i < ac.length; i++) if (!deepEqualNodes(ac[i]!, bc[i]!, coll)) return false;
      return true;
    }
    case 'attribute': {
      if (!sameName(a, b)) return false;
      const x = a.typedValue(),
        y = b.typedValue();
      return x.length === y.length && x.every((v, i) => atomicEquals(v, y[i]!, coll));
    }
    case 'processing-instruction':
    case 'namespace':
      return sameName(a, b) && a.stringValue() === b.stringValue();
    default:
      return a.stringValue() === b.stringValue();
  }
}

/** fn:deep-equal of two sequences (F&O 15.3.1). */
export function deepEqual(a: Sequence, b: Sequence, coll?: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!deepEqualItems(a[i]!, b[i]!, coll)) return false;
  return true;
}

function collationArg(args: Sequence[], i: number, dflt: string | undefined): string | undefined {
  const c = args[i];
  if (!c || !c.length) return dflt;
  const uri = String((c[0] as AtomicValue).value);
  if (uri !== 'http://www.w3.org/2005/xpath-functions/collation/codepoint') {
    throw new XPathError('err:FOCH0002', `unsupported collation ${uri}`);
  }
  return uri;
}

/** XPath round (F&O 6.4.4): floor(x + 0.5), keeping NaN and infinities. */
function round(x: number): number {
  return Number.isFinite(x) ? Math.floor(x + 0.5) : x;
}

function idValues(args: Sequence[]): Set<string> {
  const ids = new Set<string>();
  for (const v of args[0] as AtomicValue[]) for (const t of String(v.value).split(/\s+/)) if (t) ids.add(t);
  return ids;
}

function walk(n: XNode, visit: (x: XNode) => void): void {
  const stack: XNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    visit(x);
    const k = x.children();
    for (let i = k.length - 1; i >= 0; i--) stack.push(k[i]!);
  }
}

export const functions: FunctionDef[] = [
  fn('empty', 1, 1, (_c, [a]) => bool(a!.length === 0)),
  fn('exists', 1, 1, (_c, [a]) => bool(a!.length > 0)),
  fn('count', 1, 1, (_c, [a]) => [int(a!.length)]),
  fn('reverse', 1, 1, (_c, [a]) => a!.slice().reverse()),
  fn('unordered', 1, 1, (_c, [a]) => a!),
  fn(
    'distinct-values',
    1,
    2,
    (c, args) => distinct(args[0] as AtomicValue[], collationArg(args, 1, c.defaultCollation)),
    {
      params: [atomicParam('anyAtomicType', '*'), atomicParam('string')],
    },
  ),
  fn(
    'index-of',
    2,
    3,
    (c, args) => {
      const coll = collationArg(args, 2, c.defaultCollation);
      const s = args[1]![0] as AtomicValue;
      const out: Item[] = [];
      (args[0] as AtomicValue[]).forEach((v, i) => {
        let eq: boolean;
        try {
          eq = valueCompare('eq', v, s, coll);
        } catch {
          eq = false;
        }
        if (eq) out.push(int(i + 1));
      });
      return out;
    },
    { params: [atomicParam('anyAtomicType', '*'), atomicParam('anyAtomicType'), atomicParam('string')] },
  ),
  fn(
    'insert-before',
    3,
    3,
    (_c, [t, p, ins]) => {
      const pos = Math.max(1, Math.min(toNumber(p![0] as AtomicValue), t!.length + 1));
      return [...t!.slice(0, pos - 1), ...ins!, ...t!.slice(pos - 1)];
    },
    { params: [itemParam('*'), atomicParam('integer'), itemParam('*')] },
  ),
  fn(
    'remove',
    2,
    2,
    (_c, [t, p]) => {
      const pos = toNumber(p![0] as AtomicValue);
      if (pos < 1 || pos > t!.length) return t!;
      return [...t!.slice(0, pos - 1), ...t!.slice(pos)];
    },
    { params: [itemParam('*'), atomicParam('integer')] },
  ),
  fn(
    'subsequence',
    2,
    3,
    (_c, args) => {
      const src = args[0]!;
      const start = round(toNumber(args[1]![0] as AtomicValue));
      if (args.length === 2)
        return Number.isNaN(start) ? EMPTY : src.slice(Math.max(1, Math.min(start, src.length + 1)) - 1);
      const len = round(toNumber(args[2]![0] as AtomicValue));
      const end = start + len; // positions p with start <= p < end
      if (Number.isNaN(start) || Number.isNaN(end)) return EMPTY;
      const from = Math.max(1, start);
      const to = Math.min(src.length + 1, end);
      if (from >= to) return EMPTY;
      return src.slice(from - 1, to - 1);
    },
    { params: [itemParam('*'), atomicParam('double'), atomicParam('double')] },
  ),
  fn('zero-or-one', 1, 1, (_c, [a]) => {
    if (a!.length > 1)
      throw new XPathError('err:FORG0003', `fn:zero-or-one() called with a sequence of ${a!.length} items`);
    return a!;
  }),
  fn('one-or-more', 1, 1, (_c, [a]) => {
    if (a!.length === 0) throw new XPathError('err:FORG0004', 'fn:one-or-more() called with an empty sequence');
    return a!;
  }),
  fn('exactly-one', 1, 1, (_c, [a]) => {
    if (a!.length !== 1)
      throw new XPathError('err:FORG0005', `fn:exactly-one() called with a sequence of ${a!.length} items`);
    return a!;
  }),
  fn('deep-equal', 2, 3, (c, args) => bool(deepEqual(args[0]!, args[1]!, collationArg(args, 2, c.defaultCollation))), {
    params: [itemParam('*'), itemParam('*'), atomicParam('string')],
  }),
  /** fn:id($arg as xs:string*, $node as node()) as element()*: elements with a matching xml:id attribute. */
  fn(
    'id',
    1,
    2,
    (c, args) => {
      const n = nodeArg(c, args, 1, 'id')!;
      const root = rootOf(n);
      if (root.nodeKind !== 'document')
        throw new XPathError('err:FODC0001', 'fn:id(): the node is not in a tree rooted at a document node');
      const ids = idValues(args);
      const out: XNode[] = [];
      walk(root, (x) => {
        if (x.nodeKind !== 'element') return;
        for (const a of x.attributes()) {
          if (a.nodeName?.ns === XML && a.nodeName.local === 'id' && ids.has(a.stringValue().trim())) out.push(x);
        }
      });
      return docOrder(out);
    },
    {
      params: [atomicParam('string', '*'), { item: { kind: 'node', test: { test: 'node' } }, occurrence: '' }],
      usesFocus: true,
    },
  ),
  fn(
    'idref',
    1,
    2,
    (c, args) => {
      const n = nodeArg(c, args, 1, 'idref')!;
      if (rootOf(n).nodeKind !== 'document')
        throw new XPathError('err:FODC0001', 'fn:idref(): the node is not in a tree rooted at a document node');
      return EMPTY;
    },
    {
      params: [atomicParam('string', '*'), { item: { kind: 'node', test: { test: 'node' } }, occurrence: '' }],
      usesFocus: true,
    },
  ),
];
