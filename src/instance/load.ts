/**
 * Builds the instance model (src/instance/types.ts) from a parsed `xbrli:xbrl` document (XBRL 2.1 section 4).
 *
 * Loading is tolerant: structural problems (a context without entity or period, a unit without measures, a
 * measure whose prefix is not declared) are reported as findings and the rest of the document is still loaded,
 * so that the rules can report everything else. Only a document that is not an XBRL instance at all is fatal.
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { FatalInputError, finding, type Finding, type MessageParams, type SourceLocation } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { XML_NS, XSI_NS, attr, clark, resolveQName, type XmlDocument, type XmlElement } from '../xml/parse.js';
import type {
  Context,
  DeclarationTyping,
  DimensionMember,
  Fact,
  FootnoteLink,
  Instance,
  Period,
  QNameValue,
  RoleRefInfo,
  Unit,
} from './types.js';

export const XBRLI_NS = 'http://www.xbrl.org/2003/instance';
export const LINK_NS = 'http://www.xbrl.org/2003/linkbase';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XBRLDI_NS = 'http://xbrl.org/2006/xbrldi';
export const ISO4217_NS = 'http://www.xbrl.org/2003/iso4217';

/** Children of xbrli:xbrl that are not facts. */
const NON_FACT_LINK = new Set(['schemaRef', 'linkbaseRef', 'roleRef', 'arcroleRef', 'footnoteLink']);
const NON_FACT_XBRLI = new Set(['context', 'unit']);

export function locOf(el: XmlElement): SourceLocation {
  return { file: el.doc.url, line: el.line, column: el.column };
}

/**
 * Schema defaults a compiled concept may carry (XML Schema element `default`/`fixed`, and `default`/`fixed` of the
 * attributes of its type, by attribute name). Applied by the loader as a schema-validating processor would (PSVI).
 * Optional: used when the compiler provides them.
 */
export interface ConceptDefaults {
  default?: string;
  fixed?: string;
  attributeDefaults?: Record<string, string>;
}

/** What the loader needs from the taxonomy: whether a concept is a tuple. */
export type TupleTest = (conceptKey: string) => boolean;

/** The `children` of every item fact (shared, frozen). */
const NO_CHILD_FACTS: Fact[] = Object.freeze([]) as unknown as Fact[];

/**
 * Loads the instance model from a parsed document.
 *
 * @param doc the parsed XML document; its root must be `{http://www.xbrl.org/2003/instance}xbrl`
 * @param report receives structural findings (codes `xbrl.4.7.2:...`, `xbrl.4.7.3:...`, `xbrl.4.8.2:...`, `xmlSchema:...`)
 * @param taxonomy the compiled taxonomy (only `concepts` is read), or a function telling whether a concept key is a
 *   tuple. Without it, or for an element the taxonomy does not declare, an element with child elements (other than
 *   xbrli:numerator/denominator) is taken as a tuple so that nested facts are still loaded.
 * @throws FatalInputError `sbr:notAnInstance` when the root element is not xbrli:xbrl.
 */
export function loadInstance(
  doc: XmlDocument,
  report: (f: Finding) => void,
  taxonomy?: Pick<CompiledTaxonomy, 'concepts'> | TupleTest,
): Instance {
  const root = doc.root;
  if (root.ns !== XBRLI_NS || root.local !== 'xbrl') {
    throw new FatalInputError(
      paramFinding(
        'sbr:notAnInstance',
        'error',
        { root: clark(root.ns, root.local), namespace: XBRLI_NS },
        locOf(root),
        'XBRL 2.1 section 4.1',
      ),
    );
  }
  const declared = (key: string): boolean | undefined => {
    if (!taxonomy) return undefined;
    if (typeof taxonomy === 'function') return taxonomy(key);
    const c = taxonomy.concepts[key];
    return c ? c.kind === 'tuple' : undefined;
  };
  // One concept key string per concept, not per fact (a 25 MB instance has 110,000 facts of a few dozen concepts).
  const conceptKeys = new Map<string, Map<string, string>>();
  const conceptKey = (el: XmlElement): string => {
    let byLocal = conceptKeys.get(el.ns);
    if (!byLocal) conceptKeys.set(el.ns, (byLocal = new Map()));
    let k = byLocal.get(el.local);
    if (k === undefined) byLocal.set(el.local, (k = clark(el.ns, el.local)));
    return k;
  };
  const isTupleElement = (el: XmlElement): boolean => {
    const d = declared(conceptKey(el));
    if (d !== undefined) return d;
    return el.children.some((c) => !(c.ns === XBRLI_NS && (c.local === 'numerator' || c.local === 'denominator')));
  };
  const rep: Rep = (code, message, el, spec) =>
    report(
      typeof message === 'string'
        ? finding(code, 'error', message, locOf(el), spec)
        : paramFinding(code, 'error', message, locOf(el), spec),
    );

  const inst: Instance = {
    url: doc.url,
    root,
    schemaRefs: [],
    linkbaseRefs: [],
    roleRefs: [],
    arcroleRefs: [],
    contexts: new Map(),
    units: new Map(),
    ids: new Map(),
    facts: [],
    topFacts: [],
    footnoteLinks: [],
  };
  if (taxonomy && typeof taxonomy !== 'function')
    inst.declarations = taxonomy.concepts as Record<string, DeclarationTyping | undefined>;

  // id index over the whole document
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.attrs.size > 0) {
      const id = attr(e, 'id')?.trim();
      if (id !== undefined && !inst.ids.has(id)) inst.ids.set(id, e);
    }
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }

  const loadFact = (el: XmlElement, parent: Fact | undefined): Fact => {
    const tuple = isTupleElement(el);
    const nilAttr = attr(el, 'nil', XSI_NS)?.trim();
    const fact: Fact = {
      file: el.doc.url,
      line: el.line,
      column: el.column,
      concept: conceptKey(el),
      isTuple: tuple,
      nil: nilAttr === 'true' || nilAttr === '1',
      value: tuple ? '' : el.text,
      // an item has no child facts: all share one frozen empty array
      children: tuple ? [] : NO_CHILD_FACTS,
      element: el,
    };
    const id = attr(el, 'id');
    if (id !== undefined) fact.id = id.trim();
    const contextRef = attr(el, 'contextRef');
    if (contextRef !== undefined) fact.contextRef = contextRef.trim();
    const unitRef = attr(el, 'unitRef');
    if (unitRef !== undefined) fact.unitRef = unitRef.trim();
    const decimals = attr(el, 'decimals');
    if (decimals !== undefined) fact.decimals = decimals.trim();
    const precision = attr(el, 'precision');
    if (precision !== undefined) fact.precision = precision.trim();
    if (parent) fact.parent = parent;
    const concept =
      taxonomy && typeof taxonomy !== 'function'
        ? (taxonomy.concepts[fact.concept] as (ConceptDefaults & object) | undefined)
        : undefined;
    if (concept && !tuple) {
      const ad = concept.attributeDefaults;
      if (ad?.['decimals'] !== undefined && fact.decimals === undefined && fact.precision === undefined)
        fact.decimals = ad['decimals'].trim();
      if (ad?.['precision'] !== undefined && fact.precision === undefined && fact.decimals === undefined)
        fact.precision = ad['precision'].trim();
      const dflt = concept.fixed ?? concept.default;
      if (dflt !== undefined && !fact.nil && el.children.length === 0 && el.text === '') fact.value = dflt;
    }
    inst.facts.push(fact);
    if (tuple) {
      for (const c of el.children) fact.children.push(loadFact(c, fact));
    } else {
      const num = el.children.find((c) => c.ns === XBRLI_NS && c.local === 'numerator');
      const den = el.children.find((c) => c.ns === XBRLI_NS && c.local === 'denominator');
      if (num) fact.numerator = num.text;
      if (den) fact.denominator = den.text;
    }
    return fact;
  };

  for (const el of root.children) {
    if (el.ns === LINK_NS && NON_FACT_LINK.has(el.local)) {
      const href = attr(el, 'href', XLINK_NS) ?? '';
      switch (el.local) {
        case 'schemaRef':
          inst.schemaRefs.push({ href, loc: locOf(el) });
          break;
        case 'linkbaseRef':
          inst.linkbaseRefs.push({ href, loc: locOf(el) });
          break;
        case 'roleRef':
          inst.roleRefs.push(roleRef(el, 'roleURI'));
          break;
        case 'arcroleRef':
          inst.arcroleRefs.push(roleRef(el, 'arcroleURI'));
          break;
        case 'footnoteLink':
          inst.footnoteLinks.push(loadFootnoteLink(el));
          break;
      }
    } else if (el.ns === XBRLI_NS && NON_FACT_XBRLI.has(el.local)) {
      if (el.local === 'context') {
        const ctx = loadContext(el, rep);
        if (ctx && !inst.contexts.has(ctx.id)) inst.contexts.set(ctx.id, ctx);
      } else {
        const unit = loadUnit(el, rep);
        if (unit && !inst.units.has(unit.id)) inst.units.set(unit.id, unit);
      }
    } else {
      inst.topFacts.push(loadFact(el, undefined));
    }
  }
  return inst;
}

function roleRef(el: XmlElement, uriAttr: string): RoleRefInfo {
  return { ...locOf(el), uri: (attr(el, uriAttr) ?? '').trim(), href: attr(el, 'href', XLINK_NS) ?? '' };
}

/** Reports a finding on `el`: with an English message, or with the params of its message (src/messages). */
type Rep = (code: string, message: string | MessageParams, el: XmlElement, spec?: string) => void;

function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.ns === XBRLI_NS && c.local === local);
}

function loadContext(el: XmlElement, rep: Rep): Context | undefined {
  const id = attr(el, 'id')?.trim();
  if (!id) {
    rep('xbrl.4.7.1:contextId', { missing: true }, el, 'XBRL 2.1 section 4.7.1');
    return undefined;
  }
  const entityEl = child(el, 'entity');
  const identEl = entityEl && child(entityEl, 'identifier');
  if (!entityEl) {
    rep('xbrl.4.7.3:contextEntity', { context: id }, el, 'XBRL 2.1 section 4.7.3');
  } else if (!identEl) {
    rep('xbrl.4.7.3.1:entityIdentifier', { context: id, missing: 'identifier' }, entityEl, 'XBRL 2.1 section 4.7.3.1');
  } else if (attr(identEl, 'scheme') === undefined) {
    rep('xbrl.4.7.3.1:entityIdentifier', { context: id, missing: 'scheme' }, identEl, 'XBRL 2.1 section 4.7.3.1');
  }
  const periodEl = child(el, 'period');
  let period: Period = { kind: 'forever' };
  if (!periodEl) {
    rep('xbrl.4.7.2:contextPeriod', { context: id, missing: true }, el, 'XBRL 2.1 section 4.7.2');
  } else {
    const instant = child(periodEl, 'instant');
    const start = child(periodEl, 'startDate');
    const end = child(periodEl, 'endDate');
    const forever = child(periodEl, 'forever');
    const n = periodEl.children.length;
    if (instant && n === 1) period = { kind: 'instant', instant: instant.text.trim() };
    else if (start && end && n === 2 && periodEl.children[0] === start)
      period = { kind: 'duration', start: start.text.trim(), end: end.text.trim() };
    else if (forever && n === 1) period = { kind: 'forever' };
    else {
      rep('xbrl.4.7.2:contextPeriod', { context: id }, periodEl, 'XBRL 2.1 section 4.7.2');
      if (instant) period = { kind: 'instant', instant: instant.text.trim() };
      else if (start && end) period = { kind: 'duration', start: start.text.trim(), end: end.text.trim() };
    }
  }
  const ctx: Context = {
    file: el.doc.url,
    line: el.line,
    column: el.column,
    id,
    entity: {
      scheme: identEl ? (attr(identEl, 'scheme') ?? '').trim() : '',
      identifier: identEl ? identEl.text.trim() : '',
    },
    period,
    dimensions: [],
    element: el,
  };
  const segment = entityEl && child(entityEl, 'segment');
  const scenario = child(el, 'scenario');
  if (segment) ctx.segment = segment;
  if (scenario) ctx.scenario = scenario;
  for (const [container, c] of [
    ['segment', segment],
    ['scenario', scenario],
  ] as const) {
    if (!c) continue;
    for (const m of c.children) {
      if (m.ns !== XBRLDI_NS || (m.local !== 'explicitMember' && m.local !== 'typedMember')) continue;
      const dimLex = attr(m, 'dimension');
      const dim = dimLex !== undefined ? resolveQName(m, dimLex) : undefined;
      if (!dim) {
        rep(
          'xmlSchema:valueError',
          {
            kind: 'dimensionQName',
            dimension: dimLex ?? '',
            element: `${m.prefix ? m.prefix + ':' : ''}${m.local}`,
            context: id,
          },
          m,
          'XBRL Dimensions 1.0 section 3.1.4.5',
        );
        continue;
      }
      const dm: DimensionMember = {
        file: m.doc.url,
        line: m.line,
        column: m.column,
        dimension: clark(dim.ns, dim.local),
        container,
        element: m,
      };
      if (m.local === 'explicitMember') {
        const mem = resolveQName(m, m.text);
        if (!mem) {
          rep(
            'xmlSchema:valueError',
            { kind: 'memberQName', member: m.text.trim(), dimension: dimLex, context: id },
            m,
            'XBRL Dimensions 1.0 section 3.1.4.5.3',
          );
          continue;
        }
        dm.member = clark(mem.ns, mem.local);
      } else {
        dm.typed = m;
      }
      ctx.dimensions.push(dm);
    }
  }
  return ctx;
}

function measures(parent: XmlElement, unitId: string, rep: Rep): QNameValue[] {
  const out: QNameValue[] = [];
  for (const m of parent.children) {
    if (m.ns !== XBRLI_NS || m.local !== 'measure') continue;
    const q = resolveQName(m, m.text);
    if (!q) {
      rep('xbrl.4.8.2:measureQName', { unit: unitId, measure: m.text.trim() }, m, 'XBRL 2.1 section 4.8.2');
      continue;
    }
    out.push({ key: clark(q.ns, q.local), ns: q.ns, local: q.local });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function loadUnit(el: XmlElement, rep: Rep): Unit | undefined {
  const id = attr(el, 'id')?.trim();
  if (!id) {
    rep('xbrl.4.8.1:unitId', { missing: true }, el, 'XBRL 2.1 section 4.8.1');
    return undefined;
  }
  const divide = child(el, 'divide');
  const unit: Unit = {
    file: el.doc.url,
    line: el.line,
    column: el.column,
    id,
    numerator: [],
    denominator: [],
    divide: !!divide,
    element: el,
  };
  if (divide) {
    const num = child(divide, 'unitNumerator');
    const den = child(divide, 'unitDenominator');
    if (!num || !den) {
      rep('xbrl.4.8.3:unitDivide', { unit: id, missing: true }, divide, 'XBRL 2.1 section 4.8.3');
    }
    if (num) unit.numerator = measures(num, id, rep);
    if (den) unit.denominator = measures(den, id, rep);
    if ((num && num.children.length === 0) || (den && den.children.length === 0)) {
      rep('xbrl.4.8.3:unitDivide', { unit: id }, divide, 'XBRL 2.1 section 4.8.3');
    }
  } else {
    const any = el.children.some((c) => c.ns === XBRLI_NS && c.local === 'measure');
    if (!any) rep('xbrl.4.8.2:measureElement', { unit: id, none: true }, el, 'XBRL 2.1 section 4.8.2');
    unit.numerator = measures(el, id, rep);
  }
  return unit;
}

function loadFootnoteLink(el: XmlElement): FootnoteLink {
  const link: FootnoteLink = { ...locOf(el), locs: [], resources: [], arcs: [], element: el };
  const role = attr(el, 'role', XLINK_NS);
  if (role !== undefined) link.role = role.trim();
  for (const c of el.children) {
    const type = attr(c, 'type', XLINK_NS);
    if (type === 'locator') {
      link.locs.push({
        ...locOf(c),
        label: (attr(c, 'label', XLINK_NS) ?? '').trim(),
        href: attr(c, 'href', XLINK_NS) ?? '',
        element: c,
      });
    } else if (type === 'resource') {
      const r: FootnoteLink['resources'][number] = {
        ...locOf(c),
        label: (attr(c, 'label', XLINK_NS) ?? '').trim(),
        element: c,
      };
      const rrole = attr(c, 'role', XLINK_NS);
      if (rrole !== undefined) r.role = rrole.trim();
      const lang = attr(c, 'lang', XML_NS);
      if (lang !== undefined) r.lang = lang;
      const id = attr(c, 'id');
      if (id !== undefined) r.id = id.trim();
      link.resources.push(r);
    } else if (type === 'arc') {
      const a: FootnoteLink['arcs'][number] = {
        ...locOf(c),
        from: (attr(c, 'from', XLINK_NS) ?? '').trim(),
        to: (attr(c, 'to', XLINK_NS) ?? '').trim(),
        element: c,
      };
      const arcrole = attr(c, 'arcrole', XLINK_NS);
      if (arcrole !== undefined) a.arcrole = arcrole.trim();
      link.arcs.push(a);
    }
  }
  return link;
}
