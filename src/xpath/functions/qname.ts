/**
 * F&O section 11: functions on QNames: fn:resolve-QName (11.1.1), fn:QName (11.1.2), fn:prefix-from-QName (11.2.2),
 * fn:local-name-from-QName (11.2.3), fn:namespace-uri-from-QName (11.2.4), fn:namespace-uri-for-prefix (11.2.5),
 * fn:in-scope-prefixes (11.2.6). op:QName-equal is in atomic/compare.ts.
 *
 * Arguments: `params` declare the F&O signatures; the implementations also atomise and check the arguments
 * themselves (element arguments are checked to be element nodes, err:XPTY0004).
 */
import type { AtomicValue, FunctionDef, QName, Sequence, XNode } from '../types.js';
import { FN, XML, XPathError, isNode } from '../types.js';
import { oneString, optString, optTyped, st, str } from '../atomic/args.js';
import { isNCName } from '../atomic/types.js';

const ELEMENT = { item: { kind: 'node', test: { test: 'element' } }, occurrence: '' } as const;

function elementArg(seq: Sequence | undefined, fname: string): XNode {
  const it = seq?.length === 1 ? seq[0]! : undefined;
  if (it === undefined || !isNode(it) || it.nodeKind !== 'element')
    throw new XPathError('err:XPTY0004', `${fname}: expected one element node`);
  return it;
}

/** In-scope namespaces of an element, prefix '' = default; `xml` always bound. */
function inScope(e: XNode): Readonly<Record<string, string>> {
  const ns = e.inScopeNamespaces?.() ?? {};
  return ns.xml === undefined ? { ...ns, xml: XML } : ns;
}

/** Splits a lexical QName; err:FOCA0002 when it is not one. */
function splitQName(s: string, fname: string): [string, string] {
  const i = s.indexOf(':');
  const prefix = i < 0 ? '' : s.slice(0, i);
  const local = i < 0 ? s : s.slice(i + 1);
  if ((i >= 0 && !isNCName(prefix)) || !isNCName(local))
    throw new XPathError('err:FOCA0002', `${fname}: '${s}' is not a lexical QName`);
  return [prefix, local];
}

const qn = (q: QName): AtomicValue => ({ type: 'xs:QName', value: q });

function qnameArg(seq: Sequence | undefined, fname: string): QName | undefined {
  return optTyped(seq, 'xs:QName', fname)?.value as QName | undefined;
}

export const functions: FunctionDef[] = [
  {
    ns: FN,
    local: 'resolve-QName',
    minArgs: 2,
    maxArgs: 2,
    params: [st('string', '?'), ELEMENT],
    returns: st('QName', '?'),
    impl: (_ctx, args) => {
      const s = optString(args[0], 'fn:resolve-QName');
      if (s === undefined) return [];
      const [prefix, local] = splitQName(s.trim(), 'fn:resolve-QName');
      const ns = inScope(elementArg(args[1], 'fn:resolve-QName'))[prefix];
      if (ns === undefined && prefix !== '')
        throw new XPathError('err:FONS0004', `fn:resolve-QName: no namespace is bound to the prefix '${prefix}'`);
      return [qn(prefix ? { ns: ns!, local, prefix } : { ns: ns ?? '', local })];
    },
  },
  {
    ns: FN,
    local: 'QName',
    minArgs: 2,
    maxArgs: 2,
    params: [st('string', '?'), st('string')],
    returns: st('QName'),
    impl: (_ctx, args) => {
      const uri = optString(args[0], 'fn:QName') ?? '';
      const [prefix, local] = splitQName(oneString(args[1], 'fn:QName'), 'fn:QName');
      if (prefix && uri === '')
        throw new XPathError('err:FOCA0002', `fn:QName: the prefix '${prefix}' needs a namespace URI`);
      return [qn(prefix ? { ns: uri, local, prefix } : { ns: uri, local })];
    },
  },
  {
    ns: FN,
    local: 'prefix-from-QName',
    minArgs: 1,
    maxArgs: 1,
    params: [st('QName', '?')],
    returns: st('NCName', '?'),
    impl: (_ctx, args) => {
      const q = qnameArg(args[0], 'fn:prefix-from-QName');
      return q?.prefix ? [{ type: 'xs:NCName', value: q.prefix }] : [];
    },
  },
  {
    ns: FN,
    local: 'local-name-from-QName',
    minArgs: 1,
    maxArgs: 1,
    params: [st('QName', '?')],
    returns: st('NCName', '?'),
    impl: (_ctx, args) => {
      const q = qnameArg(args[0], 'fn:local-name-from-QName');
      return q ? [{ type: 'xs:NCName', value: q.local }] : [];
    },
  },
  {
    ns: FN,
    local: 'namespace-uri-from-QName',
    minArgs: 1,
    maxArgs: 1,
    params: [st('QName', '?')],
    returns: st('anyURI', '?'),
    impl: (_ctx, args) => {
      const q = qnameArg(args[0], 'fn:namespace-uri-from-QName');
      return q ? [{ type: 'xs:anyURI', value: q.ns }] : [];
    },
  },
  {
    ns: FN,
    local: 'namespace-uri-for-prefix',
    minArgs: 2,
    maxArgs: 2,
    params: [st('string', '?'), ELEMENT],
    returns: st('anyURI', '?'),
    impl: (_ctx, args) => {
      const prefix = optString(args[0], 'fn:namespace-uri-for-prefix') ?? '';
      const ns = inScope(elementArg(args[1], 'fn:namespace-uri-for-prefix'))[prefix];
      return ns === undefined || ns === '' ? [] : [{ type: 'xs:anyURI', value: ns }];
    },
  },
  {
    ns: FN,
    local: 'in-scope-prefixes',
    minArgs: 1,
    maxArgs: 1,
    params: [ELEMENT],
    returns: st('string', '*'),
    impl: (_ctx, args) => {
      const ns = inScope(elementArg(args[0], 'fn:in-scope-prefixes'));
      return Object.keys(ns)
        .filter((p) => ns[p] !== '' || p !== '')
        .map((p) => str(p));
    },
  },
];
