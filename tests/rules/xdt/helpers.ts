/**
 * Hand-built compiled taxonomies and instances for the XDT tests: concepts and networks are written out directly,
 * contexts are parsed from small XML snippets so that typed members are real XmlElements.
 */
import type { CompiledTaxonomy, Concept, Network, Relationship } from '../../../src/compile/types.js';
import { englishMessage } from '../../../src/messages/index.js';
import { ARCROLE, DIMENSION_ITEM, HYPERCUBE_ITEM, XBRLDI_NS, XBRLDT_NS } from '../../../src/compile/dimensions.js';
import type { Finding } from '../../../src/findings.js';
import type { Context, DimensionMember, Fact, Instance } from '../../../src/instance/types.js';
import type { Rule, RuleContext } from '../../../src/rules/types.js';
import { parseXml, resolveQName, type XmlElement } from '../../../src/xml/parse.js';

export const NS = 'http://example.com/t';
export const k = (local: string): string => `{${NS}}${local}`;
const ITEM = '{http://www.xbrl.org/2003/instance}item';
const TUPLE = '{http://www.xbrl.org/2003/instance}tuple';
export const R1 = 'http://example.com/role/R1';
export const R2 = 'http://example.com/role/R2';
export const R3 = 'http://example.com/role/R3';
export const LINK = 'http://www.xbrl.org/2003/role/link';
export const DEF_LINK = '{http://www.xbrl.org/2003/linkbase}definitionLink';
export const DEF_ARC = '{http://www.xbrl.org/2003/linkbase}definitionArc';

let line = 1;
function concept(
  local: string,
  kind: Concept['kind'],
  groups: string[],
  abstract: boolean,
  extra: Partial<Concept> = {},
): Concept {
  return {
    key: k(local),
    namespace: NS,
    name: local,
    kind,
    substitutionGroup: groups[0],
    substitutionGroups: groups,
    numeric: false,
    fraction: false,
    abstract,
    nillable: true,
    file: 'file:///t.xsd',
    line: line++,
    column: 3,
    ...extra,
  };
}
export const item = (local: string, abstract = false): Concept =>
  concept(local, 'item', [ITEM], abstract, { periodType: 'instant' });
export const tuple = (local: string): Concept => concept(local, 'tuple', [TUPLE], false);
export const hypercube = (local: string, abstract = true): Concept =>
  concept(local, 'item', [HYPERCUBE_ITEM, ITEM], abstract);
export const dimension = (local: string, abstract = true): Concept =>
  concept(local, 'item', [DIMENSION_ITEM, ITEM], abstract);
export const typedDimension = (
  local: string,
  target: string | undefined,
  href = `t.xsd#${target ? target.slice(target.indexOf('}') + 1) : 'x'}`,
  url = 'file:///t.xsd',
): Concept =>
  concept(local, 'item', [DIMENSION_ITEM, ITEM], true, {
    typedDomainRef: target
      ? { href, url: `${url}#${href.split('#')[1] ?? ''}`, target }
      : { href, url: href.includes('#') ? `${url}#${href.split('#')[1]}` : url },
    otherAttributes: { [`{${XBRLDT_NS}}typedDomainRef`]: href },
  });
export const element = (local: string, abstract = false): Concept => concept(local, 'other', [], abstract);

export interface ArcSpec {
  arcrole: keyof typeof ARCROLE;
  role?: string;
  from: string;
  to: string;
  attrs?: Record<string, string>;
  order?: number;
}
/** Arc attribute helpers (expanded names). */
export const xdt = (local: string, value: string): Record<string, string> => ({ [`{${XBRLDT_NS}}${local}`]: value });
export const seg = xdt('contextElement', 'segment');
export const scen = xdt('contextElement', 'scenario');

export function taxonomy(concepts: Concept[], arcs: ArcSpec[], roles: string[] = [R1, R2, R3]): CompiledTaxonomy {
  const nets = new Map<string, Network>();
  let ln = 100;
  for (const a of arcs) {
    const arcrole = ARCROLE[a.arcrole];
    const role = a.role ?? R1;
    const key = `${arcrole} ${role}`;
    let n = nets.get(key);
    if (!n) nets.set(key, (n = { arcrole, role, link: DEF_LINK, arc: DEF_ARC, relationships: [] }));
    const rel: Relationship = {
      from: k(a.from),
      to: k(a.to),
      order: a.order ?? n.relationships.length + 1,
      priority: 0,
      attributes: a.attrs ?? {},
      file: 'file:///t-definition.xml',
      line: ln++,
      column: 5,
    };
    n.relationships.push(rel);
  }
  const roleTypes: CompiledTaxonomy['roleTypes'] = {};
  for (const r of roles) roleTypes[r] = { roleURI: r, usedOn: [DEF_LINK], file: 'file:///t.xsd', line: 1, column: 1 };
  return {
    formatVersion: 1,
    entryPoints: ['file:///t.xsd'],
    documents: [
      { url: 'file:///t.xsd', kind: 'schema', targetNamespace: NS },
      { url: 'file:///t-definition.xml', kind: 'linkbase' },
    ],
    concepts: Object.fromEntries(concepts.map((c) => [c.key, c])),
    types: {},
    roleTypes,
    arcroleTypes: {},
    networks: [...nets.values()],
    resources: [],
    labels: {},
    findings: [],
  };
}

/**
 * A context from XML: `segment` and `scenario` are the inner XML of those elements, using prefixes t: (NS) and xbrldi:.
 */
export function context(id: string, segment?: string, scenario?: string): Context {
  const xml =
    `<xbrli:context xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="${XBRLDI_NS}" xmlns:t="${NS}" id="${id}">` +
    `<xbrli:entity><xbrli:identifier scheme="s">e</xbrli:identifier>${segment !== undefined ? `<xbrli:segment>${segment}</xbrli:segment>` : ''}</xbrli:entity>` +
    `<xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period>` +
    `${scenario !== undefined ? `<xbrli:scenario>${scenario}</xbrli:scenario>` : ''}</xbrli:context>`;
  const el = parseXml(xml, 'file:///i.xbrl').root;
  const ent = el.children.find((c) => c.local === 'entity')!;
  const segEl = ent.children.find((c) => c.local === 'segment');
  const scenEl = el.children.find((c) => c.local === 'scenario');
  const dims: DimensionMember[] = [];
  const collect = (container: XmlElement | undefined, where: 'segment' | 'scenario'): void => {
    for (const ch of container?.children ?? []) {
      if (ch.ns !== XBRLDI_NS) continue;
      const dq = resolveQName(ch, ch.attrs.get('dimension') ?? '');
      const d: DimensionMember = {
        dimension: dq ? `{${dq.ns}}${dq.local}` : '',
        container: where,
        element: ch,
        file: 'file:///i.xbrl',
        line: ch.line,
        column: ch.column,
      };
      if (ch.local === 'explicitMember') {
        const mq = resolveQName(ch, ch.text);
        if (mq) d.member = `{${mq.ns}}${mq.local}`;
      } else d.typed = ch;
      dims.push(d);
    }
  };
  collect(segEl, 'segment');
  collect(scenEl, 'scenario');
  return {
    id,
    entity: { scheme: 's', identifier: 'e' },
    period: { kind: 'instant', instant: '2024-12-31' },
    segment: segEl,
    scenario: scenEl,
    dimensions: dims,
    element: el,
    file: 'file:///i.xbrl',
    line: el.line,
    column: el.column,
  };
}

export const em = (dim: string, member: string): string =>
  `<xbrldi:explicitMember dimension="t:${dim}">t:${member}</xbrldi:explicitMember>`;
export const tm = (dim: string, inner: string): string =>
  `<xbrldi:typedMember dimension="t:${dim}">${inner}</xbrldi:typedMember>`;

export function instance(contexts: Context[], facts: [concept: string, contextRef: string][]): Instance {
  const root = contexts[0]?.element ?? parseXml('<x/>', 'file:///i.xbrl').root;
  const fs: Fact[] = facts.map(([c, ref], i) => ({
    concept: k(c),
    isTuple: false,
    contextRef: ref,
    nil: false,
    value: '1',
    children: [],
    element: root,
    file: 'file:///i.xbrl',
    line: 1000 + i,
    column: 3,
  }));
  return {
    url: 'file:///i.xbrl',
    root,
    schemaRefs: [],
    linkbaseRefs: [],
    roleRefs: [],
    arcroleRefs: [],
    ids: new Map(),
    contexts: new Map(contexts.map((c) => [c.id, c])),
    units: new Map(),
    facts: fs,
    topFacts: fs,
    footnoteLinks: [],
  };
}

/** Runs rules and returns their findings. */
export function run(rules: Rule[], tax: CompiledTaxonomy, inst?: Instance): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      taxonomy: tax,
      instance: inst,
      lang: 'en',
      label: (key) => key.slice(key.indexOf('}') + 1),
      report: (f) => {
        out.push({
          code: f.code ?? rule.code,
          severity: f.severity ?? rule.severity,
          message: f.message ?? englishMessage(f.code ?? rule.code, f.params ?? {}),
          file: f.loc?.file ?? '',
          line: f.loc?.line ?? 0,
          column: f.loc?.column ?? 0,
          spec: rule.spec,
        });
      },
    };
    rule.check(ctx);
  }
  return out;
}

export const codes = (fs: Finding[]): string[] => fs.map((f) => f.code).sort();
