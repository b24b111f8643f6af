/**
 * Filters as predicates over indexed facts (the filter specifications of XBRL Formula 1.0; each case cites its
 * specification), and the aspects each filter covers (Variables 1.0 section 3.5.2.2: a filter on a variable-filter
 * arc with cover="true" covers its aspects).
 *
 * A filter's expressions are evaluated with the variables bound so far; the context item is what the filter's
 * specification names (the fact, its period, identifier, segment, unit, typed-dimension value).
 */
import { canonicalDateTime } from '../instance/equality.js';
import { castAs } from '../xpath/atomic/cast.js';
import { xpathRegex } from '../xpath/functions/regex.js';
import { generalCompare } from '../xpath/atomic/compare.js';
import { atomize } from '../xpath/xdm.js';
import type { Fact } from '../instance/types.js';
import { isNode, XPathError, type AtomicValue, type Item, type QName, type Sequence } from '../xpath/types.js';
import { aspectValue, type AspectIndex, type FactAspects } from './aspects.js';
import type { FormulaEnv } from './env.js';
import type { Aspect, ClarkName, Filter, QNameOrExpr, XPathSource } from './model.js';
import { ebv } from './evaluate.js';
import { conceptRelationships, relationshipSet, XFI_ROOT, type RelationshipAxis } from './relationships.js';

export interface FilterEnv {
  env: FormulaEnv;
  index: AspectIndex;
  ev(src: XPathSource, vars: ReadonlyMap<string, Sequence>, contextItem?: Item): Sequence;
}

const XBRLI = 'http://www.xbrl.org/2003/instance';
const DIMENSION_DOMAIN = 'http://xbrl.org/int/dim/arcrole/dimension-domain';
const DOMAIN_MEMBER = 'http://xbrl.org/int/dim/arcrole/domain-member';

/** Aspects a filter covers when its arc has cover="true". */
export function coveredAspects(f: Filter, fenv: { index: { dimensions: Iterable<string> } }): Aspect[] {
  switch (f.kind) {
    case 'conceptName':
    case 'conceptPeriodType':
    case 'conceptBalance':
    case 'conceptCustomAttribute':
    case 'conceptDataType':
    case 'conceptSubstitutionGroup':
    case 'conceptRelation':
      return ['concept'];
    case 'andFilter':
    case 'orFilter': {
      const out = new Set<Aspect>();
      // Boolean Filters 1.0 section 2: the aspects of the sub-filters whose boolean-filter arc has cover="true"
      for (const s of f.subFilters) if (s.cover) for (const a of coveredAspects(s.filter, fenv)) out.add(a);
      return [...out];
    }
    case 'explicitDimension':
    case 'typedDimension':
      return 'qname' in f.dimension ? [`dimension:${f.dimension.qname}`] : [];
    case 'identifier':
    case 'specificScheme':
    case 'specificIdentifier':
    case 'regexpScheme':
    case 'regexpIdentifier':
      return ['entityIdentifier'];
    case 'match':
      return [f.aspect];
    case 'period':
    case 'periodStart':
    case 'periodEnd':
    case 'periodInstant':
    case 'forever':
    case 'instantDuration':
      return ['period'];
    case 'segment':
      return ['completeSegment'];
    case 'scenario':
      return ['completeScenario'];
    case 'parent':
    case 'ancestor':
    case 'sibling':
    case 'location':
      return ['location'];
    case 'singleMeasure':
    case 'generalMeasures':
      return ['unit'];
    case 'aspectCover': {
      const out: Aspect[] = [...f.aspects];
      if (f.allDimensions) {
        const excluded = new Set(
          f.excludeDimensions.filter((d) => 'qname' in d).map((d) => (d as { qname: string }).qname),
        );
        for (const d of fenv.index.dimensions) if (!excluded.has(d)) out.push(`dimension:${d}`);
      }
      for (const d of f.dimensions) if ('qname' in d) out.push(`dimension:${d.qname}`);
      return out;
    }
    case 'relative':
      return [];
    default:
      return [];
  }
}

function qnameKey(v: Item): string {
  if (isNode(v)) return v.stringValue().trim();
  if (v.type !== 'xs:QName') throw new XPathError('err:XPTY0004', `Expected an xs:QName, got ${v.type}`);
  const q = v.value as QName;
  return q.ns ? `{${q.ns}}${q.local}` : q.local;
}

function qnames(q: QNameOrExpr, fa: FactAspects, vars: ReadonlyMap<string, Sequence>, fenv: FilterEnv): string[] {
  if ('qname' in q) return [q.qname];
  return fenv.ev(q.expr, vars, node(fa, fenv)).map(qnameKey);
}

function node(fa: FactAspects, fenv: FilterEnv) {
  return fenv.env.nodes.node(fa.fact.element);
}

function boundFacts(name: ClarkName, vars: ReadonlyMap<string, Sequence>, fenv: FilterEnv): FactAspects[] {
  const out: FactAspects[] = [];
  for (const i of vars.get(name) ?? []) {
    if (!isNode(i)) continue;
    const f = fenv.env.factOf(i);
    const fa = f ? fenv.index.byFact.get(f) : undefined;
    if (fa) out.push(fa);
  }
  return out;
}

function strings(s: Sequence): string[] {
  return s.map((i) => (isNode(i) ? i.stringValue() : String((i as AtomicValue).value)));
}

/** The lexical form of the one date, dateTime or time item of `s` (its xs:string cast), undefined when `s` is empty. */
function dateTimeText(s: Sequence): string | undefined {
  const i = s[0];
  if (i === undefined) return undefined;
  if (isNode(i)) return i.stringValue().trim();
  return String(castAs(i, 'xs:string').value).trim();
}

function periodChild(fact: Fact, fenv: FilterEnv, local: string) {
  const c = fact.contextRef !== undefined ? fenv.env.instance.contexts.get(fact.contextRef) : undefined;
  const p = c?.element.children.find((x) => x.ns === XBRLI && x.local === 'period');
  return p && local ? p.children.find((x) => x.ns === XBRLI && x.local === local) : p;
}

/** Members reachable from `from` in the definition networks of `linkrole` with `arcrole` along `axis` (Dimension Filters 1.0 section 2.1). */
function domainMembers(
  fenv: FilterEnv,
  from: string,
  linkrole: string | undefined,
  arcrole: string | undefined,
  axis: string,
): Set<string> {
  const out = new Set<string>();
  const arcroles = arcrole ? [arcrole] : [DIMENSION_DOMAIN, DOMAIN_MEMBER];
  const children = new Map<string, string[]>();
  for (const n of fenv.env.taxonomy.networks) {
    if (!arcroles.includes(n.arcrole) || (linkrole && n.role !== linkrole)) continue;
    for (const r of n.relationships) {
      let l = children.get(r.from);
      if (!l) children.set(r.from, (l = []));
      l.push(r.to);
    }
  }
  if (axis.endsWith('-or-self')) out.add(from);
  const deep = axis.startsWith('descendant');
  const walk = (x: string) => {
    for (const c of children.get(x) ?? []) {
      if (out.has(c) && c !== from) continue;
      out.add(c);
      if (deep) walk(c);
    }
  };
  walk(from);
  return out;
}

function inferredPrecision(f: Fact): number {
  if (f.precision !== undefined) return f.precision.trim() === 'INF' ? Infinity : Number(f.precision);
  if (f.decimals === undefined) return 0;
  const d = f.decimals.trim();
  if (d === 'INF') return Infinity;
  const v = f.value.trim().replace(/^[+-]/, '');
  const m = /^0*(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(v);
  if (!m) return 0;
  const intDigits = m[1]!.length;
  const exp = Number(m[3] ?? 0);
  if (Number(v) === 0) return 0;
  let lead = intDigits + exp;
  if (intDigits === 0) {
    const z = /^0*/.exec(m[2] ?? '')![0].length;
    lead = -z + exp;
  }
  return Math.max(0, lead + Number(d));
}

/**
 * Whether the fact passes the filter (before complement).
 * @param uncovered the aspects of the variable set's aspect model that the filtering fact variable's filters leave
 *   uncovered (Variables 1.0 section 3.5.2.2): the aspects a relative filter compares; when absent it compares
 *   every aspect but the concept
 * @throws XPathError for dynamic errors of the filter's expressions
 */
export function evaluateFilter(
  f: Filter,
  fa: FactAspects,
  vars: ReadonlyMap<string, Sequence>,
  fenv: FilterEnv,
  uncovered?: readonly Aspect[],
): boolean {
  const fact = fa.fact;
  const concept = fenv.env.taxonomy.concepts[fact.concept];
  switch (f.kind) {
    // Concept Filters 1.0 section 3
    case 'conceptName':
      return f.concepts.some((q) => qnames(q, fa, vars, fenv).includes(fact.concept));
    case 'conceptPeriodType':
      return concept?.periodType === f.periodType;
    case 'conceptBalance':
      return f.balance === 'none' ? !concept?.balance : concept?.balance === f.balance;
    case 'conceptCustomAttribute': {
      const [a] = qnames(f.attribute, fa, vars, fenv);
      const v = a ? concept?.otherAttributes?.[a] : undefined;
      if (v === undefined) return false;
      if (!f.value) return true;
      // Concept Filters 1.0 section 2.5: the attribute's value equals the @value expression's value; without the
      // attribute's declared type the value is untyped and compared as XPath 2.0 section 3.5.2 compares untyped data
      const attrValue: AtomicValue = { type: 'xs:untypedAtomic', value: v };
      return atomize(fenv.ev(f.value, vars, node(fa, fenv))).some((w) => {
        try {
          return generalCompare('=', attrValue, w);
        } catch (e) {
          if (e instanceof XPathError) return false;
          throw e;
        }
      });
    }
    case 'conceptDataType': {
      const [t] = qnames(f.type, fa, vars, fenv);
      if (!concept || !t) return false;
      if (concept.type === t) return true;
      if (f.strict) return false;
      const xbrli = concept.xbrliType ? `{${XBRLI}}${concept.xbrliType}` : undefined;
      const builtin =
        concept.valueType?.variety === 'atomic'
          ? `{http://www.w3.org/2001/XMLSchema}${concept.valueType.builtin}`
          : undefined;
      return t === xbrli || t === builtin;
    }
    case 'conceptSubstitutionGroup': {
      const [g] = qnames(f.group, fa, vars, fenv);
      if (!concept || !g) return false;
      return f.strict ? concept.substitutionGroup === g : concept.substitutionGroups.includes(g);
    }
    // Boolean Filters 1.0 section 2
    case 'andFilter':
      // an and-filter without sub-filters matches no fact (conformance 41221 V-02), as an or-filter without them
      return (
        f.subFilters.length > 0 &&
        f.subFilters.every((s) => evaluateFilter(s.filter, fa, vars, fenv, uncovered) !== s.complement)
      );
    case 'orFilter':
      return f.subFilters.some((s) => evaluateFilter(s.filter, fa, vars, fenv, uncovered) !== s.complement);
    // Dimension Filters 1.0 sections 2 (explicit) and 3 (typed)
    case 'explicitDimension': {
      const dims = qnames(f.dimension, fa, vars, fenv);
      return dims.some((d) => {
        const member = fa.dims.get(d);
        const m = fenv.env.instance.contexts.get(fact.contextRef ?? '')?.dimensions.find((x) => x.dimension === d);
        if (m && m.member === undefined) return false; // typed
        if (member === undefined) return false;
        if (f.members.length === 0) return true;
        return f.members.some((spec) => {
          let froms: string[] = [];
          if (spec.member) froms = qnames(spec.member, fa, vars, fenv);
          // Dimension Filters 1.0 section 2.1: a variable evaluating to a fact gives its member for this dimension
          else if (spec.variable)
            froms = (vars.get(spec.variable) ?? []).flatMap((i) => {
              const bound = isNode(i) ? fenv.env.factOf(i) : undefined;
              if (!bound) return [qnameKey(i)];
              const m = fenv.index.byFact.get(bound)?.dims.get(d);
              return m !== undefined ? [m] : [];
            });
          if (!spec.axis && !spec.linkrole) return froms.includes(member);
          return froms.some((from) =>
            domainMembers(fenv, from, spec.linkrole, spec.arcrole, spec.axis ?? 'child-or-self').has(member),
          );
        });
      });
    }
    case 'typedDimension': {
      const dims = qnames(f.dimension, fa, vars, fenv);
      const ctx = fenv.env.instance.contexts.get(fact.contextRef ?? '');
      return dims.some((d) => {
        const m = ctx?.dimensions.find((x) => x.dimension === d && x.typed !== undefined);
        if (!m) return false;
        if (!f.test) return true;
        // the context item is the xbrldi:typedMember element, so that `eg:peakHeight gt 6000` reads its content
        return ebv(fenv.ev(f.test, vars, fenv.env.nodes.node(m.typed!)));
      });
    }
    // Entity Filters 1.0 section 2
    case 'identifier': {
      const ctx = fenv.env.instance.contexts.get(fact.contextRef ?? '');
      const ident = ctx?.element.children
        .find((x) => x.local === 'entity')
        ?.children.find((x) => x.local === 'identifier');
      return !!ident && ebv(fenv.ev(f.test, vars, fenv.env.nodes.node(ident)));
    }
    case 'specificScheme': {
      const ctx = fenv.env.instance.contexts.get(fact.contextRef ?? '');
      return !!ctx && strings(fenv.ev(f.scheme, vars, node(fa, fenv))).includes(ctx.entity.scheme);
    }
    case 'specificIdentifier': {
      const ctx = fenv.env.instance.contexts.get(fact.contextRef ?? '');
      if (!ctx) return false;
      return (
        strings(fenv.ev(f.scheme, vars, node(fa, fenv))).includes(ctx.entity.scheme) &&
        strings(fenv.ev(f.value, vars, node(fa, fenv))).includes(ctx.entity.identifier)
      );
    }
    case 'regexpScheme':
    case 'regexpIdentifier': {
      const ctx = fenv.env.instance.contexts.get(fact.contextRef ?? '');
      if (!ctx) return false;
      // sections 2.3 and 2.5: the implied expression is fn:matches(..., @pattern), an F&O 7.6.1 regular expression
      return xpathRegex(f.pattern).re.test(f.kind === 'regexpScheme' ? ctx.entity.scheme : ctx.entity.identifier);
    }
    // General Filters 1.0 section 2
    case 'general':
      return f.test ? ebv(fenv.ev(f.test, vars, node(fa, fenv))) : true;
    // Match Filters 1.0 section 2
    case 'match': {
      const others = boundFacts(f.variable, vars, fenv);
      if (others.length === 0) return false;
      const mine = aspectValue(fa, f.aspect);
      if (!f.matchAny && others.length > 1 && new Set(others.map((o) => aspectValue(o, f.aspect))).size > 1) {
        throw new XPathError(
          'xbrlmfe:inconsistentMatchedVariableSequence',
          `The facts bound to $${f.variable} differ in their ${f.aspect}`,
        );
      }
      return f.matchAny
        ? others.some((o) => aspectValue(o, f.aspect) === mine)
        : aspectValue(others[0]!, f.aspect) === mine;
    }
    // Period Filters 1.0 section 2
    case 'period': {
      const p = periodChild(fact, fenv, '');
      return !!p && ebv(fenv.ev(f.test, vars, fenv.env.nodes.node(p)));
    }
    case 'forever':
      return !!periodChild(fact, fenv, 'forever');
    // Period Filters 1.0 sections 2.2 (period-start: durations), 2.3 (period-end: durations) and 2.4
    // (period-instant: instants): the period's start, end or instant dateTime equals the one @date and @time give;
    // a date without a time is the start of that day for a start and its end (T24:00:00) otherwise, as
    // xfi:period-start and xfi:period-end read the period (Function Registry 80126, 80127).
    case 'periodStart':
    case 'periodEnd':
    case 'periodInstant': {
      const local = f.kind === 'periodStart' ? 'startDate' : f.kind === 'periodEnd' ? 'endDate' : 'instant';
      const el = periodChild(fact, fenv, local);
      if (!el) return false;
      const date = dateTimeText(fenv.ev(f.date, vars, node(fa, fenv)));
      if (date === undefined) return false;
      const time = f.time ? dateTimeText(fenv.ev(f.time, vars, node(fa, fenv))) : undefined;
      const want = time !== undefined ? `${date.replace(/T.*$/, '')}T${time}` : date;
      const endLike = f.kind !== 'periodStart';
      return canonicalDateTime(el.text, endLike) === canonicalDateTime(want, endLike);
    }
    case 'instantDuration': {
      const inst = periodChild(fact, fenv, 'instant');
      if (!inst) return false;
      const others = boundFacts(f.variable, vars, fenv);
      const o = others[0];
      if (!o) return false;
      const el = periodChild(o.fact, fenv, f.boundary === 'start' ? 'startDate' : 'endDate');
      if (!el) return false;
      return canonicalDateTime(inst.text, true) === canonicalDateTime(el.text, f.boundary === 'end');
    }
    // Relative Filters 1.0 section 2: the same values as the fact bound to the variable for the aspects that the
    // filtering variable leaves uncovered; a dimension is an aspect of the fact tested only when it has a value
    // (reported or default) there, so a dimension only the other fact has is not compared (conformance 49210 V-03)
    case 'relative': {
      const o = boundFacts(f.variable, vars, fenv)[0];
      if (!o) return false;
      if (uncovered)
        return uncovered.every(
          (a) => (a.startsWith('dimension:') && !fa.dims.has(a.slice(10))) || aspectValue(fa, a) === aspectValue(o, a),
        );
      return (
        o.entity === fa.entity &&
        o.period === fa.period &&
        o.unitKey === fa.unitKey &&
        o.completeSegment === fa.completeSegment &&
        o.completeScenario === fa.completeScenario &&
        o.location === fa.location
      );
    }
    // Segment and Scenario Filters 1.0 section 2
    case 'segment':
    case 'scenario': {
      const ctx = fenv.env.instance.contexts.get(fact.contextRef ?? '');
      const el = f.kind === 'segment' ? ctx?.segment : ctx?.scenario;
      if (!el) return false;
      return f.test ? ebv(fenv.ev(f.test, vars, fenv.env.nodes.node(el))) : true;
    }
    // Tuple Filters 1.0 section 2
    case 'parent': {
      const names = qnames(f.concept, fa, vars, fenv);
      return fact.parent ? names.includes(fact.parent.concept) : names.includes(`{${XBRLI}}xbrl`);
    }
    case 'ancestor': {
      const names = qnames(f.concept, fa, vars, fenv);
      if (names.includes(`{${XBRLI}}xbrl`)) return true;
      for (let p = fact.parent; p; p = p.parent) if (names.includes(p.concept)) return true;
      return false;
    }
    case 'sibling': {
      const o = boundFacts(f.variable, vars, fenv)[0];
      return !!o && (o.fact.parent ?? null) === (fact.parent ?? null);
    }
    case 'location': {
      // Tuple Filters 1.0 section 2.4: the location expression, evaluated with the candidate fact as context item,
      // must select the fact the named variable is bound to (".." : the variable's fact is the candidate's parent)
      const o = boundFacts(f.variable, vars, fenv)[0];
      if (!o) return false;
      const target = node(o, fenv);
      return fenv.ev(f.location, vars, node(fa, fenv)).some((x) => x === target);
    }
    // Unit Filters 1.0 section 2
    case 'singleMeasure': {
      const u = fa.unit;
      if (!u || u.divide || u.numerator.length !== 1) return false;
      return qnames(f.measure, fa, vars, fenv).includes(u.numerator[0]!.key);
    }
    case 'generalMeasures': {
      const u = fa.unit;
      return !!u && ebv(fenv.ev(f.test, vars, fenv.env.nodes.node(u.element)));
    }
    // Value Filters 1.0 section 2
    case 'nil':
      return fact.nil;
    case 'precision':
      return (
        !fact.nil &&
        (concept?.numeric ?? false) &&
        inferredPrecision(fact) >= (f.minimum === 'INF' ? Infinity : Number(f.minimum))
      );
    // Aspect Cover Filters 1.0 section 2: covers aspects, accepts every fact
    case 'aspectCover':
      return true;
    // Concept Relation Filters 1.0 section 2
    case 'conceptRelation':
      return conceptRelation(f, fa, vars, fenv);
    default:
      throw new XPathError('sbr:formulaFilterUnsupported', `The filter ${f.element} is not supported`);
  }
}

/** Passing concepts of a concept relation filter whose result depends on nothing but the DTS, per formula run. */
const constantRelations = new WeakMap<FormulaEnv, WeakMap<Filter, Set<string>>>();

/**
 * Concept Relation Filters 1.0 section 2.1: the fact's concept must be reached from the source concept along the
 * axis through the effective relationships of the arcrole (in the linkrole, link and arc element when given); the
 * navigation is that of xfi:concept-relationships (src/formula/relationships.ts). With a `test`, only the
 * relationships for which it is true (evaluated with the relationship as context item) count. The source may be
 * xfi:root, the virtual parent of the network's roots: roots are its children's sources and each other's siblings.
 */
function conceptRelation(
  f: Extract<Filter, { kind: 'conceptRelation' }>,
  fa: FactAspects,
  vars: ReadonlyMap<string, Sequence>,
  fenv: FilterEnv,
): boolean {
  const constant =
    (f.references ?? []).length === 0 &&
    !f.source.expr &&
    !f.linkroleExpr &&
    !f.arcroleExpr &&
    !f.linknameExpr &&
    !f.arcnameExpr;
  if (constant) {
    let byFilter = constantRelations.get(fenv.env);
    if (!byFilter) constantRelations.set(fenv.env, (byFilter = new WeakMap()));
    let passing = byFilter.get(f);
    if (!passing) byFilter.set(f, (passing = relatedConcepts(f, fa, vars, fenv)));
    return passing.has(fa.fact.concept);
  }
  return relatedConcepts(f, fa, vars, fenv).has(fa.fact.concept);
}

/** The concepts a concept relation filter lets pass (the facts' concepts are looked up in it). */
function relatedConcepts(
  f: Extract<Filter, { kind: 'conceptRelation' }>,
  fa: FactAspects,
  vars: ReadonlyMap<string, Sequence>,
  fenv: FilterEnv,
): Set<string> {
  let sources: string[] = [];
  if (f.source.xfiRoot) sources = [XFI_ROOT];
  else if (f.source.qname) sources = [f.source.qname];
  else if (f.source.variable) {
    const b = vars.get(f.source.variable) ?? [];
    sources = b.map((i) => {
      if (isNode(i)) {
        const fact = fenv.env.factOf(i);
        if (fact) return fact.concept;
        throw new XPathError(
          'xbrlcrfe:variableSourceEvaluatesToPrimitive',
          'The source variable is bound to a node that is not a fact',
        );
      }
      if (i.type === 'xs:QName') return qnameKey(i);
      throw new XPathError(
        'xbrlcrfe:variableSourceEvaluatesToPrimitive',
        `The source variable is bound to an ${i.type}`,
      );
    });
  } else if (f.source.expr) {
    sources = fenv.ev(f.source.expr, vars, node(fa, fenv)).map((i) => {
      if (isNode(i) || i.type !== 'xs:QName')
        throw new XPathError(
          'xbrlcrfe:QNameExpressionEvaluatesToInvalidType',
          'The source expression does not give an xs:QName',
        );
      return qnameKey(i);
    });
  }
  const one = (src: XPathSource | undefined) => (src ? strings(fenv.ev(src, vars))[0] : undefined);
  const name = (src: XPathSource | undefined) => {
    const v = src ? fenv.ev(src, vars)[0] : undefined;
    return v === undefined ? undefined : qnameKey(v);
  };
  const linkrole = f.linkrole ?? one(f.linkroleExpr);
  const arcrole = f.arcrole ?? one(f.arcroleExpr) ?? '';
  const linkname = f.linkname ?? name(f.linknameExpr);
  const arcname = f.arcname ?? name(f.arcnameExpr);
  const set = relationshipSet(fenv.env.taxonomy, arcrole, linkrole, linkname, arcname);
  const axis = f.axis.replace(/-or-self$/, '') as RelationshipAxis;
  const fromAxis = axis === 'parent' || axis === 'ancestor';
  const generations = f.generations ?? (axis === 'descendant' || axis === 'ancestor' ? 0 : 1);
  const out = new Set<string>();
  const isRoot = (c: string) => set.from.has(c) && !set.to.has(c);
  for (const s of sources) {
    for (const r of conceptRelationships(set, s, axis, generations)) {
      const c = fromAxis ? r.rel.from : r.rel.to;
      if (out.has(c)) continue;
      if (!f.test || ebv(fenv.ev(f.test, vars, r.node))) out.add(c);
    }
    // the roots of a network are siblings of each other (and xfi:root's siblings are the roots)
    if (axis === 'sibling' && (s === XFI_ROOT || isRoot(s))) for (const c of set.roots) if (c !== s) out.add(c);
    if (f.axis.endsWith('-or-self')) {
      if (s === XFI_ROOT) for (const c of set.roots) out.add(c);
      else out.add(s);
    }
  }
  return out;
}
