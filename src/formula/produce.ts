/**
 * Fact production by formulas (Formula 1.0 sections 2.1-2.10): for each evaluation of a formula, the output fact's
 * value (section 2.1.2), its accuracy (decimals / precision, section 2.1.3) and its aspects by the aspect rules,
 * defaulting to the source fact's aspects (the nearest source, section 2.1.1). Output facts are plain data with
 * comparable keys (the same keys as the aspect index: src/formula/aspects.ts), so that they can be compared with an
 * expected output instance fact by fact and written as an XBRL instance (`--formula-output`).
 */
import { elementKey, periodKey } from '../instance/equality.js';
import type { Context, Period } from '../instance/types.js';
import { isNode, XPathError, type Item, type QName, type Sequence } from '../xpath/types.js';
import * as atomic from '../xpath/atomic/index.js';
import type { FactAspects } from './aspects.js';
import type { FormulaEnv } from './env.js';
import { ElementNode } from './nodes.js';
import type { Aspect, AspectRules, VariableSet, XPathSource } from './model.js';

/** An output fact of a formula. Dimension values: explicit members as `{ns}local`, typed values as canonical keys. */
export interface OutputFact {
  concept: string;
  entity: { scheme: string; identifier: string };
  period: Period;
  /** Measures as `{ns}local`, sorted. */
  unit?: { numerator: string[]; denominator: string[] };
  dims: Record<string, string>;
  /** Typed dimension values as XML text (for writing), by dimension. */
  typedXml?: Record<string, string>;
  value: string;
  nil: boolean;
  decimals?: string;
  precision?: string;
  /** Formula id that produced it. */
  formula?: string;
}

/** The comparison key of an output or input fact: concept, entity, period, unit, dimensions (Formula 1.0 section 2). */
export function outputKey(f: Pick<OutputFact, 'concept' | 'entity' | 'period' | 'unit' | 'dims'>): string {
  const dims = Object.entries(f.dims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    f.concept,
    f.entity.scheme,
    f.entity.identifier,
    periodKey(f.period),
    f.unit ? [f.unit.numerator, f.unit.denominator] : null,
    dims,
  ]);
}

type Ev = (src: XPathSource, vars: ReadonlyMap<string, Sequence>, ci?: Item) => Sequence;

function str(i: Item | undefined): string {
  if (!i) return '';
  if (isNode(i)) return i.stringValue();
  try {
    return atomic.toStringValue(i);
  } catch {
    const v = i.value;
    if (typeof v === 'object' && v && 'local' in v) return (v as QName).local;
    return String(v);
  }
}

function qnameKey(i: Item | undefined, what: string): string {
  if (!i || isNode(i) || i.type !== 'xs:QName') throw new XPathError('err:XPTY0004', `${what} must be an xs:QName`);
  const q = i.value as QName;
  return q.ns ? `{${q.ns}}${q.local}` : q.local;
}

function dateText(i: Item | undefined): string {
  const s = str(i).trim();
  return s;
}

const UNCOVERED = '{http://xbrl.org/2008/formula}uncovered';
const XBRLDI = 'http://xbrl.org/2006/xbrldi';

/**
 * The output fact of one formula evaluation.
 * @param sourceOf the fact bound to a source variable name (the first fact of its binding), if any
 * @param firstBound the first fact bound in the evaluation (used for formula:uncovered when `uncovered` is not given)
 * @param uncovered per aspect, the first fact bound to a fact variable that leaves the aspect uncovered: the source
 *   aspect value of the QName formula:uncovered (Formula 1.0 section 2.1.2.1)
 * @throws XPathError for dynamic errors (xbrlfe:nonSingletonOutputValue, xbrlfe:undefinedSAV, ...)
 */
export function produceFact(
  vs: VariableSet,
  vars: ReadonlyMap<string, Sequence>,
  ev: Ev,
  env: FormulaEnv,
  sourceOf: (name: string) => FactAspects | undefined,
  firstBound: FactAspects | undefined,
  uncovered?: ReadonlyMap<Aspect, FactAspects>,
): OutputFact {
  const rules: AspectRules = vs.aspectRules ?? {};
  const src = (name: string | undefined, aspect: Aspect): FactAspects | undefined => {
    if (!name) return undefined;
    if (name === UNCOVERED) {
      const fa = uncovered ? uncovered.get(aspect) : firstBound;
      if (!fa)
        throw new XPathError(
          'xbrlfe:undefinedSAV',
          `The source formula:uncovered gives no ${aspect.replace(/^dimension:/, 'dimension ')}: every fact variable covers it`,
        );
      return fa;
    }
    const fa = sourceOf(name);
    if (!fa)
      throw new XPathError(
        'xbrlfe:undefinedSAV',
        `The source ${name.replace(/^\{[^}]*\}/, '')} is not bound to a fact in this evaluation`,
      );
    return fa;
  };
  const nearest = (s: string | undefined, aspect: Aspect) => src(s ?? rules.source, aspect);

  // concept (section 2.2)
  let concept: string | undefined;
  if (rules.concept?.qname) concept = rules.concept.qname;
  else if (rules.concept?.expr) concept = qnameKey(ev(rules.concept.expr, vars)[0], 'The concept rule expression');
  else concept = nearest(rules.concept?.source, 'concept')?.concept;
  if (!concept)
    throw new XPathError('xbrlfe:undefinedSAV', 'The output concept has no value (no concept rule and no source)');
  const decl = env.taxonomy.concepts[concept];

  // entity identifier (section 2.3)
  const es = nearest(rules.entityIdentifier?.source, 'entityIdentifier');
  const ctx0 = es?.context;
  const entity = {
    scheme: rules.entityIdentifier?.scheme
      ? str(ev(rules.entityIdentifier.scheme, vars)[0]).trim()
      : (ctx0?.entity.scheme ?? ''),
    identifier: rules.entityIdentifier?.value
      ? str(ev(rules.entityIdentifier.value, vars)[0]).trim()
      : (ctx0?.entity.identifier ?? ''),
  };
  if (!ctx0 && (!rules.entityIdentifier?.scheme || !rules.entityIdentifier?.value))
    throw new XPathError('xbrlfe:undefinedSAV', 'The output entity identifier has no value');

  // period (section 2.4)
  let period: Period;
  const pr = rules.period;
  if (pr?.forever) period = { kind: 'forever' };
  else if (pr?.instant) period = { kind: 'instant', instant: dateText(ev(pr.instant, vars)[0]) };
  else if (pr?.start || pr?.end)
    period = {
      kind: 'duration',
      start: pr.start ? dateText(ev(pr.start, vars)[0]) : '',
      end: pr.end ? dateText(ev(pr.end, vars)[0]) : '',
    };
  else {
    const ps = nearest(pr?.source, 'period');
    if (!ps?.context) throw new XPathError('xbrlfe:undefinedSAV', 'The output period has no value');
    period = ps.context.period;
  }

  // unit (section 2.5)
  let unit: OutputFact['unit'];
  if (decl?.numeric || rules.unit) {
    const us = nearest(rules.unit?.source, 'unit');
    const augment = rules.unit ? rules.unit.augment : true;
    const num: string[] = augment && us?.unit ? us.unit.numerator.map((m) => m.key) : [];
    const den: string[] = augment && us?.unit ? us.unit.denominator.map((m) => m.key) : [];
    for (const m of rules.unit?.multiplyBy ?? []) {
      if (m.measure) num.push(...ev(m.measure, vars).map((x) => qnameKey(x, 'A unit measure')));
      else if (m.source) {
        const u = src(m.source, 'unit')?.unit;
        if (u) {
          num.push(...u.numerator.map((x) => x.key));
          den.push(...u.denominator.map((x) => x.key));
        }
      }
    }
    for (const m of rules.unit?.divideBy ?? []) {
      if (m.measure) den.push(...ev(m.measure, vars).map((x) => qnameKey(x, 'A unit measure')));
      else if (m.source) {
        const u = src(m.source, 'unit')?.unit;
        if (u) {
          den.push(...u.numerator.map((x) => x.key));
          num.push(...u.denominator.map((x) => x.key));
        }
      }
    }
    // cancel measures appearing in both numerator and denominator (section 2.5.2)
    for (let i = num.length - 1; i >= 0; i--) {
      const j = den.indexOf(num[i]!);
      if (j >= 0) {
        num.splice(i, 1);
        den.splice(j, 1);
      }
    }
    if (decl?.numeric && num.length === 0 && den.length === 0 && !us?.unit)
      throw new XPathError('xbrlfe:missingUnitRule', 'The numeric output fact has no unit');
    unit = { numerator: num.sort(), denominator: den.sort() };
  }

  // dimensions (sections 2.6-2.8): the source's, then the dimension rules
  const dims: Record<string, string> = {};
  const typedXml: Record<string, string> = {};
  const defaults = env.taxonomy.dimensions?.defaults ?? {};
  const copy = (d: Context['dimensions'][number]) => {
    if (d.member !== undefined) dims[d.dimension] = d.member;
    else if (d.typed) {
      dims[d.dimension] = d.typed.children[0] ? elementKey(d.typed.children[0]) : '';
      typedXml[d.dimension] = xmlOf(d.typed.children[0]);
    }
  };
  if (vs.aspectModel === 'non-dimensional') {
    // the source's complete segment and scenario are copied (Variables 1.0 section 2.3.1), the XDT members among
    // their content included
    const ds =
      rules.source === UNCOVERED
        ? uncovered
          ? uncovered.get('completeSegment')
          : firstBound
        : rules.source
          ? sourceOf(rules.source)
          : undefined;
    for (const d of ds?.context?.dimensions ?? []) copy(d);
  }
  if (vs.aspectModel === 'dimensional') {
    if (rules.source === UNCOVERED && uncovered) {
      // each dimension from a fact whose variable leaves it uncovered (Formula 1.0 section 2.1.2.1)
      for (const [a, fa] of uncovered) {
        if (!a.startsWith('dimension:')) continue;
        const d = fa.context?.dimensions.find((x) => x.dimension === a.slice(10));
        if (d) copy(d);
      }
    } else {
      const ds = rules.source ? src(rules.source, 'concept') : undefined;
      for (const d of ds?.context?.dimensions ?? []) copy(d);
    }
    for (const r of rules.explicitDimensions ?? []) {
      if (r.omit) {
        delete dims[r.dimension];
        continue;
      }
      if (r.member?.qname) dims[r.dimension] = r.member.qname;
      else if (r.member?.expr)
        dims[r.dimension] = qnameKey(ev(r.member.expr, vars)[0], 'The explicit dimension rule member');
      else if (r.source) {
        const m = src(r.source, `dimension:${r.dimension}`)?.context?.dimensions.find(
          (x) => x.dimension === r.dimension,
        );
        if (m?.member) dims[r.dimension] = m.member;
        else delete dims[r.dimension];
      }
    }
    for (const r of rules.typedDimensions ?? []) {
      if (r.omit) {
        delete dims[r.dimension];
        delete typedXml[r.dimension];
        continue;
      }
      if (r.xpath) {
        // Formula 1.0 section 2.1.2.6.2: the expression gives the dimension's value, one element
        const res = ev(r.xpath, vars);
        const el = res.length === 1 && res[0] instanceof ElementNode ? res[0].element : undefined;
        if (!el)
          throw new XPathError(
            'xbrlfe:wrongXpathResultForTypedDimensionRule',
            `The xpath of the typed dimension rule for ${r.dimension.replace(/^\{[^}]*\}/, '')} gives ${res.length} item(s), not one element`,
          );
        dims[r.dimension] = elementKey(el);
        typedXml[r.dimension] = xmlOf(el);
      } else if (r.valueKey !== undefined) {
        dims[r.dimension] = r.valueKey;
        typedXml[r.dimension] = r.valueXml ?? '';
      } else if (r.source) {
        const s = src(r.source, `dimension:${r.dimension}`);
        const m = s?.context?.dimensions.find((x) => x.dimension === r.dimension);
        if (s && m?.typed) {
          dims[r.dimension] = m.typed.children[0] ? elementKey(m.typed.children[0]) : '';
          typedXml[r.dimension] = xmlOf(m.typed.children[0]);
        }
      }
    }
    for (const [d, m] of Object.entries(dims)) if (defaults[d] === m) delete dims[d]; // defaults are not reported (XDT 2.7.1)
    // Formula 1.0 section 2.1.2.7.3: in the dimensional aspect model an XPath OCC rule may not give XDT content
    for (const r of rules.occ ?? []) {
      if (r.kind !== 'xpath' || !r.select) continue;
      const bad = ev(r.select, vars).find((x) => x instanceof ElementNode && x.element.ns === XBRLDI);
      if (bad)
        throw new XPathError(
          'xbrlfe:badSubsequentOCCValue',
          `The ${r.container} OCC rule selects a dimension member (${(bad as ElementNode).element.local}); dimensions come from dimension rules`,
        );
    }
  }

  // value (section 2.1.2) and accuracy (2.1.3)
  // a nilled fact element atomizes to the empty sequence (XDM 1.0 section 6.2.4), so `$v` of a nil fact gives a nil
  // output fact, as an empty value does
  const value = (vs.value ? ev(vs.value, vars) : []).filter((i) => !(isNode(i) && i.nilled));
  if (value.length > 1)
    throw new XPathError('xbrlfe:nonSingletonOutputValue', `The formula value is a sequence of ${value.length} items`);
  const out: OutputFact = {
    concept,
    entity,
    period,
    dims,
    value: value.length ? str(value[0]).trim() : '',
    nil: value.length === 0,
  };
  if (unit) out.unit = unit;
  if (Object.keys(typedXml).length) out.typedXml = typedXml;
  if (decl?.numeric && !out.nil) {
    if (vs.decimals) out.decimals = str(ev(vs.decimals, vars)[0]).trim();
    else if (vs.precision) out.precision = str(ev(vs.precision, vars)[0]).trim();
    else out.precision = '0';
  }
  if (vs.id) out.formula = vs.id;
  return out;
}

/** An element as XML text (names, namespace of the element, children or text; attributes are not kept). */
export function xmlOf(el: import('../xml/parse.js').XmlElement | undefined): string {
  if (!el) return '';
  const name = el.prefix ? `${el.prefix}:${el.local}` : el.local;
  const ns = el.ns ? ` xmlns${el.prefix ? ':' + el.prefix : ''}="${esc(el.ns)}"` : '';
  const inner = el.children.length ? el.children.map(xmlOf).join('') : esc(el.text);
  return `<${name}${ns}>${inner}</${name}>`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** An XBRL 2.1 instance holding output facts (contexts and units shared by equal aspects), for `--formula-output`. */
export function outputInstance(facts: OutputFact[], schemaRefs: string[]): string {
  const nsPrefix = new Map<string, string>();
  const pfx = (ns: string) => {
    let p = nsPrefix.get(ns);
    if (!p) nsPrefix.set(ns, (p = `ns${nsPrefix.size}`));
    return p;
  };
  const qn = (key: string) => {
    const m = /^\{([^}]*)\}(.*)$/.exec(key);
    return m ? `${pfx(m[1]!)}:${m[2]}` : key;
  };
  const contexts = new Map<string, { id: string; xml: string }>();
  const units = new Map<string, { id: string; xml: string }>();
  const body: string[] = [];
  for (const f of facts) {
    const seg = Object.entries(f.dims)
      .map(([d, m]) =>
        f.typedXml?.[d] !== undefined
          ? `<xbrldi:typedMember dimension="${qn(d)}">${f.typedXml[d]}</xbrldi:typedMember>`
          : `<xbrldi:explicitMember dimension="${qn(d)}">${qn(m)}</xbrldi:explicitMember>`,
      )
      .join('');
    const p =
      f.period.kind === 'instant'
        ? `<xbrli:instant>${f.period.instant}</xbrli:instant>`
        : f.period.kind === 'duration'
          ? `<xbrli:startDate>${f.period.start}</xbrli:startDate><xbrli:endDate>${f.period.end}</xbrli:endDate>`
          : '<xbrli:forever/>';
    const cxml = `<xbrli:entity><xbrli:identifier scheme="${esc(f.entity.scheme)}">${esc(f.entity.identifier)}</xbrli:identifier>${seg ? `<xbrli:segment>${seg}</xbrli:segment>` : ''}</xbrli:entity><xbrli:period>${p}</xbrli:period>`;
    let c = contexts.get(cxml);
    if (!c) contexts.set(cxml, (c = { id: `c${contexts.size + 1}`, xml: cxml }));
    let unitRef = '';
    if (f.unit) {
      const m = (l: string[]) => l.map((x) => `<xbrli:measure>${qn(x)}</xbrli:measure>`).join('');
      const uxml = f.unit.denominator.length
        ? `<xbrli:divide><xbrli:unitNumerator>${m(f.unit.numerator)}</xbrli:unitNumerator><xbrli:unitDenominator>${m(f.unit.denominator)}</xbrli:unitDenominator></xbrli:divide>`
        : m(f.unit.numerator);
      let u = units.get(uxml);
      if (!u) units.set(uxml, (u = { id: `u${units.size + 1}`, xml: uxml }));
      unitRef = ` unitRef="${u.id}"`;
    }
    const acc =
      f.decimals !== undefined
        ? ` decimals="${esc(f.decimals)}"`
        : f.precision !== undefined
          ? ` precision="${esc(f.precision)}"`
          : '';
    const name = qn(f.concept);
    body.push(
      f.nil
        ? `  <${name} contextRef="${c.id}"${unitRef} xsi:nil="true"/>`
        : `  <${name} contextRef="${c.id}"${unitRef}${acc}>${esc(f.value)}</${name}>`,
    );
  }
  const decls = [...nsPrefix].map(([ns, p]) => ` xmlns:${p}="${esc(ns)}"`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"${decls}>`,
    ...schemaRefs.map((h) => `  <link:schemaRef xlink:type="simple" xlink:href="${esc(h)}"/>`),
    ...[...contexts.values()].map((c) => `  <xbrli:context id="${c.id}">${c.xml}</xbrli:context>`),
    ...[...units.values()].map((u) => `  <xbrli:unit id="${u.id}">${u.xml}</xbrli:unit>`),
    ...body,
    '</xbrli:xbrl>',
    '',
  ].join('\n');
}
