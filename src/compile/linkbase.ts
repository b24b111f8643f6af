/**
 * The linkbase side of a DTS (XBRL 2.1 section 3.5): extended links, their locators, resources and arcs become
 * relationships; relationships are grouped into base sets (arcrole, ELR, link element, arc element) and
 * prohibition and override are applied (section 3.5.3.9.7): among equivalent relationships the highest priority
 * wins, and a prohibiting arc of that priority removes them all.
 *
 * Structural checks that need the raw links are made here (missing arc endpoints, unresolvable locators,
 * roleRef/arcroleRef declarations, sections 3.5.2.4, 3.5.2.5, 3.5.3.7, 3.5.3.9).
 */
import type { ArcroleType, Network, Relationship, Resource, RoleType, SimpleType } from './types.js';
import type { Finding } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { attr, baseUrl, clark, deepText, resolveUrl, type XmlElement } from '../xml/parse.js';
import { documentKey, type Dts } from '../dts/discover.js';
import {
  ARCROLE,
  NS,
  STANDARD_ARCROLES,
  STANDARD_ROLES,
  XLINK_ARCROLE,
  XLINK_FROM,
  XLINK_HREF,
  XLINK_LABEL,
  XLINK_ROLE,
  XLINK_TO,
  XLINK_TYPE,
  XML_LANG,
} from '../dts/namespaces.js';
import { findByFragment } from './schema.js';
import { internalized } from '../xml/intern.js';
import { isDecimalBuiltin } from '../xml/xsd-datatypes.js';

export interface LinkbaseModel {
  networks: Network[];
  resources: Resource[];
  findings: Finding[];
}

/** What the equivalence of relationships from one arc depends on (section 3.5.3.9.7.4), computed on demand. */
interface ArcInfo {
  attributes: Record<string, string>;
  order: number;
  equiv: string | undefined;
}

interface RawRel {
  base: string; // base set key
  arc: ArcInfo;
  priority: number;
  prohibited: boolean;
  rel: Relationship;
  seq: number;
}

/**
 * The relationships of one source in one base set: the one relationship while there is one, the relationships to
 * one target (two or more, in arc order) while all go there, else a map by target of one or several (most sources
 * of a label or reference base set have one relationship; a map each was most of what the compile allocated).
 */
type BySource = RawRel | RawRel[] | Map<string, RawRel | RawRel[]>;

function loc(el: XmlElement) {
  return { file: el.doc.url, line: el.line, column: el.column };
}

const EXEMPT = new Set(['use', 'priority', 'order']);
/**
 * The non-exempt attributes of an arc that has none (most arcs): one shared, frozen object, never modified (the
 * compiled taxonomy is read-only), instead of an empty object per relationship (issue 14).
 */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const XBRLDT_TARGET_ROLE = '{http://xbrl.org/2005/xbrldt}targetRole';
const XLINK_PREFIX = internalized(`{${NS.xlink}}`);

/** Standard extended links whose locators must point to concepts (label and reference links: or to their own resources, for prohibition). */
const STANDARD_LINK_LOCATORS: Record<string, { section: string; resource?: string }> = {
  labelLink: { section: '5.2.2.1', resource: `{${NS.link}}label` },
  referenceLink: { section: '5.2.3.1', resource: `{${NS.link}}reference` },
  presentationLink: { section: '5.2.4.1' },
  calculationLink: { section: '5.2.5.1' },
  definitionLink: { section: '5.2.6.1' },
};

/** labelArc / referenceArc: the resource element they lead to and the section of the rule on remote resources. */
const RESOURCE_ARCS: Record<string, { resource: string; section: string; code: string }> = {
  labelArc: { resource: `{${NS.link}}label`, section: '5.2.2.3', code: 'labelArcRemoteResource' },
  referenceArc: { resource: `{${NS.link}}reference`, section: '5.2.3.3', code: 'referenceArcRemoteResource' },
};

/** Arcroles of section 5.2 each standard arc may carry when it carries a standard arcrole. */
const STANDARD_ARC_ARCROLES: Record<string, { arcroles: string[]; section: string }> = {
  labelArc: { arcroles: [ARCROLE.conceptLabel], section: '5.2.2.3' },
  referenceArc: { arcroles: [ARCROLE.conceptReference], section: '5.2.3.3' },
  presentationArc: { arcroles: [ARCROLE.parentChild], section: '5.2.4.2' },
  calculationArc: { arcroles: [ARCROLE.summationItem], section: '5.2.5.2' },
  definitionArc: {
    arcroles: [ARCROLE.generalSpecial, ARCROLE.essenceAlias, ARCROLE.similarTuples, ARCROLE.requiresElement],
    section: '5.2.6.2',
  },
  footnoteArc: { arcroles: [ARCROLE.factFootnote], section: '4.11.1.3' },
};

/** Standard linkbaseRef roles (section 4.3.2) and the only extended link element the target linkbase may then hold. */
const LINKBASE_REF_ROLES: Record<string, string> = {
  'http://www.xbrl.org/2003/role/labelLinkbaseRef': 'labelLink',
  'http://www.xbrl.org/2003/role/referenceLinkbaseRef': 'referenceLink',
  'http://www.xbrl.org/2003/role/definitionLinkbaseRef': 'definitionLink',
  'http://www.xbrl.org/2003/role/presentationLinkbaseRef': 'presentationLink',
  'http://www.xbrl.org/2003/role/calculationLinkbaseRef': 'calculationLink',
};
const LINKBASE_ARCROLE = 'http://www.w3.org/1999/xlink/properties/linkbase';

/**
 * Canonical form of an arc attribute value for relationship equivalence (section 3.5.3.9.7.4: attribute values
 * are compared by value, per their XML Schema type), when the attribute has a global declaration with a known type.
 */
function canonicalAttr(key: string, v: string, types: Map<string, SimpleType> | undefined): string {
  if (key === 'weight') return canonicalDecimal(v);
  const t = types?.get(key);
  if (!t || t.variety !== 'atomic') return v.trim();
  const s = v.trim();
  const b = t.builtin;
  if (isDecimalBuiltin(b)) return canonicalDecimal(s);
  if (b === 'float' || b === 'double') {
    if (s === 'INF') return 'Infinity';
    if (s === '-INF') return '-Infinity';
    if (s === 'NaN') return 'NaN';
    const n = Number(s);
    return Number.isNaN(n) ? s : String(b === 'float' ? Math.fround(n) : n);
  }
  if (b === 'boolean') return s === '1' ? 'true' : s === '0' ? 'false' : s;
  if (b === 'string') return v;
  return s;
}

/** Equivalence key of an arc's non-exempt attributes (section 3.5.3.9.7.4), with values in canonical form. */
function equivalenceKey(arc: ArcInfo, attributeTypes: Parameters<typeof canonicalAttr>[2]): string {
  if (arc.equiv === undefined) {
    const parts = Object.entries(arc.attributes).map(([k, v]) => `${k}=${canonicalAttr(k, v, attributeTypes)}`);
    parts.push(`order=${arc.order}`);
    arc.equiv = parts.sort().join('\u0001');
  }
  return arc.equiv;
}

/** Unsigned digits with an optional fraction: `Number` of it equals `Number` of its `canonicalDecimal` form. */
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/** Canonical form of a decimal attribute value for equivalence (order="1.0" equals order="1"). */
function canonicalDecimal(v: string): string {
  const s = v.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) return s;
  const int = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const sign = m[1] === '-' && (int !== '0' || frac) ? '-' : '';
  return sign + int + (frac ? '.' + frac : '');
}

/**
 * Builds the relationship networks of every linkbase in the DTS (standalone and embedded in schemas).
 * @param conceptOf maps a global element declaration to its concept key (undefined if not one)
 */
export function buildNetworks(
  dts: Dts,
  conceptOf: (el: XmlElement) => string | undefined,
  roleTypes: Record<string, RoleType>,
  arcroleTypes: Record<string, ArcroleType>,
  attributeTypes?: Map<string, SimpleType>,
): LinkbaseModel {
  const findings: Finding[] = [];
  const resources: Resource[] = [];
  const resourceIndex = new Map<XmlElement, string>();
  let seq = 0;
  const baseIds = new Map<string, number>();
  /** Relationships by base set id and source (see `BySource`). */
  const byPair: Map<string, BySource>[] = [];
  function* groups(): Generator<RawRel | RawRel[]> {
    for (const bySource of byPair)
      for (const e of bySource.values()) {
        if (e instanceof Map) yield* e.values();
        else yield e;
      }
  }

  /** Expanded names of resource elements by namespace and local name: one string per element name, not per resource. */
  const elementNames = new Map<string, Map<string, string>>();
  const elementName = (el: XmlElement): string => {
    let byLocal = elementNames.get(el.ns);
    if (byLocal === undefined) elementNames.set(el.ns, (byLocal = new Map()));
    let n = byLocal.get(el.local);
    if (n === undefined) byLocal.set(el.local, (n = clark(el.ns, el.local)));
    return n;
  };
  const resourceKey = (el: XmlElement): string => {
    let k = resourceIndex.get(el);
    if (k === undefined) {
      k = `#resource:${resources.length}`;
      const r: Resource = {
        element: elementName(el),
        text: resourceText(el),
        file: el.doc.url,
        line: el.line,
        column: el.column,
      };
      const role = attr(el, XLINK_ROLE);
      if (role !== undefined) r.role = role;
      const lang = langOf(el);
      if (lang !== undefined) r.lang = lang;
      const id = attr(el, 'id');
      if (id !== undefined) r.id = id;
      resources.push(r);
      resourceIndex.set(el, k);
    }
    return k;
  };

  const linkbases: XmlElement[] = [];
  for (const d of dts.documents.values()) {
    if (d.kind === 'linkbase') linkbases.push(d.doc.root);
    else if (d.kind === 'schema') {
      for (const ann of d.doc.root.children) {
        if (ann.ns !== NS.xs || ann.local !== 'annotation') continue;
        for (const ai of ann.children) {
          if (ai.ns !== NS.xs || ai.local !== 'appinfo') continue;
          for (const lb of ai.children) if (lb.ns === NS.link && lb.local === 'linkbase') linkbases.push(lb);
        }
      }
    }
  }

  checkLinkbaseRefs(dts, findings);

  // The work per locator, resource and arc is in functions of their own (readLocator, readArc), not in the loops: V8
  // optimises a small function after a few hundred calls, while one loop body of this size ran long in the interpreter
  // before an on-stack replacement that took a third of a second to compile (the KvK DTS, issue 14).
  let lb!: XmlElement;
  /** roleRef / arcroleRef declared in the linkbase being read (sections 3.5.2.4, 3.5.2.5). */
  let roleRefs!: Map<string, XmlElement>;
  let arcroleRefs!: Map<string, XmlElement>;
  // roleRef/arcroleRef are required for custom roles and arcroles on the standard XBRL link, resource and arc
  // elements (link namespace) only; custom link elements are free (conformance 160 V-04/05, 220 V-02/03/06).
  const needRole = (uri: string | undefined, el: XmlElement) => {
    if (!uri || STANDARD_ROLES.has(uri) || el.ns !== NS.link) return;
    if (!roleRefs.has(uri) && !roleTypes[uri]) {
      findings.push(
        paramFinding(
          'xbrl.3.5.2.4:roleRefMissing',
          'error',
          { uri, undeclared: true },
          loc(el),
          'XBRL 2.1 section 3.5.2.4',
        ),
      );
    } else if (!roleRefs.has(uri) && lb.parent === undefined) {
      findings.push(paramFinding('xbrl.3.5.2.4:roleRefMissing', 'error', { uri }, loc(el), 'XBRL 2.1 section 3.5.2.4'));
    }
  };
  const needArcrole = (uri: string | undefined, el: XmlElement) => {
    if (!uri || STANDARD_ARCROLES.has(uri) || el.ns !== NS.link) return;
    if (!arcroleRefs.has(uri)) {
      findings.push(
        paramFinding('xbrl.3.5.2.5:arcroleRefMissing', 'error', { uri }, loc(el), 'XBRL 2.1 section 3.5.2.5'),
      );
    }
  };

  // The extended link being read.
  let link!: XmlElement;
  let linkRole = '';
  let linkKey = '';
  /** Endpoints by xlink:label. */
  let labels!: Map<string, string[]>;
  /** Labels of locators that did not resolve (already reported): arcs using them are skipped silently. */
  let unresolved!: Set<string>;
  let locLabels!: Set<string>;
  let stdLoc: { section: string; resource?: string } | undefined;
  /**
   * From label to the to labels of the arcs seen so far in this link (XLink 1.0 section 5.1.4): the one to label
   * while there is one (most from labels of a label or reference link have one arc), a set from the second on.
   */
  let fromTo!: Map<string, string | Set<string>>;
  /** The base set of the previous arc: consecutive arcs of a link mostly share arcrole and element. */
  let lastArcrole: string | undefined;
  let lastArcNs: string | undefined;
  let lastArcLocal: string | undefined;
  let base = '';
  let pairs: Map<string, BySource> | undefined;
  const addLabel = (label: string, ep: string) => {
    const l = labels.get(label);
    if (l) l.push(ep);
    else labels.set(label, [ep]);
  };

  const readLocator = (c: XmlElement): void => {
    const label = attr(c, XLINK_LABEL) ?? '';
    const href = attr(c, XLINK_HREF);
    const ep = href !== undefined ? resolveLocator(href, c, dts, conceptOf, resourceKey) : undefined;
    if (!ep) {
      unresolved.add(label);
      // Only link:loc discovers documents (section 3.2): another locator-type element may point outside the DTS.
      const isLinkLoc = c.ns === NS.link && c.local === 'loc';
      const targetKey = href === undefined ? '' : documentKey(resolveUrl(href, baseUrl(c)));
      // A locator into a document that could not be read is not reported again (discovery reported the document).
      const missingDoc = href !== undefined && dts.unresolved?.has(targetKey) === true;
      if (!missingDoc && (isLinkLoc || href === undefined || dts.documents.has(targetKey))) {
        findings.push(
          paramFinding(
            'xbrl.3.5.3.7.2:locatorHref',
            'error',
            { href: href ?? '(no href)' },
            loc(c),
            'XBRL 2.1 section 3.5.3.7.2',
          ),
        );
      }
      return;
    }
    if (stdLoc) {
      const isResource = ep.startsWith('#resource:');
      const okResource =
        isResource && stdLoc.resource !== undefined && resources[Number(ep.slice(10))]?.element === stdLoc.resource;
      if (ep.startsWith('#element:') || (isResource && !okResource)) {
        findings.push(
          paramFinding(
            `xbrl.${stdLoc.section}:locatorTarget`,
            'error',
            {
              href,
              link: link.local,
              resource: isResource,
              ...(stdLoc.resource ? { allowed: stdLoc.resource.slice(NS.link.length + 2) } : {}),
            },
            loc(c),
            `XBRL 2.1 section ${stdLoc.section}`,
          ),
        );
      }
    }
    locLabels.add(label);
    addLabel(label, ep);
  };

  /** Whether an arc attribute (by expanded name) counts for equivalence: not XLink, not exempt (section 3.5.3.9.7.4). */
  const keptArcAttribute = new Map<string, boolean>();
  const readArc = (arc: XmlElement): void => {
    const arcrole = attr(arc, XLINK_ARCROLE) ?? '';
    needArcrole(arcrole, arc);
    // XBRL Dimensions 1.0 section 2.4.3: a custom xbrldt:targetRole must be declared by a roleRef in the linkbase
    // holding the arc (roles without any roleType are reported by the xdt taxonomy rule targetRoleNotResolved).
    const targetRole = arc.attrs.get(XBRLDT_TARGET_ROLE)?.trim();
    if (targetRole && !STANDARD_ROLES.has(targetRole) && roleTypes[targetRole] && !roleRefs.has(targetRole)) {
      findings.push(
        paramFinding(
          'xbrldte:TargetRoleNotResolvedError',
          'error',
          { role: targetRole, noRoleRef: true },
          loc(arc),
          'XBRL Dimensions 1.0 section 2.4.3',
        ),
      );
    }
    const fromL = attr(arc, XLINK_FROM) ?? '';
    const toL = attr(arc, XLINK_TO) ?? '';
    // XLink 1.0 section 5.1.4: no two arcs of one extended link with the same from and to labels
    const tosSeen = fromTo.get(fromL);
    let duplicate = false;
    if (tosSeen === undefined) fromTo.set(fromL, toL);
    else if (typeof tosSeen === 'string') {
      if (tosSeen === toL) duplicate = true;
      else fromTo.set(fromL, new Set([tosSeen, toL]));
    } else if (tosSeen.has(toL)) duplicate = true;
    else tosSeen.add(toL);
    if (duplicate) {
      findings.push(
        paramFinding(
          'xlink:duplicateArc',
          'error',
          { link: link.local, from: fromL, to: toL },
          loc(arc),
          'XLink 1.0 section 5.1.4 (XBRL 2.1 section 3.5.3.9)',
        ),
      );
    }
    const std = arc.ns === NS.link ? STANDARD_ARC_ARCROLES[arc.local] : undefined;
    if (std && STANDARD_ARCROLES.has(arcrole) && !std.arcroles.includes(arcrole)) {
      findings.push(
        paramFinding(
          `xbrl.${std.section}:arcrole`,
          'error',
          { arc: arc.local, arcrole, allowed: std.arcroles },
          loc(arc),
          `XBRL 2.1 section ${std.section}`,
        ),
      );
    }
    const froms = labels.get(fromL);
    const tos = labels.get(toL);
    if (!froms || !tos) {
      if ((!froms && unresolved.has(fromL)) || (!tos && unresolved.has(toL))) return;
      findings.push(
        paramFinding(
          'xbrl.3.5.3.9:arcEndpoint',
          'error',
          !froms ? { side: 'from', label: fromL } : { side: 'to', label: toL },
          loc(arc),
          'XBRL 2.1 section 3.5.3.9',
        ),
      );
      return;
    }
    const orderValue = attr(arc, 'order');
    // digits with an optional fraction read as Number reads their canonical form (the common order="1", "2.5")
    const order =
      orderValue === undefined
        ? 1
        : PLAIN_DECIMAL.test(orderValue)
          ? Number(orderValue)
          : Number(canonicalDecimal(orderValue));
    const priorityValue = attr(arc, 'priority');
    const priority = priorityValue === undefined ? 0 : Number(priorityValue.trim());
    const useValue = attr(arc, 'use');
    const prohibited = useValue !== undefined && useValue.trim() === 'prohibited';
    // labelArc / referenceArc to a remote resource (a locator): only to prohibit it (sections 5.2.2.3, 5.2.3.3)
    const ra = arc.ns === NS.link ? RESOURCE_ARCS[arc.local] : undefined;
    if (ra && locLabels.has(toL)) {
      if (!prohibited) {
        findings.push(
          paramFinding(
            `xbrl.${ra.section}:${ra.code}`,
            'error',
            { arc: arc.local, to: toL },
            loc(arc),
            `XBRL 2.1 section ${ra.section}`,
          ),
        );
      } else if (
        tos.some((t) => !t.startsWith('#resource:') || resources[Number(t.slice(10))]?.element !== ra.resource)
      ) {
        findings.push(
          paramFinding(
            `xbrl.${ra.section}:${ra.code}`,
            'error',
            { arc: arc.local, to: toL, prohibiting: true, resource: ra.resource.slice(NS.link.length + 2) },
            loc(arc),
            `XBRL 2.1 section ${ra.section}`,
          ),
        );
      }
    }
    let attributes = NO_ATTRIBUTES;
    const ak = arc.attrs.k;
    for (let i = 0; i < ak.length; i++) {
      const k = ak[i]!;
      let kept = keptArcAttribute.get(k);
      if (kept === undefined) keptArcAttribute.set(k, (kept = !k.startsWith(XLINK_PREFIX) && !EXEMPT.has(k)));
      if (kept) {
        if (attributes === NO_ATTRIBUTES) attributes = {};
        attributes[k] = arc.attrs.v[i]!;
      }
    }
    if (arcrole !== lastArcrole || arc.ns !== lastArcNs || arc.local !== lastArcLocal) {
      lastArcrole = arcrole;
      lastArcNs = arc.ns;
      lastArcLocal = arc.local;
      base = `${arcrole}\u0000${linkRole}\u0000${linkKey}\u0000${clark(arc.ns, arc.local)}`;
      let id = baseIds.get(base);
      if (id === undefined) {
        baseIds.set(base, (id = baseIds.size));
        byPair.push(new Map());
      }
      pairs = byPair[id]!;
    }
    const arcInfo: ArcInfo = { attributes, order, equiv: undefined };
    const relOrder = Number.isFinite(order) ? order : 1;
    const relPriority = Number.isFinite(priority) ? priority : 0;
    for (const f of froms) {
      for (const t of tos) {
        const r: RawRel = {
          base,
          arc: arcInfo,
          priority: relPriority,
          prohibited,
          seq: seq++,
          rel: {
            from: f,
            to: t,
            order: relOrder,
            priority: relPriority,
            attributes,
            file: arc.doc.url,
            line: arc.line,
            column: arc.column,
          },
        };
        // grouped by base set, source and target: only such relationships can be equivalent
        const e = pairs!.get(f);
        if (e === undefined) pairs!.set(f, r);
        else if (e instanceof Map) {
          const g = e.get(t);
          if (g === undefined) e.set(t, r);
          else if (Array.isArray(g)) g.push(r);
          else e.set(t, [g, r]);
        } else {
          const to = Array.isArray(e) ? e[0]!.rel.to : e.rel.to;
          if (to !== t)
            pairs!.set(
              f,
              new Map<string, RawRel | RawRel[]>([
                [to, e],
                [t, r],
              ]),
            );
          else if (Array.isArray(e)) e.push(r);
          else pairs!.set(f, [e, r]);
        }
      }
    }
  };

  for (const linkbase of linkbases) {
    lb = linkbase;
    roleRefs = new Map<string, XmlElement>();
    arcroleRefs = new Map<string, XmlElement>();
    for (const c of lb.children) {
      if (c.ns !== NS.link || (c.local !== 'roleRef' && c.local !== 'arcroleRef')) continue;
      const isArc = c.local === 'arcroleRef';
      const uri = (attr(c, isArc ? 'arcroleURI' : 'roleURI') ?? '').trim();
      const table = isArc ? arcroleRefs : roleRefs;
      if (table.has(uri)) {
        findings.push(
          paramFinding(
            isArc ? 'xbrl.3.5.2.5:arcroleRefDuplicate' : 'xbrl.3.5.2.4:roleRefDuplicate',
            'error',
            { kind: isArc ? 'arcrole' : 'role', uri, element: c.local, linkbase: true },
            loc(c),
            `XBRL 2.1 section ${isArc ? '3.5.2.5' : '3.5.2.4'}`,
          ),
        );
      }
      table.set(uri, c);
      checkRoleRefTarget(c, uri, isArc, dts, findings);
    }

    for (const l of lb.children) {
      if (attr(l, XLINK_TYPE) !== 'extended') continue;
      link = l;
      linkRole = attr(link, XLINK_ROLE) ?? '';
      needRole(linkRole, link);
      linkKey = clark(link.ns, link.local);
      labels = new Map();
      unresolved = new Set();
      locLabels = new Set();
      stdLoc = link.ns === NS.link ? STANDARD_LINK_LOCATORS[link.local] : undefined;
      const arcs: XmlElement[] = [];
      for (const c of link.children) {
        const t = attr(c, XLINK_TYPE);
        if (t === 'locator') readLocator(c);
        else if (t === 'resource') {
          needRole(attr(c, XLINK_ROLE), c);
          addLabel(attr(c, XLINK_LABEL) ?? '', resourceKey(c));
        } else if (t === 'arc') {
          arcs.push(c);
        }
      }
      fromTo = new Map();
      lastArcrole = undefined;
      lastArcNs = undefined;
      lastArcLocal = undefined;
      base = '';
      pairs = undefined;
      for (const arc of arcs) readArc(arc);
    }
  }

  // Prohibition and override (section 3.5.3.9.7.5): per equivalence class keep the highest-priority
  // relationship unless a prohibiting one has that priority. Relationships are first grouped by base set,
  // source and target; only groups of two or more need the attribute comparison of section 3.5.3.9.7.4.
  const kept: RawRel[] = [];
  const keepBest = (g: RawRel[]) => {
    let max = -Infinity;
    for (const r of g) if (r.priority > max) max = r.priority;
    const top = g.filter((r) => r.priority === max);
    if (top.some((r) => r.prohibited)) return;
    kept.push(top[0]!);
  };
  for (const g of groups()) {
    if (!Array.isArray(g)) {
      if (!g.prohibited) kept.push(g);
      continue;
    }
    const byEquiv = new Map<string, RawRel[]>();
    for (const r of g) {
      const k = equivalenceKey(r.arc, attributeTypes);
      const e = byEquiv.get(k);
      if (e) e.push(r);
      else byEquiv.set(k, [r]);
    }
    for (const e of byEquiv.values()) keepBest(e);
  }
  kept.sort((a, b) => a.seq - b.seq);
  const networks = new Map<string, Network>();
  for (const r of kept) {
    let n = networks.get(r.base);
    if (!n) {
      const [arcrole, role, link, arc] = r.base.split('\u0000') as [string, string, string, string];
      n = { arcrole, role, link, arc, relationships: [] };
      networks.set(r.base, n);
    }
    n.relationships.push(r.rel);
  }
  return { networks: [...networks.values()], resources, findings };
}

function langOf(el: XmlElement): string | undefined {
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    const l = e.attrs.get(XML_LANG);
    if (l !== undefined) return l;
  }
  return undefined;
}

function resourceText(el: XmlElement): string {
  if (el.ns === NS.link && el.local === 'reference') {
    return el.children.map((c) => `${c.local}: ${deepText(c).trim()}`).join('; ');
  }
  const text = deepText(el);
  // whitespace collapsed and trimmed; most labels have no whitespace to change, and keep their string
  return MORE_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** What `text.replace(/\s+/g, ' ').trim()` changes: whitespace other than a single space between other characters. */
const MORE_WHITESPACE = /[^\S ]| {2}|^ | $/;

/** Endpoint key of a locator: concept key, resource key, or `#element:<url>#<fragment>` for other elements. */
function resolveLocator(
  href: string,
  el: XmlElement,
  dts: Dts,
  conceptOf: (el: XmlElement) => string | undefined,
  resourceKey: (el: XmlElement) => string,
): string | undefined {
  const url = resolveUrl(href, baseUrl(el));
  const i = url.indexOf('#');
  if (i < 0) {
    // a locator may point to a whole document (section 3.5.3.7.2, conformance 230 V-01, 202 V-02b)
    const own = url === '' || documentKey(url) === documentKey(el.doc.url);
    return own || dts.documents.has(documentKey(url)) ? `#element:${documentKey(own ? el.doc.url : url)}` : undefined;
  }
  const docUrl = url.slice(0, i);
  const d = docUrl === '' ? undefined : dts.documents.get(documentKey(docUrl));
  const root = d ? d.doc.root : docUrl === '' ? el.doc.root : undefined;
  if (!root) return undefined;
  const target = findByFragment(root, url.slice(i + 1));
  if (!target) return undefined;
  const c = conceptOf(target);
  if (c) return c;
  if (attr(target, XLINK_TYPE) === 'resource') return resourceKey(target);
  return `#element:${documentKey(docUrl)}#${url.slice(i + 1)}`;
}

/**
 * linkbaseRef in taxonomy schemas (XBRL 2.1 section 4.3): the arcrole is the XLink linkbase arcrole (4.3.3), and a
 * standard linkbaseRef role (4.3.2) says which extended links the target linkbase holds (conformance 201).
 */
function checkLinkbaseRefs(dts: Dts, findings: Finding[]): void {
  const check = (ref: XmlElement) => {
    const arcrole = attr(ref, XLINK_ARCROLE);
    if (arcrole?.trim() !== LINKBASE_ARCROLE) {
      findings.push(
        paramFinding(
          'xbrl.4.3.3:linkbaseRefArcrole',
          'error',
          { arcrole, required: LINKBASE_ARCROLE },
          loc(ref),
          'XBRL 2.1 section 4.3.3',
        ),
      );
    }
    const role = attr(ref, XLINK_ROLE)?.trim();
    const want = role ? LINKBASE_REF_ROLES[role] : undefined;
    const href = attr(ref, XLINK_HREF);
    if (!want || !href) return;
    const url = resolveUrl(href, baseUrl(ref));
    const d = dts.documents.get(documentKey(url));
    if (!d) return; // unresolved documents are reported by discovery
    const i = url.indexOf('#');
    const target = i >= 0 ? findByFragment(d.doc.root, url.slice(i + 1)) : d.doc.root;
    if (!target || target.ns !== NS.link || target.local !== 'linkbase') return;
    const bad = new Set<string>();
    for (const l of target.children) {
      if (attr(l, XLINK_TYPE) === 'extended' && !(l.ns === NS.link && l.local === want)) bad.add(l.local);
    }
    if (bad.size) {
      findings.push(
        paramFinding(
          'xbrl.4.3.2:linkbaseRefRole',
          'error',
          { role, href, links: [...bad], want },
          loc(ref),
          'XBRL 2.1 section 4.3.2',
        ),
      );
    }
  };
  const scanAnnotation = (ann: XmlElement) => {
    for (const ai of ann.children) {
      if (ai.ns !== NS.xs || ai.local !== 'appinfo') continue;
      for (const c of ai.children) if (c.ns === NS.link && c.local === 'linkbaseRef') check(c);
    }
  };
  for (const d of dts.documents.values()) {
    if (d.kind !== 'schema') continue;
    for (const c of d.doc.root.children) {
      if (c.ns !== NS.xs) continue;
      if (c.local === 'annotation') scanAnnotation(c);
      else for (const a of c.children) if (a.ns === NS.xs && a.local === 'annotation') scanAnnotation(a);
    }
  }
}

function checkRoleRefTarget(c: XmlElement, uri: string, isArc: boolean, dts: Dts, findings: Finding[]): void {
  const href = attr(c, XLINK_HREF);
  if (!href) return;
  const url = resolveUrl(href, baseUrl(c));
  const i = url.indexOf('#');
  const d = dts.documents.get(documentKey(url));
  if (!d || i < 0) return; // unresolved documents are reported by discovery
  const target = findByFragment(d.doc.root, url.slice(i + 1));
  const want = isArc ? 'arcroleType' : 'roleType';
  const got =
    target && target.ns === NS.link && target.local === want
      ? (attr(target, isArc ? 'arcroleURI' : 'roleURI') ?? '').trim()
      : undefined;
  if (got !== uri) {
    const sec = isArc ? '3.5.2.5' : '3.5.2.4';
    findings.push(
      paramFinding(
        `xbrl.${sec}:${isArc ? 'arcroleRefTarget' : 'roleRefTarget'}`,
        'error',
        { element: c.local, uri, ...(target ? { target: target.local } : {}), ...(got ? { got } : {}), want },
        loc(c),
        `XBRL 2.1 section ${sec}`,
      ),
    );
  }
}
