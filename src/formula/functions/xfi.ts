/**
 * XBRL Functions 1.0 (the xfi: function registry, namespace http://www.xbrl.org/2008/function/instance) and the
 * formula function xff:has-fallback-value (http://www.xbrl.org/2010/function/formula), on the formula processor's
 * node views of the instance. Each function cites its registry entry (the function's local name is the registry
 * name; errors are the registry's xfie: codes).
 */
import { XDecimal } from '../../xpath/decimal.js';
import {
  isNode,
  XPathError,
  type AtomicValue,
  type DynamicContext,
  type FunctionDef,
  type Item,
  type QName,
  type Sequence,
  type XNode,
} from '../../xpath/types.js';
import type { Fact } from '../../instance/types.js';
import { cEqual, elementKey, sEqualElement, uEqual } from '../../instance/equality.js';
import { envOf, type FormulaEnv } from '../env.js';
import type { ElementNode } from '../nodes.js';
import { FNS } from '../namespaces.js';
import type { Aspect } from '../model.js';

const XFI = FNS.xfi;
const XBRLI = FNS.xbrli;

function env(ctx: DynamicContext): FormulaEnv {
  const e = envOf(ctx);
  if (!e) throw new XPathError('xfie:noInstance', 'XBRL functions need an instance being processed');
  return e;
}

function oneNode(args: Sequence[], i: number, what: string): XNode {
  const s = args[i] ?? [];
  if (s.length !== 1 || !isNode(s[0]!)) throw new XPathError('err:XPTY0004', `${what} must be one node`);
  return s[0] as XNode;
}

function factArg(ctx: DynamicContext, args: Sequence[], i: number, item = false): Fact {
  const n = oneNode(args, i, 'The fact argument');
  const f = env(ctx).factOf(n);
  if (!f) throw new XPathError('err:XPTY0004', 'The argument is not a fact of the instance');
  if (item && f.isTuple) throw new XPathError('err:XPTY0004', 'The argument is a tuple, not an item');
  return f;
}

function el(ctx: DynamicContext, x: import('../../xml/parse.js').XmlElement | undefined): Sequence {
  return x ? [env(ctx).nodes.node(x)] : [];
}

function bool(b: boolean): Sequence {
  return [{ type: 'xs:boolean', value: b }];
}

function qn(key: string): AtomicValue {
  const m = /^\{([^}]*)\}(.*)$/.exec(key);
  const value: QName = m ? { ns: m[1]!, local: m[2]! } : { ns: '', local: key };
  return { type: 'xs:QName', value };
}

function qnameArg(args: Sequence[], i: number): string {
  const v = (args[i] ?? [])[0];
  if (!v || isNode(v) || v.type !== 'xs:QName')
    throw new XPathError('err:XPTY0004', 'The argument must be an xs:QName');
  const q = v.value as QName;
  return q.ns ? `{${q.ns}}${q.local}` : q.local;
}

function contextOf(ctx: DynamicContext, f: Fact) {
  const c = f.contextRef !== undefined ? env(ctx).instance.contexts.get(f.contextRef) : undefined;
  if (!c) throw new XPathError('xfie:noContext', `The fact ${f.concept} has no context`);
  return c;
}

function child(x: import('../../xml/parse.js').XmlElement, local: string) {
  return x.children.find((c) => c.ns === XBRLI && c.local === local);
}

function periodOf(ctx: DynamicContext, args: Sequence[]) {
  const n = oneNode(args, 0, 'The period argument') as ElementNode;
  return n.element;
}

/** dateTime of a period boundary (registry: period-start / period-end / period-instant: a date means midnight; end/instant dates mean the next day's midnight). */
function dateTimeOf(text: string, end: boolean): AtomicValue {
  const t = text.trim();
  const m = /^(-?\d{4,})-(\d\d)-(\d\d)(T(\d\d):(\d\d):(\d\d(?:\.\d+)?))?(Z|[+-]\d\d:\d\d)?$/.exec(t);
  if (!m) throw new XPathError('err:FORG0001', `"${t}" is not a date or dateTime`);
  let year = Number(m[1]);
  let month = Number(m[2]);
  let day = Number(m[3]);
  let hour = m[4] ? Number(m[5]) : 0;
  const minute = m[4] ? Number(m[6]) : 0;
  const second = new XDecimal(m[4] ? m[7]! : '0');
  if (!m[4] && end) {
    const d = new Date(Date.UTC(year, month - 1, day + 1));
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
    hour = 0;
  }
  const tz =
    m[8] === undefined
      ? undefined
      : m[8] === 'Z'
        ? 0
        : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
  return {
    type: 'xs:dateTime',
    value: { year, month, day, hour, minute, second, ...(tz !== undefined ? { tz } : {}) },
  };
}

function def(
  local: string,
  min: number,
  max: number,
  impl: (ctx: DynamicContext, args: Sequence[]) => Sequence,
  ns: string = XFI,
  usesFocus = false,
): FunctionDef {
  return { ns, local, minArgs: min, maxArgs: max, impl, ...(usesFocus ? { usesFocus } : {}) };
}

const dims = (ctx: DynamicContext, f: Fact) => {
  const c = f.contextRef !== undefined ? env(ctx).instance.contexts.get(f.contextRef) : undefined;
  return c?.dimensions ?? [];
};

/** The xfi: and xff: functions of the formula processor. */
export const xfiFunctions: FunctionDef[] = [
  // Context, period, entity, unit accessors (registry 80100-80150)
  def('context', 1, 1, (ctx, a) => el(ctx, contextOf(ctx, factArg(ctx, a, 0, true)).element)),
  def('unit', 1, 1, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    const u = f.unitRef !== undefined ? env(ctx).instance.units.get(f.unitRef) : undefined;
    return u ? el(ctx, u.element) : [];
  }),
  def('unit-numerator', 1, 1, (ctx, a) => {
    const u = (oneNode(a, 0, 'The unit') as ElementNode).element;
    const d = child(u, 'divide');
    const holder = d ? child(d, 'unitNumerator') : u;
    return (holder?.children ?? []).filter((c) => c.local === 'measure').map((c) => env(ctx).nodes.node(c));
  }),
  def('unit-denominator', 1, 1, (ctx, a) => {
    const u = (oneNode(a, 0, 'The unit') as ElementNode).element;
    const d = child(u, 'divide');
    const holder = d ? child(d, 'unitDenominator') : undefined;
    return (holder?.children ?? []).filter((c) => c.local === 'measure').map((c) => env(ctx).nodes.node(c));
  }),
  def('measure-name', 1, 1, (_ctx, a) => {
    const m = (oneNode(a, 0, 'The measure') as ElementNode).element;
    const t = m.text.trim();
    const i = t.indexOf(':');
    const ns = i < 0 ? (m.scope[''] ?? '') : m.scope[t.slice(0, i)];
    if (ns === undefined) throw new XPathError('err:FONS0004', `The prefix of ${t} is not declared`);
    return [{ type: 'xs:QName', value: { ns, local: i < 0 ? t : t.slice(i + 1), prefix: i < 0 ? '' : t.slice(0, i) } }];
  }),
  def('period', 1, 1, (ctx, a) => el(ctx, child(contextOf(ctx, factArg(ctx, a, 0, true)).element, 'period'))),
  def('context-period', 1, 1, (ctx, a) =>
    el(ctx, child((oneNode(a, 0, 'The context') as ElementNode).element, 'period')),
  ),
  def('is-start-end-period', 1, 1, (ctx, a) => bool(!!child(periodOf(ctx, a), 'startDate'))),
  def('is-forever-period', 1, 1, (ctx, a) => bool(!!child(periodOf(ctx, a), 'forever'))),
  def('is-duration-period', 1, 1, (ctx, a) => bool(!child(periodOf(ctx, a), 'instant'))),
  def('is-instant-period', 1, 1, (ctx, a) => bool(!!child(periodOf(ctx, a), 'instant'))),
  def('period-start', 1, 1, (ctx, a) => {
    const p = periodOf(ctx, a);
    const s = child(p, 'startDate') ?? child(p, 'instant');
    if (child(p, 'forever')) throw new XPathError('xfie:PeriodIsForever', 'The period is forever and has no start');
    if (!s) throw new XPathError('err:XPTY0004', 'Not a period');
    return [dateTimeOf(s.text, s.local === 'instant')];
  }),
  def('period-end', 1, 1, (ctx, a) => {
    const p = periodOf(ctx, a);
    if (child(p, 'forever')) throw new XPathError('xfie:PeriodIsForever', 'The period is forever and has no end');
    const e = child(p, 'endDate') ?? child(p, 'instant');
    if (!e) throw new XPathError('err:XPTY0004', 'Not a period');
    return [dateTimeOf(e.text, true)];
  }),
  def('period-instant', 1, 1, (ctx, a) => {
    const p = periodOf(ctx, a);
    const i = child(p, 'instant');
    if (!i) throw new XPathError('xfie:PeriodIsNotInstant', 'The period is not an instant');
    return [dateTimeOf(i.text, true)];
  }),
  def('entity', 1, 1, (ctx, a) => el(ctx, child(contextOf(ctx, factArg(ctx, a, 0, true)).element, 'entity'))),
  def('context-entity', 1, 1, (ctx, a) =>
    el(ctx, child((oneNode(a, 0, 'The context') as ElementNode).element, 'entity')),
  ),
  def('identifier', 1, 1, (ctx, a) =>
    el(ctx, child(child(contextOf(ctx, factArg(ctx, a, 0, true)).element, 'entity')!, 'identifier')),
  ),
  def('context-identifier', 1, 1, (ctx, a) =>
    el(ctx, child(child((oneNode(a, 0, 'The context') as ElementNode).element, 'entity')!, 'identifier')),
  ),
  def('entity-identifier', 1, 1, (ctx, a) =>
    el(ctx, child((oneNode(a, 0, 'The entity') as ElementNode).element, 'identifier')),
  ),
  def('fact-identifier-value', 1, 1, (ctx, a) => [
    { type: 'xs:token', value: contextOf(ctx, factArg(ctx, a, 0, true)).entity.identifier },
  ]),
  def('fact-identifier-scheme', 1, 1, (ctx, a) => [
    { type: 'xs:anyURI', value: contextOf(ctx, factArg(ctx, a, 0, true)).entity.scheme },
  ]),
  def('identifier-value', 1, 1, (_ctx, a) => [
    { type: 'xs:token', value: oneNode(a, 0, 'The identifier').stringValue().trim() },
  ]),
  def('identifier-scheme', 1, 1, (_ctx, a) => {
    const i = (oneNode(a, 0, 'The identifier') as ElementNode).element;
    return [{ type: 'xs:anyURI', value: (i.attrs.get('scheme') ?? '').trim() }];
  }),
  def('segment', 1, 1, (ctx, a) => el(ctx, contextOf(ctx, factArg(ctx, a, 0, true)).segment)),
  def('entity-segment', 1, 1, (ctx, a) =>
    el(ctx, child((oneNode(a, 0, 'The entity') as ElementNode).element, 'segment')),
  ),
  def('context-segment', 1, 1, (ctx, a) =>
    el(ctx, child(child((oneNode(a, 0, 'The context') as ElementNode).element, 'entity')!, 'segment')),
  ),
  def('scenario', 1, 1, (ctx, a) => el(ctx, contextOf(ctx, factArg(ctx, a, 0, true)).scenario)),
  def('context-scenario', 1, 1, (ctx, a) =>
    el(ctx, child((oneNode(a, 0, 'The context') as ElementNode).element, 'scenario')),
  ),
  // Fact properties (registry 80200-80230)
  def('is-numeric', 1, 1, (ctx, a) => bool(!!env(ctx).taxonomy.concepts[qnameArg(a, 0)]?.numeric)),
  def('is-non-numeric', 1, 1, (ctx, a) => {
    const c = env(ctx).taxonomy.concepts[qnameArg(a, 0)];
    return bool(!!c && c.kind === 'item' && !c.numeric);
  }),
  def('is-fraction', 1, 1, (ctx, a) => bool(!!env(ctx).taxonomy.concepts[qnameArg(a, 0)]?.fraction)),
  def('precision', 1, 1, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    if (f.precision !== undefined)
      return [
        f.precision.trim() === 'INF'
          ? { type: 'xs:string', value: 'INF' }
          : { type: 'xs:nonNegativeInteger', value: new XDecimal(f.precision.trim()) },
      ];
    return [];
  }),
  def('decimals', 1, 1, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    if (f.decimals !== undefined)
      return [
        f.decimals.trim() === 'INF'
          ? { type: 'xs:string', value: 'INF' }
          : { type: 'xs:integer', value: new XDecimal(f.decimals.trim()) },
      ];
    return [];
  }),
  // Dimensions (registry 90100-90400)
  def('fact-has-explicit-dimension', 2, 2, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    const d = qnameArg(a, 1);
    return bool(
      dims(ctx, f).some((m) => m.dimension === d && m.member !== undefined) ||
        env(ctx).taxonomy.dimensions?.defaults[d] !== undefined,
    );
  }),
  def('fact-has-typed-dimension', 2, 2, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    const d = qnameArg(a, 1);
    return bool(dims(ctx, f).some((m) => m.dimension === d && m.typed !== undefined));
  }),
  def('fact-explicit-dimension-value', 2, 2, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    const d = qnameArg(a, 1);
    const m = dims(ctx, f).find((x) => x.dimension === d && x.member !== undefined);
    if (m) return [qn(m.member!)];
    const dflt = env(ctx).taxonomy.dimensions?.defaults[d];
    return dflt ? [qn(dflt)] : [];
  }),
  def('fact-typed-dimension-value', 2, 2, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    const d = qnameArg(a, 1);
    const m = dims(ctx, f).find((x) => x.dimension === d && x.typed !== undefined);
    return m?.typed?.children[0] ? el(ctx, m.typed.children[0]) : [];
  }),
  def('fact-explicit-dimensions', 1, 1, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    return dims(ctx, f)
      .filter((m) => m.member !== undefined)
      .map((m) => qn(m.dimension));
  }),
  def('fact-typed-dimensions', 1, 1, (ctx, a) => {
    const f = factArg(ctx, a, 0, true);
    return dims(ctx, f)
      .filter((m) => m.typed !== undefined)
      .map((m) => qn(m.dimension));
  }),
  def('fact-dimension-s-equal2', 3, 3, (ctx, a) => {
    const f1 = factArg(ctx, a, 0, true);
    const f2 = factArg(ctx, a, 1, true);
    const d = qnameArg(a, 2);
    const m1 = dims(ctx, f1).find((x) => x.dimension === d);
    const m2 = dims(ctx, f2).find((x) => x.dimension === d);
    if (!m1 || !m2) return bool(!m1 && !m2);
    if (m1.member !== undefined || m2.member !== undefined) return bool(m1.member === m2.member);
    return bool(sEqualElement(m1.typed?.children[0], m2.typed?.children[0], env(ctx).instance.declarations));
  }),
  // Equality predicates (registry 80300-80360)
  def('c-equal', 2, 2, (ctx, a) =>
    bool(
      cEqual(
        contextOf(ctx, factArg(ctx, a, 0, true)),
        contextOf(ctx, factArg(ctx, a, 1, true)),
        env(ctx).instance.declarations,
      ),
    ),
  ),
  def('u-equal', 2, 2, (ctx, a) => {
    const e = env(ctx);
    const u1 = factArg(ctx, a, 0, true).unitRef;
    const u2 = factArg(ctx, a, 1, true).unitRef;
    const x = u1 !== undefined ? e.instance.units.get(u1) : undefined;
    const y = u2 !== undefined ? e.instance.units.get(u2) : undefined;
    return bool(!x && !y ? true : !!x && !!y && uEqual(x, y));
  }),
  def('cu-equal', 2, 2, (ctx, a) => {
    const e = env(ctx);
    const f1 = factArg(ctx, a, 0, true);
    const f2 = factArg(ctx, a, 1, true);
    const x = f1.unitRef !== undefined ? e.instance.units.get(f1.unitRef) : undefined;
    const y = f2.unitRef !== undefined ? e.instance.units.get(f2.unitRef) : undefined;
    return bool(
      cEqual(contextOf(ctx, f1), contextOf(ctx, f2), e.instance.declarations) &&
        (!x && !y ? true : !!x && !!y && uEqual(x, y)),
    );
  }),
  def('p-equal', 2, 2, (ctx, a) => bool((factArg(ctx, a, 0).parent ?? null) === (factArg(ctx, a, 1).parent ?? null))),
  def('s-equal', 2, 2, (ctx, a) => {
    const x = (a[0] ?? []).filter(isNode) as ElementNode[];
    const y = (a[1] ?? []).filter(isNode) as ElementNode[];
    if (x.length !== y.length) throw new XPathError('xfie:NodesNotSameLength', 'The sequences differ in length');
    return bool(x.every((n, i) => sEqualElement(n.element, y[i]!.element, env(ctx).instance.declarations)));
  }),
  def('identical-nodes', 2, 2, (_ctx, a) => {
    const x = a[0] ?? [];
    const y = a[1] ?? [];
    return bool(x.length === y.length && x.every((n, i) => n === y[i]));
  }),
  def('nodes-correspond', 2, 2, (ctx, a) => {
    const x = oneNode(a, 0, 'The first node') as ElementNode;
    const y = oneNode(a, 1, 'The second node') as ElementNode;
    return bool(
      elementKey(x.element, env(ctx).instance.declarations) === elementKey(y.element, env(ctx).instance.declarations),
    );
  }),
  // Instance navigation (registry 80400-80430)
  def('facts-in-instance', 1, 1, (ctx) => env(ctx).instance.topFacts.map((f) => env(ctx).nodes.node(f.element))),
  def('items-in-instance', 1, 1, (ctx) =>
    env(ctx)
      .instance.topFacts.filter((f) => !f.isTuple)
      .map((f) => env(ctx).nodes.node(f.element)),
  ),
  def('tuples-in-instance', 1, 1, (ctx) =>
    env(ctx)
      .instance.topFacts.filter((f) => f.isTuple)
      .map((f) => env(ctx).nodes.node(f.element)),
  ),
  def('items-in-tuple', 1, 1, (ctx, a) =>
    factArg(ctx, a, 0)
      .children.filter((f) => !f.isTuple)
      .map((f) => env(ctx).nodes.node(f.element)),
  ),
  def('tuples-in-tuple', 1, 1, (ctx, a) =>
    factArg(ctx, a, 0)
      .children.filter((f) => f.isTuple)
      .map((f) => env(ctx).nodes.node(f.element)),
  ),
  def('non-nil-facts-in-instance', 1, 1, (ctx) =>
    env(ctx)
      .instance.facts.filter((f) => !f.nil)
      .map((f) => env(ctx).nodes.node(f.element)),
  ),
  // Concepts (registry 80500-80540)
  def('concept-balance', 1, 1, (ctx, a) => {
    const c = env(ctx).taxonomy.concepts[qnameArg(a, 0)];
    if (!c) throw new XPathError('xfie:invalidConceptQName', 'Not a concept');
    return c.balance ? [{ type: 'xs:string', value: c.balance }] : [];
  }),
  def('concept-period-type', 1, 1, (ctx, a) => {
    const c = env(ctx).taxonomy.concepts[qnameArg(a, 0)];
    if (!c) throw new XPathError('xfie:invalidConceptQName', 'Not a concept');
    return c.periodType ? [{ type: 'xs:string', value: c.periodType }] : [];
  }),
  def('concept-substitutions', 1, 1, (ctx, a) => {
    const c = env(ctx).taxonomy.concepts[qnameArg(a, 0)];
    if (!c) throw new XPathError('xfie:invalidConceptQName', 'Not a concept');
    return c.substitutionGroups.map(qn);
  }),
  def('concept-data-type', 1, 1, (ctx, a) => {
    const c = env(ctx).taxonomy.concepts[qnameArg(a, 0)];
    if (!c) throw new XPathError('xfie:invalidConceptQName', 'Not a concept');
    return c.type && !c.type.startsWith('#') ? [qn(c.type)] : [];
  }),
  def('any-identifier', 0, 0, (ctx) => {
    const first = [...env(ctx).instance.contexts.values()][0];
    return first ? el(ctx, child(child(first.element, 'entity')!, 'identifier')) : [];
  }),
  def('unique-identifiers', 0, 0, (ctx) => {
    const seen = new Set<string>();
    const out: Item[] = [];
    for (const c of env(ctx).instance.contexts.values()) {
      const k = `${c.entity.scheme}\u0000${c.entity.identifier}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(env(ctx).nodes.node(child(child(c.element, 'entity')!, 'identifier')!));
    }
    return out;
  }),
  def('single-unique-identifier', 0, 0, (ctx) => {
    const keys = new Set(
      [...env(ctx).instance.contexts.values()].map((c) => `${c.entity.scheme}\u0000${c.entity.identifier}`),
    );
    return bool(keys.size === 1);
  }),
  // xff:has-fallback-value (Formula 1.0 function registry 3.2)
  def('has-fallback-value', 1, 1, (ctx, a) => bool(env(ctx).fallbackBound.has(qnameArg(a, 0))), FNS.xff),
  // xff:uncovered-aspect($aspect, $dimension?) (Formula 1.0 function registry): the value of an aspect no variable
  // of the evaluation covers, from the fact the implicit filter matched it on; empty when the aspect is covered
  def('uncovered-aspect', 1, 2, (ctx, a) => uncoveredAspect(ctx, a), FNS.xff),
];

const ASPECT_TOKENS: Record<string, Aspect> = {
  concept: 'concept',
  'entity-identifier': 'entityIdentifier',
  period: 'period',
  unit: 'unit',
  'complete-segment': 'completeSegment',
  'complete-scenario': 'completeScenario',
  'non-XDT-segment': 'nonXDTSegment',
  'non-XDT-scenario': 'nonXDTScenario',
  location: 'location',
};

/**
 * xff:uncovered-aspect: concept as xs:QName; entity-identifier, period, unit, complete segment/scenario as their
 * elements; non-XDT segment/scenario as their non-dimensional children; `dimension` with a QName as the explicit
 * member's xs:QName (the default when the fact has none) or the typed member's element.
 * @throws XPathError xffe:invalidFunctionUse outside a variable-set evaluation or without implicit filtering
 */
function uncoveredAspect(ctx: DynamicContext, a: Sequence[]): Sequence {
  const e = env(ctx);
  const token = (a[0] ?? [])[0];
  const name = token === undefined ? '' : isNode(token) ? token.stringValue().trim() : String(token.value).trim();
  const aspect: Aspect | undefined =
    name === 'dimension' ? `dimension:${qnameArg(a, 1)}` : (ASPECT_TOKENS[name] as Aspect | undefined);
  if (!aspect) throw new XPathError('err:XPTY0004', `"${name}" is not an aspect name`);
  if (!e.uncovered || !e.uncovered.implicitFiltering)
    throw new XPathError(
      'xffe:invalidFunctionUse',
      'xff:uncovered-aspect needs the evaluation of a variable set with implicit filtering',
    );
  const fa = e.uncovered.facts.get(aspect);
  if (!fa) return [];
  const f = fa.fact;
  const c = f.contextRef !== undefined ? e.instance.contexts.get(f.contextRef) : undefined;
  const entity = c ? child(c.element, 'entity') : undefined;
  const nonXdt = (x: import('../../xml/parse.js').XmlElement | undefined) =>
    (x?.children ?? []).filter((ch) => ch.ns !== 'http://xbrl.org/2006/xbrldi').map((ch) => e.nodes.node(ch));
  switch (aspect) {
    case 'concept':
      return [qn(f.concept)];
    case 'entityIdentifier':
      return el(ctx, entity ? child(entity, 'identifier') : undefined);
    case 'period':
      return el(ctx, c ? child(c.element, 'period') : undefined);
    case 'unit':
      return el(ctx, f.unitRef !== undefined ? e.instance.units.get(f.unitRef)?.element : undefined);
    case 'completeSegment':
      return el(ctx, c?.segment);
    case 'completeScenario':
      return el(ctx, c?.scenario);
    case 'nonXDTSegment':
      return nonXdt(c?.segment);
    case 'nonXDTScenario':
      return nonXdt(c?.scenario);
    case 'location':
      return el(ctx, f.element.parent);
    default: {
      const d = aspect.slice(10);
      const m = dims(ctx, f).find((x) => x.dimension === d);
      if (m?.member !== undefined) return [qn(m.member)];
      if (m?.typed) return el(ctx, m.typed.children[0]);
      const dflt = e.taxonomy.dimensions?.defaults[d];
      return dflt ? [qn(dflt)] : [];
    }
  }
}
