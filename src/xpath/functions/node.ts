/**
 * F&O section 2 (accessors: fn:node-name, fn:nilled, fn:string, fn:data, fn:base-uri, fn:document-uri) and section 14
 * (functions on nodes: fn:name, fn:local-name, fn:namespace-uri, fn:number, fn:lang, fn:root).
 * Without an argument they take the context item (err:XPDY0002 when absent, err:XPTY0004 when not a node).
 */
import { castAs, toStringValue } from '../atomic/index.js';
import type { AtomicValue, FunctionDef, Item, XNode } from '../types.js';
import { XML, XPathError, isNode } from '../types.js';
import { EMPTY, atomize, bool, dbl, rootOf, str } from '../xdm.js';
import { atomicParam, contextItem, fn, nodeArg, nodeParam } from './util.js';

/** The string value of an item: dm:string-value of a node, the xs:string cast of an atomic value (F&O 2.3). */
export function stringOf(it: Item): string {
  if (isNode(it)) return it.stringValue();
  return typeof it.value === 'string' ? it.value : toStringValue(it);
}

/** fn:number semantics (F&O 14.5): xs:double of the value, NaN when it cannot be cast. */
export function numberOf(v: AtomicValue | undefined): number {
  if (!v) return NaN;
  if (v.type === 'xs:double') return v.value as number;
  try {
    return castAs(v, 'xs:double').value as number;
  } catch {
    return NaN;
  }
}

function nameOf(n: XNode): string {
  const q = n.nodeName;
  if (!q) return '';
  if (n.nodeKind === 'namespace' || n.nodeKind === 'processing-instruction') return q.local;
  return q.prefix ? `${q.prefix}:${q.local}` : q.local;
}

function langMatches(n: XNode, lang: string): boolean {
  for (let x: XNode | undefined = n; x; x = x.parent) {
    if (x.nodeKind !== 'element') continue;
    for (const a of x.attributes()) {
      if (a.nodeName?.ns === XML && a.nodeName.local === 'lang') {
        const v = a.stringValue().toLowerCase();
        const t = lang.toLowerCase();
        return v === t || v.startsWith(t + '-');
      }
    }
  }
  return false;
}

const optNode = [nodeParam('?')];

export const functions: FunctionDef[] = [
  /** fn:node-name($arg as node()?) as xs:QName? (F&O 2.1) */
  fn(
    'node-name',
    1,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'node-name');
      return n?.nodeName && n.nodeKind !== 'namespace'
        ? [{ type: 'xs:QName', value: n.nodeName }]
        : n?.nodeName && n.nodeName.local
          ? [{ type: 'xs:QName', value: { ns: '', local: n.nodeName.local } }]
          : EMPTY;
    },
    { params: optNode },
  ),
  /** fn:nilled($arg as node()?) as xs:boolean? (F&O 2.2) */
  fn(
    'nilled',
    1,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'nilled');
      return n && n.nodeKind === 'element' ? bool(n.nilled ?? false) : EMPTY;
    },
    { params: optNode },
  ),
  /** fn:string($arg as item()?) as xs:string (F&O 2.3) */
  fn(
    'string',
    0,
    1,
    (c, a) => {
      if (a.length === 0) return [str(stringOf(contextItem(c, 'string')))];
      const v = a[0]!;
      if (v.length > 1) throw new XPathError('err:XPTY0004', 'fn:string() takes at most one item');
      return [str(v.length ? stringOf(v[0]!) : '')];
    },
    { usesFocus: true },
  ),
  /** fn:data($arg as item()*) as xs:anyAtomicType* (F&O 2.4) */
  fn('data', 1, 1, (_c, [a]) => atomize(a!)),
  /** fn:base-uri($arg as node()?) as xs:anyURI? (F&O 2.5) */
  fn(
    'base-uri',
    0,
    1,
    (c, a) => {
      if (a.length === 0 && c.contextItem === undefined)
        throw new XPathError('err:XPDY0002', 'fn:base-uri() needs a context item');
      const n = nodeArg(c, a, 0, 'base-uri');
      const b = n?.baseURI;
      return b ? [{ type: 'xs:anyURI', value: b }] : EMPTY;
    },
    { usesFocus: true },
  ),
  /** fn:document-uri($arg as node()?) as xs:anyURI? (F&O 2.6) */
  fn(
    'document-uri',
    1,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'document-uri');
      return n && n.nodeKind === 'document' && n.documentURI ? [{ type: 'xs:anyURI', value: n.documentURI }] : EMPTY;
    },
    { params: optNode },
  ),
  /** fn:name($arg as node()?) as xs:string (F&O 14.1) */
  fn(
    'name',
    0,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'name');
      return [str(n ? nameOf(n) : '')];
    },
    { usesFocus: true },
  ),
  /** fn:local-name($arg as node()?) as xs:string (F&O 14.2) */
  fn(
    'local-name',
    0,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'local-name');
      return [str(n?.nodeName?.local ?? '')];
    },
    { usesFocus: true },
  ),
  /** fn:namespace-uri($arg as node()?) as xs:anyURI (F&O 14.3) */
  fn(
    'namespace-uri',
    0,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'namespace-uri');
      const ns = n && (n.nodeKind === 'element' || n.nodeKind === 'attribute') ? (n.nodeName?.ns ?? '') : '';
      return [{ type: 'xs:anyURI', value: ns }];
    },
    { usesFocus: true },
  ),
  /** fn:number($arg as xs:anyAtomicType?) as xs:double (F&O 14.5) */
  fn(
    'number',
    0,
    1,
    (c, a) => {
      if (a.length === 0) return [dbl(numberOf(atomize([contextItem(c, 'number')])[0]))];
      const v = atomize(a[0]!);
      if (v.length > 1) throw new XPathError('err:XPTY0004', 'fn:number() takes at most one item');
      return [dbl(numberOf(v[0]))];
    },
    { usesFocus: true },
  ),
  /** fn:lang($testlang as xs:string?, $node as node()) as xs:boolean (F&O 14.4) */
  fn(
    'lang',
    1,
    2,
    (c, a) => {
      const n = nodeArg(c, a, 1, 'lang')!;
      const t = a[0]!.length ? String((a[0]![0] as AtomicValue).value) : '';
      return bool(langMatches(n, t));
    },
    { params: [atomicParam('string', '?'), nodeParam()], usesFocus: true },
  ),
  /** fn:root($arg as node()?) as node()? (F&O 14.9) */
  fn(
    'root',
    0,
    1,
    (c, a) => {
      const n = nodeArg(c, a, 0, 'root');
      return n ? [rootOf(n)] : EMPTY;
    },
    { usesFocus: true },
  ),
];
