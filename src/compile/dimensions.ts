/**
 * The compiled dimensional model (XBRL Dimensions 1.0, REC 2006-09-18 + errata): which hypercubes each primary item
 * has (directly or inherited through domain-member relationships), which dimensions each hypercube has, which members
 * are usable for each explicit dimension's domain, and the dimension defaults. Plain JSON data, computed once from
 * the networks so that instance validation never walks relationships.
 *
 * Shape (indices rather than copies, so that a large taxonomy does not repeat member lists per primary item):
 *   primaryItems[concept] -> indices into `drs`; a DRS is the set of has-hypercube relationships that apply to the
 *   primary item in one ELR (section 2.1, 2.3); `drs[i].hasHypercubes` -> indices into `hasHypercubes`; each
 *   has-hypercube lists its dimensions; an explicit dimension points at `domains[j]`, the usable members of its domain
 *   as seen from the ELR where its dimension-domain relationships are (section 2.5.3, 2.5.3.3).
 *
 * `compileDimensions` also reports the taxonomy errors that fall out of building the model:
 * xbrldte:TooManyDefaultMembersError (2.7.1.1), xbrldte:DRSDirectedCycleError (2.4.3 / 2.1.1),
 * xbrldte:PrimaryItemPolymorphismError (2.5.3.2.1). Per-declaration and per-relationship constraints are rules in
 * `src/rules/xdt/taxonomy.ts`.
 */
import type { CompiledTaxonomy, DimensionInfo, DimensionalModel, HypercubeDimension, Relationship } from './types.js';

// The model's shapes are plain data of the compiled taxonomy (src/compile/types.ts); re-exported for their readers.
export type { DimensionInfo, DomainMembers, Drs, HasHypercube, HypercubeDimension, DimensionalModel } from './types.js';
import type { Finding } from '../findings.js';
import { paramFinding } from '../messages/index.js';

export const XBRLDT_NS = 'http://xbrl.org/2005/xbrldt';
export const XBRLDI_NS = 'http://xbrl.org/2006/xbrldi';
export const HYPERCUBE_ITEM = `{${XBRLDT_NS}}hypercubeItem`;
export const DIMENSION_ITEM = `{${XBRLDT_NS}}dimensionItem`;
export const ATTR_CLOSED = `{${XBRLDT_NS}}closed`;
export const ATTR_CONTEXT_ELEMENT = `{${XBRLDT_NS}}contextElement`;
export const ATTR_TARGET_ROLE = `{${XBRLDT_NS}}targetRole`;
export const ATTR_USABLE = `{${XBRLDT_NS}}usable`;
export const ATTR_TYPED_DOMAIN_REF = `{${XBRLDT_NS}}typedDomainRef`;

export const ARCROLE = {
  all: 'http://xbrl.org/int/dim/arcrole/all',
  notAll: 'http://xbrl.org/int/dim/arcrole/notAll',
  hypercubeDimension: 'http://xbrl.org/int/dim/arcrole/hypercube-dimension',
  dimensionDomain: 'http://xbrl.org/int/dim/arcrole/dimension-domain',
  domainMember: 'http://xbrl.org/int/dim/arcrole/domain-member',
  dimensionDefault: 'http://xbrl.org/int/dim/arcrole/dimension-default',
} as const;

const SPEC = 'XBRL Dimensions 1.0';

// ---------------------------------------------------------------------------------------------------------------
// Relationship index shared with the taxonomy rules.

export interface RoleRel {
  rel: Relationship;
  arcrole: string;
  role: string;
}

/** Relationships of the XDT arcroles, by arcrole, ELR and source, with links and arc elements merged (as Arelle's relationshipSet(arcrole, ELR)). */
export class XdtRelationshipIndex {
  private readonly byKey = new Map<string, Map<string, RoleRel[]>>();
  readonly byArcrole = new Map<string, RoleRel[]>();

  constructor(tax: Pick<CompiledTaxonomy, 'networks'>) {
    const wanted = new Set<string>(Object.values(ARCROLE));
    for (const n of tax.networks) {
      if (!wanted.has(n.arcrole)) continue;
      let list = this.byArcrole.get(n.arcrole);
      if (!list) this.byArcrole.set(n.arcrole, (list = []));
      const k = `${n.arcrole}\u0000${n.role}`;
      let from = this.byKey.get(k);
      if (!from) this.byKey.set(k, (from = new Map()));
      for (const rel of n.relationships) {
        const rr: RoleRel = { rel, arcrole: n.arcrole, role: n.role };
        list.push(rr);
        let out = from.get(rel.from);
        if (!out) from.set(rel.from, (out = []));
        out.push(rr);
      }
    }
    for (const m of this.byKey.values()) for (const out of m.values()) out.sort((a, b) => a.rel.order - b.rel.order);
  }

  from(arcrole: string, role: string, source: string): RoleRel[] {
    return this.byKey.get(`${arcrole}\u0000${role}`)?.get(source) ?? EMPTY;
  }

  all(arcrole: string): RoleRel[] {
    return this.byArcrole.get(arcrole) ?? EMPTY;
  }
}
const EMPTY: RoleRel[] = [];

/** The ELR in which relationships consecutive to `r` are found: its xbrldt:targetRole, else its own ELR (section 2.4). */
export function consecutiveRole(r: RoleRel): string {
  return r.rel.attributes[ATTR_TARGET_ROLE] || r.role;
}

export function isUsable(rel: Relationship): boolean {
  const u = rel.attributes[ATTR_USABLE];
  return !(u !== undefined && (u.trim() === 'false' || u.trim() === '0'));
}

export function isClosed(rel: Relationship): boolean {
  const c = rel.attributes[ATTR_CLOSED];
  return c !== undefined && (c.trim() === 'true' || c.trim() === '1');
}

type ConceptMap = CompiledTaxonomy['concepts'];

export function isHypercube(concepts: ConceptMap, key: string): boolean {
  const c = concepts[key];
  return !!c && c.substitutionGroups.includes(HYPERCUBE_ITEM);
}
export function isDimension(concepts: ConceptMap, key: string): boolean {
  const c = concepts[key];
  return !!c && c.substitutionGroups.includes(DIMENSION_ITEM);
}
/** Typed dimension: a dimension declaration with xbrldt:typedDomainRef (section 2.5.2). */
export function isTypedDimension(concepts: ConceptMap, key: string): boolean {
  const c = concepts[key];
  return (
    !!c &&
    isDimension(concepts, key) &&
    (c.typedDomainRef !== undefined || c.otherAttributes?.[ATTR_TYPED_DOMAIN_REF] !== undefined)
  );
}
/** Primary items and domain members are items that are neither hypercubes nor dimensions (sections 2.3.1.1, 2.5.3.1.1, 2.5.3.2.1). */
export function isPrimaryItem(concepts: ConceptMap, key: string): boolean {
  const c = concepts[key];
  return (
    !!c &&
    c.kind === 'item' &&
    !c.substitutionGroups.includes(HYPERCUBE_ITEM) &&
    !c.substitutionGroups.includes(DIMENSION_ITEM)
  );
}
export const isDomainMember = isPrimaryItem;

function qn(key: string): string {
  const i = key.lastIndexOf('}');
  return i >= 0 ? key.slice(i + 1) : key;
}

// ---------------------------------------------------------------------------------------------------------------

interface DomainInfo {
  index: number;
  /** ELRs of the DRS below the dimension: the domain ELR and every targetRole reached (used for cycle detection, 2.4.3). */
  elrs: Set<string>;
  cycle?: RoleRel;
}

/**
 * Builds the dimensional model from the base sets (`tax.networks`) of a compiled taxonomy.
 * Reports xbrldte:TooManyDefaultMembersError, xbrldte:DRSDirectedCycleError and xbrldte:PrimaryItemPolymorphismError
 * through `report`. Never throws on a malformed DTS: relationships whose ends are of the wrong kind are left out of the
 * model (the taxonomy rules report them).
 */
export function compileDimensions(
  tax: Omit<CompiledTaxonomy, 'dimensions'>,
  report: (f: Finding) => void,
): DimensionalModel {
  const concepts = tax.concepts;
  const idx = new XdtRelationshipIndex(tax);
  const model: DimensionalModel = {
    defaults: {},
    dimensions: {},
    domains: [],
    hasHypercubes: [],
    drs: [],
    primaryItems: {},
  };

  // Dimension declarations (2.5).
  for (const key of Object.keys(concepts).sort()) {
    if (!isDimension(concepts, key)) continue;
    const typed = isTypedDimension(concepts, key);
    const info: DimensionInfo = { explicit: !typed };
    const target = concepts[key]!.typedDomainRef?.target;
    if (typed && target) info.typedDomain = target;
    model.dimensions[key] = info;
  }

  // Dimension defaults (2.7.1.1): dimension-default relationships are not scoped by ELR; one default per dimension.
  const tooMany = new Set<string>();
  for (const r of idx.all(ARCROLE.dimensionDefault)) {
    const { from, to } = r.rel;
    const prev = model.defaults[from];
    if (prev === undefined) {
      model.defaults[from] = to;
    } else if (prev !== to && !tooMany.has(`${from}\u0000${to}`)) {
      tooMany.add(`${from}\u0000${to}`);
      report(
        paramFinding(
          'xbrldte:TooManyDefaultMembersError',
          'error',
          { dimension: qn(from), first: qn(prev), second: qn(to), elr: r.role },
          r.rel,
          `${SPEC} section 2.7.1.1`,
        ),
      );
    }
  }

  // Domains: usable members of (dimension, ELR of its dimension-domain relationships) (2.5.3, 2.5.3.3).
  const domainCache = new Map<string, DomainInfo>();
  const domainOf = (dim: string, elr: string): DomainInfo => {
    const k = `${dim}\u0000${elr}`;
    const hit = domainCache.get(k);
    if (hit) return hit;
    const usable = new Set<string>();
    const unusable = new Set<string>();
    const elrs = new Set<string>([elr]);
    const seen = new Set<string>();
    const walk = (rels: RoleRel[]): void => {
      for (const r of rels) {
        (isUsable(r.rel) ? usable : unusable).add(r.rel.to);
        const next = consecutiveRole(r);
        elrs.add(next);
        const sk = `${r.rel.to}\u0000${next}`;
        if (seen.has(sk)) continue;
        seen.add(sk);
        walk(idx.from(ARCROLE.domainMember, next, r.rel.to));
      }
    };
    const roots = idx.from(ARCROLE.dimensionDomain, elr, dim);
    walk(roots);
    for (const u of unusable) usable.delete(u);
    const info: DomainInfo = { index: model.domains.length, elrs };
    model.domains.push({ dimension: dim, elr, members: [...usable].sort() });
    info.cycle = findDirectedCycle(idx, dim, roots, elrs);
    domainCache.set(k, info);
    return info;
  };

  // Has-hypercube relationships (2.3) and the primary items they apply to (2.1: domain-member inheritance).
  const byItem = new Map<string, Map<string, Set<number>>>();
  const cycleReported = new Set<DomainInfo>();
  for (const arcrole of [ARCROLE.all, ARCROLE.notAll] as const) {
    for (const r of idx.all(arcrole)) {
      const { from: pri, to: hc } = r.rel;
      const ce = r.rel.attributes[ATTR_CONTEXT_ELEMENT]?.trim();
      if (!isPrimaryItem(concepts, pri) || !isHypercube(concepts, hc) || (ce !== 'segment' && ce !== 'scenario'))
        continue;
      const dimElr = consecutiveRole(r);
      const dims: HypercubeDimension[] = [];
      const seenDims = new Set<string>();
      const drsItems = drsPrimaryItems(idx, pri, r.role);
      for (const hd of idx.from(ARCROLE.hypercubeDimension, dimElr, hc)) {
        const dim = hd.rel.to;
        const info = model.dimensions[dim];
        if (!info || seenDims.has(dim)) continue;
        seenDims.add(dim);
        const entry: HypercubeDimension = { dimension: dim, explicit: info.explicit };
        if (info.typedDomain) entry.typedDomain = info.typedDomain;
        if (info.explicit) {
          const dom = domainOf(dim, consecutiveRole(hd));
          entry.domain = dom.index;
          if (dom.cycle && !cycleReported.has(dom)) {
            cycleReported.add(dom);
            const c = dom.cycle;
            report(
              paramFinding(
                'xbrldte:DRSDirectedCycleError',
                'error',
                {
                  dimension: qn(dim),
                  hypercube: qn(hc),
                  elr: r.role,
                  from: qn(c.rel.from),
                  to: qn(c.rel.to),
                  arcElr: c.role,
                },
                c.rel,
                `${SPEC} section 2.4.3`,
              ),
            );
          }
          // 2.5.3.2.1: a primary item of the DRS must not be a (usable) member of the domain of one of its explicit dimensions.
          const members = model.domains[dom.index]!.members;
          for (const m of members) {
            if (drsItems.usable.has(m)) {
              report(
                paramFinding(
                  'xbrldte:PrimaryItemPolymorphismError',
                  'error',
                  { concept: qn(m), hypercube: qn(hc), from: qn(pri), elr: r.role, dimension: qn(dim) },
                  r.rel,
                  `${SPEC} section 2.5.3.2.1`,
                ),
              );
              break;
            }
          }
        }
        const def = model.defaults[dim];
        if (def !== undefined && info.explicit) entry.default = def;
        dims.push(entry);
      }
      const hIndex = model.hasHypercubes.length;
      model.hasHypercubes.push({
        arcrole: arcrole === ARCROLE.all ? 'all' : 'notAll',
        primaryItem: pri,
        hypercube: hc,
        elr: r.role,
        closed: isClosed(r.rel),
        contextElement: ce,
        dimensions: dims,
        file: r.rel.file,
        line: r.rel.line,
        column: r.rel.column,
      });
      for (const item of drsItems.all) {
        let m = byItem.get(item);
        if (!m) byItem.set(item, (m = new Map()));
        let s = m.get(r.role);
        if (!s) m.set(r.role, (s = new Set()));
        s.add(hIndex);
      }
    }
  }

  // Intern DRSs (ELR + has-hypercube set) so that primary items of one DRS share it.
  const drsIndex = new Map<string, number>();
  for (const item of [...byItem.keys()].sort()) {
    const list: number[] = [];
    for (const [elr, set] of [...byItem.get(item)!.entries()].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    )) {
      const hcs = [...set].sort((a, b) => a - b);
      const k = `${elr}\u0000${hcs.join(',')}`;
      let i = drsIndex.get(k);
      if (i === undefined) {
        i = model.drs.length;
        model.drs.push({ elr, hasHypercubes: hcs });
        drsIndex.set(k, i);
      }
      list.push(i);
    }
    model.primaryItems[item] = list;
  }
  return model;
}

/**
 * The primary items of a DRS: the source of a has-hypercube relationship in `elr` and its descendants through
 * domain-member relationships starting in `elr` and following xbrldt:targetRole (sections 2.1.1, 2.3).
 * `all` ignores xbrldt:usable (inheritance); `usable` only has targets of usable relationships (polymorphism check).
 */
function drsPrimaryItems(
  idx: XdtRelationshipIndex,
  pri: string,
  elr: string,
): { all: Set<string>; usable: Set<string> } {
  const all = new Set<string>([pri]);
  const usable = new Set<string>([pri]);
  const seen = new Set<string>([`${pri}\u0000${elr}`]);
  const stack: [string, string][] = [[pri, elr]];
  while (stack.length) {
    const [c, role] = stack.pop()!;
    for (const r of idx.from(ARCROLE.domainMember, role, c)) {
      all.add(r.rel.to);
      if (isUsable(r.rel)) usable.add(r.rel.to);
      const next = consecutiveRole(r);
      const k = `${r.rel.to}\u0000${next}`;
      if (!seen.has(k)) {
        seen.add(k);
        stack.push([r.rel.to, next]);
      }
    }
  }
  return { all, usable };
}

/**
 * Directed cycle among the domain-member relationships of a dimension's DRS: a depth-first search from the targets of
 * its dimension-domain relationships over the domain-member relationships of every ELR of the DRS (the domain ELR and
 * the target roles reached). Returns the usable relationship that closes a cycle (or points back at the dimension).
 * Linear in the relationships visited.
 */
function findDirectedCycle(
  idx: XdtRelationshipIndex,
  dim: string,
  roots: RoleRel[],
  elrs: Set<string>,
): RoleRel | undefined {
  const WHITE = 0,
    GREY = 1,
    BLACK = 2;
  const color = new Map<string, number>([[dim, GREY]]);
  const elrList = [...elrs];
  const out = (c: string): RoleRel[] => {
    const res: RoleRel[] = [];
    for (const e of elrList) for (const r of idx.from(ARCROLE.domainMember, e, c)) res.push(r);
    return res;
  };
  for (const root of roots) {
    const start = root.rel.to;
    if ((color.get(start) ?? WHITE) !== WHITE) continue;
    // iterative DFS: stack of [node, its out-relationships, next position]
    const stack: [string, RoleRel[], number][] = [[start, out(start), 0]];
    color.set(start, GREY);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top[2] >= top[1].length) {
        color.set(top[0], BLACK);
        stack.pop();
        continue;
      }
      const r = top[1][top[2]++]!;
      const t = r.rel.to;
      const c = color.get(t) ?? WHITE;
      if (c === GREY) {
        if (isUsable(r.rel)) return r;
      } else if (c === WHITE) {
        color.set(t, GREY);
        stack.push([t, out(t), 0]);
      }
    }
  }
  return undefined;
}
