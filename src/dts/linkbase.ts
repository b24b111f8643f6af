/**
 * The linkbase side of a DTS (XBRL 2.1 section 3.5): extended links, their locators, resources and arcs become
 * relationships; relationships are grouped into base sets (arcrole, ELR, link element, arc element) and
 * prohibition and override are applied (section 3.5.3.9.7): among equivalent relationships the highest priority
 * wins, and a prohibiting arc of that priority removes them all.
 *
 * Structural checks that need the raw links are made here (missing arc endpoints, unresolvable locators,
 * roleRef/arcroleRef declarations, sections 3.5.2.4, 3.5.2.5, 3.5.3.7, 3.5.3.9).
 */
import type { ArcroleType, Network, Relationship, Resource, RoleType } from '../compile/types.js';
import { finding, type Finding } from '../findings.js';
import { attr, baseUrl, clark, deepText, resolveUrl, type XmlElement } from '../xml/parse.js';
import { documentKey, type Dts } from './discover.js';
import {
  NS, STANDARD_ARCROLES, STANDARD_ROLES, XLINK_ARCROLE, XLINK_FROM, XLINK_HREF, XLINK_LABEL, XLINK_ROLE, XLINK_TO, XLINK_TYPE, XML_LANG,
} from './namespaces.js';
import { findByFragment } from './schema.js';

export interface LinkbaseModel {
  networks: Network[];
  resources: Resource[];
  findings: Finding[];
}

interface RawRel {
  base: string; // base set key
  equiv: string; // equivalence key (without priority/use)
  priority: number;
  prohibited: boolean;
  rel: Relationship;
  seq: number;
}

function loc(el: XmlElement) {
  return { file: el.doc.url, line: el.line, column: el.column };
}

const EXEMPT = new Set(['use', 'priority', 'order']);

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
): LinkbaseModel {
  const findings: Finding[] = [];
  const resources: Resource[] = [];
  const resourceIndex = new Map<XmlElement, string>();
  const raw: RawRel[] = [];
  let seq = 0;

  const resourceKey = (el: XmlElement): string => {
    let k = resourceIndex.get(el);
    if (k === undefined) {
      k = `#resource:${resources.length}`;
      const r: Resource = { element: clark(el.ns, el.local), text: resourceText(el), ...loc(el) };
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

  for (const lb of linkbases) {
    // roleRef / arcroleRef declared in this linkbase (sections 3.5.2.4, 3.5.2.5)
    const roleRefs = new Map<string, XmlElement>();
    const arcroleRefs = new Map<string, XmlElement>();
    for (const c of lb.children) {
      if (c.ns !== NS.link || (c.local !== 'roleRef' && c.local !== 'arcroleRef')) continue;
      const isArc = c.local === 'arcroleRef';
      const uri = (attr(c, isArc ? 'arcroleURI' : 'roleURI') ?? '').trim();
      const table = isArc ? arcroleRefs : roleRefs;
      if (table.has(uri)) {
        findings.push(finding(isArc ? 'xbrl.3.5.2.5:arcroleRefDuplicate' : 'xbrl.3.5.2.4:roleRefDuplicate', 'error',
          `The ${isArc ? 'arcrole' : 'role'} ${uri} has more than one ${c.local} in this linkbase`, loc(c), `XBRL 2.1 section ${isArc ? '3.5.2.5' : '3.5.2.4'}`));
      }
      table.set(uri, c);
      checkRoleRefTarget(c, uri, isArc, dts, findings);
    }
    const needRole = (uri: string | undefined, el: XmlElement) => {
      if (!uri || STANDARD_ROLES.has(uri)) return;
      if (!roleRefs.has(uri) && !roleTypes[uri]) {
        findings.push(finding('xbrl.3.5.2.4:roleRefMissing', 'error', `The role ${uri} is used but not declared by a roleRef in this linkbase`, loc(el), 'XBRL 2.1 section 3.5.2.4'));
      } else if (!roleRefs.has(uri) && lb.parent === undefined) {
        findings.push(finding('xbrl.3.5.2.4:roleRefMissing', 'error', `The role ${uri} is used without a roleRef in this linkbase`, loc(el), 'XBRL 2.1 section 3.5.2.4'));
      }
    };
    const needArcrole = (uri: string | undefined, el: XmlElement) => {
      if (!uri || STANDARD_ARCROLES.has(uri)) return;
      if (!arcroleRefs.has(uri)) {
        findings.push(finding('xbrl.3.5.2.5:arcroleRefMissing', 'error', `The arcrole ${uri} is used without an arcroleRef in this linkbase`, loc(el), 'XBRL 2.1 section 3.5.2.5'));
      }
    };

    for (const link of lb.children) {
      if (attr(link, XLINK_TYPE) !== 'extended') continue;
      const linkRole = attr(link, XLINK_ROLE) ?? '';
      needRole(linkRole, link);
      const linkKey = clark(link.ns, link.local);
      const labels = new Map<string, string[]>();
      const addLabel = (label: string, ep: string) => {
        const l = labels.get(label);
        if (l) l.push(ep);
        else labels.set(label, [ep]);
      };
      const arcs: XmlElement[] = [];
      /** Labels of locators that did not resolve (already reported): arcs using them are skipped silently. */
      const unresolved = new Set<string>();
      for (const c of link.children) {
        const t = attr(c, XLINK_TYPE);
        if (t === 'locator') {
          const label = attr(c, XLINK_LABEL) ?? '';
          const href = attr(c, XLINK_HREF);
          const ep = href ? resolveLocator(href, c, dts, conceptOf, resourceKey) : undefined;
          if (!ep) {
            unresolved.add(label);
            findings.push(finding('xbrl.3.5.3.7.2:locatorHref', 'error',
              `The locator ${href ?? '(no href)'} does not point to an element in the DTS`, loc(c), 'XBRL 2.1 section 3.5.3.7.2'));
            continue;
          }
          addLabel(label, ep);
        } else if (t === 'resource') {
          needRole(attr(c, XLINK_ROLE), c);
          addLabel(attr(c, XLINK_LABEL) ?? '', resourceKey(c));
        } else if (t === 'arc') {
          arcs.push(c);
        }
      }
      for (const arc of arcs) {
        const arcrole = attr(arc, XLINK_ARCROLE) ?? '';
        needArcrole(arcrole, arc);
        const fromL = attr(arc, XLINK_FROM) ?? '';
        const toL = attr(arc, XLINK_TO) ?? '';
        const froms = labels.get(fromL);
        const tos = labels.get(toL);
        if (!froms || !tos) {
          if ((!froms && unresolved.has(fromL)) || (!tos && unresolved.has(toL))) continue;
          findings.push(finding('xbrl.3.5.3.9:arcEndpoint', 'error',
            `The arc's ${!froms ? `from label "${fromL}"` : `to label "${toL}"`} names no locator or resource in this extended link`, loc(arc), 'XBRL 2.1 section 3.5.3.9'));
          continue;
        }
        const order = Number(canonicalDecimal(attr(arc, 'order') ?? '1'));
        const priority = Number((attr(arc, 'priority') ?? '0').trim());
        const prohibited = (attr(arc, 'use') ?? 'optional').trim() === 'prohibited';
        const attributes: Record<string, string> = {};
        const equivAttrs: string[] = [];
        for (const [k, v] of arc.attrs) {
          if (k.startsWith(`{${NS.xlink}}`)) continue;
          if (!EXEMPT.has(k)) {
            attributes[k] = v;
            equivAttrs.push(`${k}=${k === 'weight' ? canonicalDecimal(v) : v.trim()}`);
          }
        }
        equivAttrs.push(`order=${order}`);
        equivAttrs.sort();
        const arcKey = clark(arc.ns, arc.local);
        const base = `${arcrole}\u0000${linkRole}\u0000${linkKey}\u0000${arcKey}`;
        for (const f of froms) {
          for (const t of tos) {
            raw.push({
              base,
              equiv: `${base}\u0000${f}\u0000${t}\u0000${equivAttrs.join('\u0001')}`,
              priority: Number.isFinite(priority) ? priority : 0,
              prohibited,
              seq: seq++,
              rel: { from: f, to: t, order: Number.isFinite(order) ? order : 1, priority: Number.isFinite(priority) ? priority : 0, attributes, ...loc(arc) },
            });
          }
        }
      }
    }
  }

  // Prohibition and override (section 3.5.3.9.7.5): per equivalence class keep the highest-priority
  // relationship unless a prohibiting one has that priority.
  const byEquiv = new Map<string, RawRel[]>();
  for (const r of raw) {
    const g = byEquiv.get(r.equiv);
    if (g) g.push(r);
    else byEquiv.set(r.equiv, [r]);
  }
  const kept: RawRel[] = [];
  for (const g of byEquiv.values()) {
    if (g.length === 1) {
      if (!g[0]!.prohibited) kept.push(g[0]!);
      continue;
    }
    let max = -Infinity;
    for (const r of g) if (r.priority > max) max = r.priority;
    const top = g.filter((r) => r.priority === max);
    if (top.some((r) => r.prohibited)) continue;
    kept.push(top[0]!);
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
  return deepText(el).replace(/\s+/g, ' ').trim();
}

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
  if (i < 0) return undefined;
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

function checkRoleRefTarget(c: XmlElement, uri: string, isArc: boolean, dts: Dts, findings: Finding[]): void {
  const href = attr(c, XLINK_HREF);
  if (!href) return;
  const url = resolveUrl(href, baseUrl(c));
  const i = url.indexOf('#');
  const d = dts.documents.get(documentKey(url));
  if (!d || i < 0) return; // unresolved documents are reported by discovery
  const target = findByFragment(d.doc.root, url.slice(i + 1));
  const want = isArc ? 'arcroleType' : 'roleType';
  const got = target && target.ns === NS.link && target.local === want ? (attr(target, isArc ? 'arcroleURI' : 'roleURI') ?? '').trim() : undefined;
  if (got !== uri) {
    const sec = isArc ? '3.5.2.5' : '3.5.2.4';
    findings.push(finding(`xbrl.${sec}:${isArc ? 'arcroleRefTarget' : 'roleRefTarget'}`, 'error',
      `The ${c.local} for ${uri} points to ${target ? `a ${target.local}${got ? ` for ${got}` : ''}` : 'nothing'} instead of its ${want}`, loc(c), `XBRL 2.1 section ${sec}`));
  }
}
