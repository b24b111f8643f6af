/**
 * Taxonomy diff: what changed between two releases of a taxonomy, computed from two `CompiledTaxonomy` plain-data
 * objects (from live discovery or from validator artifacts alike). Node-free.
 *
 * Matching (in this order; each concept of OLD is matched at most once):
 *  1. by expanded name (XBRL 2.1 section 5.1.1: a concept is identified by its QName);
 *  2. by namespace move: the namespaces of OLD and NEW are paired when they are equal once release dates are
 *     blanked out (`2024-03-31`, `20240331`, `/2024/`), as NT and KvK date their namespaces and URLs; a concept of
 *     OLD whose local name exists in the paired NEW namespace is renamed;
 *  3. by local name and declaration: one unmatched concept of NEW with the same local name and the same declaration
 *     (kind, type and substitution group local names, period type, balance, abstract).
 * Roles and arcroles (role types, ELRs, label and reference roles) are matched the same way (exact URI, then URI with
 * dates blanked out). Everything else (properties, labels, references, relationships, the dimensional model) is
 * compared through these matches, with OLD's names translated into NEW's, so a release that only moves namespaces
 * gives renames and nothing else.
 *
 * Relationships are compared per network (base set: arcrole, ELR, link and arc element; XBRL 2.1 section 3.5.3.9)
 * after prohibition and override; a relationship is identified by its source and target concepts (with an occurrence
 * number when a network has several between the same two concepts). Label and reference relationships are compared
 * as labels and references, not as relationships; relationships to or from other resources (generic links, formula)
 * are not compared here.
 */
import type { CompiledTaxonomy, Concept, SimpleType } from '../compile/types.js';
import type { DimensionalModel } from '../compile/dimensions.js';
import type { FormulaModel } from '../formula/model.js';
import {
  DIFF_FORMAT_VERSION,
  type AssertionChanges,
  type AssertionRef,
  type ConceptChange,
  type ConceptRef,
  type DiffChanges,
  type DiffSummary,
  type DimensionChange,
  type LabelChange,
  type NetworkChanges,
  type PropertyChange,
  type ReferenceChange,
  type RelationshipRef,
  type RoleTypeRef,
  type TaxonomyDiff,
  type TypeChanges,
} from './types.js';

const LABEL_ROLE = 'http://www.xbrl.org/2003/role/label';
const CONCEPT_LABEL = 'http://www.xbrl.org/2003/arcrole/concept-label';
const CONCEPT_REFERENCE = 'http://www.xbrl.org/2003/arcrole/concept-reference';
/** Generic Reference 1.0 (element-reference arcs), compared with the XBRL 2.1 references when they start at a concept. */
const ELEMENT_REFERENCE = 'http://xbrl.org/arcrole/2008/element-reference';

/** A URI with release dates blanked out: `2024-03-31`, `20240331` and a `/2024/` path segment become `*`. */
export function undated(uri: string): string {
  return uri
    .replace(/\d{4}-\d{2}-\d{2}/g, '*')
    .replace(/(?<!\d)(19|20)\d{6}(?!\d)/g, '*')
    .replace(/\/(19|20)\d{2}(?=\/|$)/g, '/*');
}

function splitKey(key: string): { ns: string; local: string } {
  const i = key.lastIndexOf('}');
  return i >= 0 ? { ns: key.slice(1, i), local: key.slice(i + 1) } : { ns: '', local: key };
}

/** Pairs the unmatched items of two sets by an equivalence key, only where the key is unique on both sides. */
function pairUnique(
  oldOnly: Iterable<string>,
  newOnly: Iterable<string>,
  key: (s: string) => string,
): Map<string, string> {
  const byKey = (xs: Iterable<string>) => {
    const m = new Map<string, string[]>();
    for (const x of xs) {
      const k = key(x);
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const o = byKey(oldOnly);
  const n = byKey(newOnly);
  const out = new Map<string, string>();
  for (const [k, os] of o) {
    const ns = n.get(k);
    if (os.length === 1 && ns?.length === 1) out.set(os[0]!, ns[0]!);
  }
  return out;
}

/** The standard label of a concept for readers: English, else Dutch, else any language. */
export function readerLabel(t: CompiledTaxonomy, key: string): string | undefined {
  const byLang = t.labels[key]?.[LABEL_ROLE];
  if (!byLang) return undefined;
  return byLang['en'] ?? byLang['nl'] ?? Object.values(byLang)[0];
}

function ref(t: CompiledTaxonomy, concept: string): ConceptRef {
  const label = readerLabel(t, concept);
  return label === undefined ? { concept } : { concept, label };
}

/** Matches between OLD and NEW names, and the translation of OLD names into NEW ones. */
export class DiffMatch {
  /** OLD concept key -> NEW concept key, for every matched concept (same key included). */
  readonly concepts = new Map<string, string>();
  /** Renamed concepts: OLD key -> how it was matched. */
  readonly renamedBy = new Map<string, 'namespace' | 'localName'>();
  readonly namespaces = new Map<string, string>();
  readonly roles = new Map<string, string>();

  constructor(
    readonly old: CompiledTaxonomy,
    readonly new_: CompiledTaxonomy,
  ) {
    const oc = old.concepts;
    const nc = new_.concepts;
    // namespaces: of concepts, named types and schema documents
    const nsOf = (t: CompiledTaxonomy) => {
      const s = new Set<string>();
      for (const c of Object.values(t.concepts)) s.add(c.namespace);
      for (const k of Object.keys(t.types)) s.add(splitKey(k).ns);
      for (const d of t.documents) if (d.targetNamespace !== undefined) s.add(d.targetNamespace);
      return s;
    };
    const ons = nsOf(old);
    const nns = nsOf(new_);
    for (const ns of ons) if (nns.has(ns)) this.namespaces.set(ns, ns);
    for (const [a, b] of pairUnique(
      [...ons].filter((x) => !nns.has(x)),
      [...nns].filter((x) => !ons.has(x)),
      undated,
    ))
      this.namespaces.set(a, b);

    const newMatched = new Set<string>();
    for (const k of Object.keys(oc)) {
      if (nc[k]) {
        this.concepts.set(k, k);
        newMatched.add(k);
      }
    }
    for (const k of Object.keys(oc)) {
      if (this.concepts.has(k)) continue;
      const { ns, local } = splitKey(k);
      const nsNew = this.namespaces.get(ns);
      if (nsNew === undefined || nsNew === ns) continue;
      const cand = `{${nsNew}}${local}`;
      if (nc[cand] && !newMatched.has(cand) && !oc[cand]) {
        this.concepts.set(k, cand);
        this.renamedBy.set(k, 'namespace');
        newMatched.add(cand);
      }
    }
    const decl = (t: CompiledTaxonomy, k: string) => {
      const c = t.concepts[k]!;
      return [
        c.name,
        c.kind,
        c.type ? splitKey(c.type).local : '',
        c.substitutionGroup ? splitKey(c.substitutionGroup).local : '',
        c.periodType ?? '',
        c.balance ?? '',
        c.abstract,
      ].join('|');
    };
    const byLocal = pairUnique(
      Object.keys(oc).filter((k) => !this.concepts.has(k)),
      Object.keys(nc).filter((k) => !newMatched.has(k)),
      (k) => (oc[k] ? decl(old, k) : decl(new_, k)),
    );
    for (const [a, b] of byLocal) {
      this.concepts.set(a, b);
      this.renamedBy.set(a, 'localName');
    }

    // roles: role types, ELRs of networks, resource roles (labels, references), preferred labels
    const rolesOf = (t: CompiledTaxonomy, arcroles: boolean) => {
      const s = new Set<string>();
      if (arcroles) {
        for (const k of Object.keys(t.arcroleTypes)) s.add(k);
        for (const n of t.networks) s.add(n.arcrole);
        return s;
      }
      for (const k of Object.keys(t.roleTypes)) s.add(k);
      for (const n of t.networks) s.add(n.role);
      for (const r of t.resources) if (r.role !== undefined) s.add(r.role);
      for (const byRole of Object.values(t.labels)) for (const r of Object.keys(byRole)) s.add(r);
      return s;
    };
    for (const arcroles of [false, true]) {
      const or = rolesOf(old, arcroles);
      const nr = rolesOf(new_, arcroles);
      for (const r of or) if (nr.has(r)) this.roles.set(r, r);
      for (const [a, b] of pairUnique(
        [...or].filter((x) => !nr.has(x)),
        [...nr].filter((x) => !or.has(x)),
        undated,
      ))
        this.roles.set(a, b);
    }
  }

  /** An OLD concept or type key in NEW's names (matched concept, else its namespace translated). */
  key(k: string | undefined): string | undefined {
    if (k === undefined) return undefined;
    const m = this.concepts.get(k);
    if (m !== undefined) return m;
    if (!k.startsWith('{')) return k;
    const { ns, local } = splitKey(k);
    const nns = this.namespaces.get(ns);
    return nns === undefined ? k : `{${nns}}${local}`;
  }

  role(r: string): string;
  role(r: string | undefined): string | undefined;
  role(r: string | undefined): string | undefined {
    return r === undefined ? undefined : (this.roles.get(r) ?? r);
  }

  /** True when every role key of `byRole` is matched to itself (no translation needed). */
  identityRoles(byRole: Record<string, unknown>): boolean {
    for (const r in byRole) if (this.role(r) !== r) return false;
    return true;
  }

  /** An attribute value of OLD translated: a matched role URI, else the value itself. */
  value(v: string): string {
    return this.roles.get(v) ?? v;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// concepts

/** The constraining facets of a simple type (each derivation step), without enumerations and names: what `facets` compares. The built-in base is part of the type, compared as `type`. */
function facetsOf(t: SimpleType): unknown {
  const facets = t.facets.map((f) => {
    const { enumeration: _e, ...rest } = f;
    return rest;
  });
  if (t.variety === 'atomic') return facets;
  if (t.variety === 'list') return { itemType: facetsOf(t.itemType), facets };
  return { memberTypes: t.memberTypes.map(facetsOf), facets };
}

/** Enumeration values of a simple type (XML Schema Part 2 section 4.3.5), the innermost restricting step that has them, sorted. */
function enumerationOf(t: SimpleType | undefined): string[] | undefined {
  if (!t) return undefined;
  let e: string[] | undefined;
  for (const f of t.facets) if (f.enumeration) e = f.enumeration;
  return e ? [...e].sort() : undefined;
}

/** JSON text of an object, cached (an artifact's concepts share their value type and attribute objects). */
const jsonCache = new WeakMap<object, string>();
function json(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'undefined';
  let j = jsonCache.get(x);
  if (j === undefined) jsonCache.set(x, (j = JSON.stringify(x)));
  return j;
}
const same = (a: unknown, b: unknown) => a === b || json(a) === json(b);

function conceptChanges(o: Concept, n: Concept, m: DiffMatch): PropertyChange[] {
  const out: PropertyChange[] = [];
  const cmp = (property: string, a: unknown, b: unknown) => {
    if (a === b || (typeof a !== 'object' && typeof b !== 'object')) {
      if (a !== b) out.push({ property, old: a ?? null, new: b ?? null });
      return;
    }
    if (!same(a, b)) out.push({ property, old: a ?? null, new: b ?? null });
  };
  cmp('kind', o.kind, n.kind);
  cmp('type', m.key(o.type), n.type);
  cmp('substitutionGroup', m.key(o.substitutionGroup), n.substitutionGroup);
  cmp('periodType', o.periodType, n.periodType);
  cmp('balance', o.balance, n.balance);
  cmp('abstract', o.abstract, n.abstract);
  cmp('nillable', o.nillable, n.nillable);
  // value types: one serialisation each; the facet-by-facet comparison only when they differ
  if (
    o.valueType !== undefined && n.valueType !== undefined
      ? !same(o.valueType, n.valueType)
      : o.valueType !== n.valueType
  ) {
    cmp('facets', o.valueType && facetsOf(o.valueType), n.valueType && facetsOf(n.valueType));
    cmp('enumeration', enumerationOf(o.valueType), enumerationOf(n.valueType));
  }
  cmp('typedDomainRef', m.key(o.typedDomainRef?.target), n.typedDomainRef?.target);
  const attrs = (c: Concept, map: boolean) => {
    const r: Record<string, string> = {};
    for (const [k, v] of Object.entries(c.otherAttributes ?? {})) {
      if (k.endsWith('}typedDomainRef')) continue; // compared as typedDomainRef (its href carries the release's URL)
      r[k] = map ? undated(m.value(v)) : undated(v);
    }
    return r;
  };
  if (
    (o.otherAttributes !== undefined || n.otherAttributes !== undefined) &&
    !same(o.otherAttributes, n.otherAttributes)
  )
    cmp('otherAttributes', attrs(o, true), attrs(n, false));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// references

function referencesByConcept(t: CompiledTaxonomy): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const net of t.networks) {
    if (net.arcrole !== CONCEPT_REFERENCE && net.arcrole !== ELEMENT_REFERENCE) continue;
    for (const r of net.relationships) {
      if (!r.to.startsWith('#resource:') || r.from.startsWith('#resource:')) continue;
      const res = t.resources[Number(r.to.slice(10))];
      if (!res) continue;
      const k = `${res.role ?? ''}\u0000${res.text}`;
      const l = out.get(r.from);
      if (!l) out.set(r.from, [k]);
      else l.push(k);
    }
  }
  return out;
}

type Labels = Record<string, Record<string, string>>;

function labelsEqual(a: Labels, b: Labels): boolean {
  let n = 0;
  for (const role in a) {
    const x = a[role]!;
    const y = b[role];
    if (y === undefined) return false;
    let k = 0;
    for (const lang in x) {
      if (x[lang] !== y[lang]) return false;
      k++;
    }
    for (const _ in y) k--;
    if (k !== 0) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}

/** Label changes of one matched concept, per role (translated) and language, appended to `out`. */
function labelChanges(
  ol: Labels | undefined,
  nl: Labels | undefined,
  m: DiffMatch,
  ok: string,
  nk: string,
  out: LabelChange[],
): void {
  if (ol === nl || (ol !== undefined && nl !== undefined && m.identityRoles(ol) && labelsEqual(ol, nl))) return;
  const a0: Labels = {};
  for (const [role, byLang] of Object.entries(ol ?? {})) a0[m.role(role)] = { ...(a0[m.role(role)] ?? {}), ...byLang };
  const b0 = nl ?? {};
  for (const role of new Set([...Object.keys(a0), ...Object.keys(b0)])) {
    const a = a0[role] ?? {};
    const b = b0[role] ?? {};
    for (const lang of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = a[lang];
      const y = b[lang];
      if (x === y) continue;
      const lc: LabelChange = {
        concept: nk,
        role,
        lang,
        kind: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
      };
      if (nk !== ok) lc.oldConcept = ok;
      if (x !== undefined) lc.old = x;
      if (y !== undefined) lc.new = y;
      out.push(lc);
    }
  }
}

/** Reference changes of one matched concept (role translated, parts as rendered), appended to `out`. */
function referenceChanges(
  o: string[] | undefined,
  n: string[] | undefined,
  m: DiffMatch,
  ok: string,
  nk: string,
  out: ReferenceChange[],
): void {
  if (o === undefined && n === undefined) return;
  const roleOf = (x: string) => x.slice(0, x.indexOf('\u0000'));
  if (o && n && o.length === n.length && o.every((x, i) => x === n[i] && m.role(roleOf(x)) === roleOf(x))) return;
  const os = new Set(
    (o ?? []).map((s) => {
      const i = s.indexOf('\u0000');
      return `${m.role(s.slice(0, i))}${s.slice(i)}`;
    }),
  );
  const ns = new Set(n ?? []);
  const push = (s: string, kind: 'added' | 'removed') => {
    const i = s.indexOf('\u0000');
    const rc: ReferenceChange = { concept: nk, role: s.slice(0, i), kind, text: s.slice(i + 1) };
    if (nk !== ok) rc.oldConcept = ok;
    out.push(rc);
  };
  for (const s of os) if (!ns.has(s)) push(s, 'removed');
  for (const s of ns) if (!os.has(s)) push(s, 'added');
}

// ---------------------------------------------------------------------------------------------------------------
// relationships

interface RelEntry {
  ref: RelationshipRef;
}

function relMap(rels: RelationshipRef[]): Map<string, RelEntry> {
  const out = new Map<string, RelEntry>();
  const sorted = [...rels].sort((a, b) => a.order - b.order);
  for (const r of sorted) {
    let k = `${r.from}\u0000${r.to}`;
    for (let i = 2; out.has(k); i++) k = `${r.from}\u0000${r.to}\u0000${i}`;
    out.set(k, { ref: r });
  }
  return out;
}

function relChanges(o: RelationshipRef, n: RelationshipRef): PropertyChange[] {
  const out: PropertyChange[] = [];
  if (o.order !== n.order) out.push({ property: 'order', old: o.order, new: n.order });
  for (const k of new Set([...Object.keys(o.attributes), ...Object.keys(n.attributes)])) {
    const a = o.attributes[k];
    const b = n.attributes[k];
    if (k === 'weight' && a !== undefined && b !== undefined && Number(a) === Number(b)) continue;
    if (a !== b) out.push({ property: k, old: a ?? null, new: b ?? null });
  }
  return out;
}

function diffNetworks(old: CompiledTaxonomy, nw: CompiledTaxonomy, m: DiffMatch): NetworkChanges[] {
  type Net = { arcrole: string; role: string; oldRole?: string; link: string; arc: string; rels: RelationshipRef[] };
  const skip = (arcrole: string) => arcrole === CONCEPT_LABEL || arcrole === CONCEPT_REFERENCE;
  const isResource = (k: string) => k.startsWith('#resource:');
  const collect = (t: CompiledTaxonomy, map: boolean) => {
    const out = new Map<string, Net>();
    for (const n of t.networks) {
      if (skip(n.arcrole)) continue;
      const arcrole = map ? m.role(n.arcrole) : n.arcrole;
      const role = map ? m.role(n.role) : n.role;
      const key = `${arcrole}\u0000${role}\u0000${n.link}\u0000${n.arc}`;
      let net = out.get(key);
      if (!net) {
        net = { arcrole, role, link: n.link, arc: n.arc, rels: [] };
        if (map && role !== n.role) net.oldRole = n.role;
        out.set(key, net);
      }
      for (const r of n.relationships) {
        if (isResource(r.from) || isResource(r.to)) continue;
        const attributes: Record<string, string> = {};
        for (const [k, v] of Object.entries(r.attributes)) attributes[k] = map ? m.value(v) : v;
        net.rels.push({
          from: map ? m.key(r.from)! : r.from,
          to: map ? m.key(r.to)! : r.to,
          order: r.order,
          attributes,
        });
      }
    }
    return out;
  };
  const o = collect(old, true);
  const n = collect(nw, false);
  const out: NetworkChanges[] = [];
  for (const key of new Set([...o.keys(), ...n.keys()])) {
    const on = o.get(key);
    const nn = n.get(key);
    const base = (on ?? nn)!;
    const c: NetworkChanges = {
      arcrole: base.arcrole,
      role: base.role,
      link: base.link,
      arc: base.arc,
      added: [],
      removed: [],
      changed: [],
    };
    if (on?.oldRole !== undefined) c.oldRole = on.oldRole;
    const om = relMap(on?.rels ?? []);
    const nm = relMap(nn?.rels ?? []);
    for (const [k, e] of om) {
      const ne = nm.get(k);
      if (!ne) c.removed.push(e.ref);
      else {
        const ch = relChanges(e.ref, ne.ref);
        if (ch.length) c.changed.push({ from: e.ref.from, to: e.ref.to, changes: ch });
      }
    }
    for (const [k, e] of nm) if (!om.has(k)) c.added.push(e.ref);
    if (c.added.length || c.removed.length || c.changed.length) out.push(c);
  }
  return out.sort((a, b) =>
    a.arcrole < b.arcrole ? -1 : a.arcrole > b.arcrole ? 1 : a.role < b.role ? -1 : a.role > b.role ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// dimensional model (XBRL Dimensions 1.0)

interface DimView {
  hasHypercubes: Map<
    string,
    {
      arcrole: 'all' | 'notAll';
      primaryItem: string;
      hypercube: string;
      elr: string;
      closed: boolean;
      contextElement: string;
      dimensions: string[];
    }
  >;
  dimensions: Map<string, { explicit: boolean; typedDomain?: string; default?: string; members: Set<string> }>;
}

function dimView(d: DimensionalModel | undefined, k: (s: string) => string, r: (s: string) => string): DimView {
  const v: DimView = { hasHypercubes: new Map(), dimensions: new Map() };
  if (!d) return v;
  for (const h of d.hasHypercubes) {
    const e = {
      arcrole: h.arcrole,
      primaryItem: k(h.primaryItem),
      hypercube: k(h.hypercube),
      elr: r(h.elr),
      closed: h.closed,
      contextElement: h.contextElement,
      dimensions: h.dimensions.map((x) => k(x.dimension)).sort(),
    };
    const key = `${e.arcrole}\u0000${e.primaryItem}\u0000${e.hypercube}\u0000${e.elr}`;
    const prev = v.hasHypercubes.get(key);
    if (prev) prev.dimensions = [...new Set([...prev.dimensions, ...e.dimensions])].sort();
    else v.hasHypercubes.set(key, e);
  }
  for (const [dim, info] of Object.entries(d.dimensions)) {
    const x: { explicit: boolean; typedDomain?: string; default?: string; members: Set<string> } = {
      explicit: info.explicit,
      members: new Set(),
    };
    if (info.typedDomain !== undefined) x.typedDomain = k(info.typedDomain);
    const def = d.defaults[dim];
    if (def !== undefined) x.default = k(def);
    v.dimensions.set(k(dim), x);
  }
  for (const dom of d.domains) {
    const x = v.dimensions.get(k(dom.dimension));
    if (x) for (const mem of dom.members) x.members.add(k(mem));
  }
  return v;
}

function diffDimensions(old: CompiledTaxonomy, nw: CompiledTaxonomy, m: DiffMatch): DimensionChange[] {
  const o = dimView(
    old.dimensions,
    (s) => m.key(s)!,
    (s) => m.role(s),
  );
  const n = dimView(
    nw.dimensions,
    (s) => s,
    (s) => s,
  );
  const out: DimensionChange[] = [];
  for (const [key, h] of o.hasHypercubes) {
    const nh = n.hasHypercubes.get(key);
    const id = { arcrole: h.arcrole, primaryItem: h.primaryItem, hypercube: h.hypercube, elr: h.elr };
    if (!nh) {
      out.push({ kind: 'hasHypercubeRemoved', ...id, dimensions: h.dimensions });
      continue;
    }
    const changes: PropertyChange[] = [];
    for (const p of ['closed', 'contextElement', 'dimensions'] as const)
      if (!same(h[p], nh[p])) changes.push({ property: p, old: h[p], new: nh[p] });
    if (changes.length) out.push({ kind: 'hasHypercubeChanged', ...id, changes });
  }
  for (const [key, h] of n.hasHypercubes) {
    if (!o.hasHypercubes.has(key))
      out.push({
        kind: 'hasHypercubeAdded',
        arcrole: h.arcrole,
        primaryItem: h.primaryItem,
        hypercube: h.hypercube,
        elr: h.elr,
        dimensions: h.dimensions,
      });
  }
  for (const [dim, x] of o.dimensions) {
    const y = n.dimensions.get(dim);
    if (!y) {
      out.push({ kind: 'dimensionRemoved', dimension: dim, explicit: x.explicit });
      continue;
    }
    const changes: PropertyChange[] = [];
    for (const p of ['explicit', 'typedDomain', 'default'] as const)
      if (x[p] !== y[p]) changes.push({ property: p, old: x[p] ?? null, new: y[p] ?? null });
    const membersAdded = [...y.members].filter((mm) => !x.members.has(mm)).sort();
    const membersRemoved = [...x.members].filter((mm) => !y.members.has(mm)).sort();
    if (changes.length || membersAdded.length || membersRemoved.length)
      out.push({ kind: 'dimensionChanged', dimension: dim, membersAdded, membersRemoved, changes });
  }
  for (const [dim, y] of n.dimensions)
    if (!o.dimensions.has(dim)) out.push({ kind: 'dimensionAdded', dimension: dim, explicit: y.explicit });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// role and arcrole types (XBRL 2.1 sections 5.1.3, 5.1.4)

function diffTypes(
  o: Record<string, { definition?: string; usedOn: string[]; cyclesAllowed?: string }>,
  n: Record<string, { definition?: string; usedOn: string[]; cyclesAllowed?: string }>,
  m: DiffMatch,
): TypeChanges<RoleTypeRef> {
  const out: TypeChanges<RoleTypeRef> = { added: [], removed: [], renamed: [], changed: [] };
  const r = (uri: string, t: { definition?: string }): RoleTypeRef =>
    t.definition === undefined ? { uri } : { uri, definition: t.definition };
  const matchedNew = new Set<string>();
  for (const [uri, t] of Object.entries(o)) {
    const nu = m.role(uri);
    const nt = n[nu];
    if (!nt) {
      out.removed.push(r(uri, t));
      continue;
    }
    matchedNew.add(nu);
    if (nu !== uri) out.renamed.push({ old: uri, new: nu });
    const changes: PropertyChange[] = [];
    if ((t.definition ?? '') !== (nt.definition ?? ''))
      changes.push({ property: 'definition', old: t.definition ?? null, new: nt.definition ?? null });
    if (!same([...t.usedOn].sort(), [...nt.usedOn].sort()))
      changes.push({ property: 'usedOn', old: [...t.usedOn].sort(), new: [...nt.usedOn].sort() });
    if (t.cyclesAllowed !== nt.cyclesAllowed)
      changes.push({ property: 'cyclesAllowed', old: t.cyclesAllowed ?? null, new: nt.cyclesAllowed ?? null });
    if (changes.length) out.changed.push(nu !== uri ? { uri: nu, oldUri: uri, changes } : { uri: nu, changes });
  }
  for (const [uri, t] of Object.entries(n)) if (!matchedNew.has(uri)) out.added.push(r(uri, t));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

interface AssertionView {
  ref: AssertionRef;
  props: Record<string, unknown>;
}

/**
 * The assertions of a formula model (Value/Existence Assertions 1.0 section 2, Consistency Assertion 1.0 section 2),
 * keyed by id (an assertion without id: its ELR and position), with the properties the diff compares. Messages
 * (Generic Messages 1.0) by language; Assertion Severity 2.0 `ERROR` when no severity arc gives one.
 */
function assertionsOf(f: FormulaModel | undefined): Map<string, AssertionView> {
  const out = new Map<string, AssertionView>();
  if (!f) return out;
  const msgs = (ms: { lang: string; text: string }[]) => {
    const r: Record<string, string> = {};
    for (const x of ms) r[x.lang] = r[x.lang] === undefined ? x.text : `${r[x.lang]}\n${x.text}`;
    return r;
  };
  const add = (
    id: string | undefined,
    elr: string,
    i: number,
    ref: Omit<AssertionRef, 'id'>,
    props: Record<string, unknown>,
  ) => {
    let key = id ?? `${elr}#${i}`;
    for (let n = 2; out.has(key); n++) key = `${id ?? `${elr}#${i}`}#${n}`;
    out.set(key, { ref: { id: key, ...ref }, props });
  };
  f.variableSets.forEach((v, i) => {
    if (v.kind === 'formula') return;
    const ref: Omit<AssertionRef, 'id'> = v.test ? { kind: v.kind, test: v.test.text } : { kind: v.kind };
    add(v.id, v.elr, i, ref, {
      kind: v.kind,
      test: v.test?.text,
      severity: v.severity ?? 'ERROR',
      preconditions: v.preconditions.map((p) => p.text),
      unsatisfiedMessages: msgs(v.unsatisfiedMessages),
      satisfiedMessages: msgs(v.satisfiedMessages),
    });
  });
  f.consistencyAssertions.forEach((c, i) => {
    add(
      c.id,
      c.elr,
      i,
      { kind: 'consistencyAssertion' },
      {
        kind: 'consistencyAssertion',
        strict: c.strict,
        absoluteAcceptanceRadius: c.absoluteAcceptanceRadius?.text,
        proportionalAcceptanceRadius: c.proportionalAcceptanceRadius?.text,
        severity: c.severity ?? 'ERROR',
        unsatisfiedMessages: msgs(c.unsatisfiedMessages),
        satisfiedMessages: msgs(c.satisfiedMessages),
      },
    );
  });
  return out;
}

/** Formula assertions added, removed and changed (by id). Expressions are compared as written (prefixes, not namespaces). */
function assertionChanges(old: CompiledTaxonomy, nw: CompiledTaxonomy): AssertionChanges {
  const o = assertionsOf(old.formula);
  const n = assertionsOf(nw.formula);
  const out: AssertionChanges = {
    available: old.formula !== undefined || nw.formula !== undefined,
    old: o.size,
    new: n.size,
    added: [],
    removed: [],
    changed: [],
  };
  if (!out.available) {
    out.note =
      'neither release has formula assertions compiled (no formula linkbases, or an artifact compiled before formula support)';
    return out;
  }
  for (const [k, a] of o) {
    const b = n.get(k);
    if (!b) {
      out.removed.push(a.ref);
      continue;
    }
    const changes: PropertyChange[] = [];
    for (const p of new Set([...Object.keys(a.props), ...Object.keys(b.props)])) {
      if (!same(a.props[p], b.props[p]))
        changes.push({ property: p, old: a.props[p] ?? null, new: b.props[p] ?? null });
    }
    if (changes.length) out.changed.push({ id: k, kind: b.ref.kind, changes });
  }
  for (const [k, b] of n) if (!o.has(k)) out.added.push(b.ref);
  return out;
}

function entryPointName(u: string): string {
  return undated(u.slice(u.replace(/[?#].*$/, '').lastIndexOf('/') + 1));
}

/**
 * Compares two compiled taxonomies: what changed from OLD to NEW.
 *
 * @param old the earlier release (a `CompiledTaxonomy` from `loadDts`, `compileDts` or a `Validator`'s `taxonomy`)
 * @param nw the later release
 * @returns a `TaxonomyDiff` (plain JSON, schema in docs/diff.md): `summary` counts and `changes` per category.
 *   Arrays are in a deterministic order (OLD's order, then NEW's additions; networks by arcrole and ELR).
 * Throws nothing for well-formed compiled taxonomies.
 */
export function diffTaxonomies(old: CompiledTaxonomy, nw: CompiledTaxonomy): TaxonomyDiff {
  const m = new DiffMatch(old, nw);
  const changes: DiffChanges = {
    concepts: { added: [], removed: [], renamed: [], changed: [] },
    labels: [],
    references: [],
    relationships: [],
    dimensions: [],
    roleTypes: { added: [], removed: [], renamed: [], changed: [] },
    arcroleTypes: { added: [], removed: [], renamed: [], changed: [] },
    assertions: assertionChanges(old, nw),
    entryPoints: { added: [], removed: [] },
    namespaces: [...m.namespaces].filter(([a, b]) => a !== b).map(([a, b]) => ({ old: a, new: b })),
  };

  // concepts (XBRL 2.1 section 5.1.1: type, substitution group, periodType, balance, abstract, nillable)
  const oldRefs = referencesByConcept(old);
  const newRefs = referencesByConcept(nw);
  const matchedNew = new Set(m.concepts.values());
  for (const [ok, oc] of Object.entries(old.concepts)) {
    const nk = m.concepts.get(ok);
    if (nk === undefined) {
      changes.concepts.removed.push(ref(old, ok));
      continue;
    }
    const nc = nw.concepts[nk]!;
    const renamed = nk !== ok;
    if (renamed) {
      const label = readerLabel(nw, nk);
      changes.concepts.renamed.push({
        old: ok,
        new: nk,
        ...(label !== undefined ? { label } : {}),
        by: m.renamedBy.get(ok)!,
      });
    }
    const ch = conceptChanges(oc, nc, m);
    if (ch.length)
      changes.concepts.changed.push({
        ...ref(nw, nk),
        ...(renamed ? { oldConcept: ok } : {}),
        changes: ch,
      } as ConceptChange);

    labelChanges(old.labels[ok], nw.labels[nk], m, ok, nk, changes.labels);
    referenceChanges(oldRefs.get(ok), newRefs.get(nk), m, ok, nk, changes.references);
  }
  for (const nk of Object.keys(nw.concepts)) if (!matchedNew.has(nk)) changes.concepts.added.push(ref(nw, nk));

  changes.relationships = diffNetworks(old, nw, m);
  changes.dimensions = diffDimensions(old, nw, m);
  changes.roleTypes = diffTypes(old.roleTypes, nw.roleTypes, m);
  changes.arcroleTypes = diffTypes(old.arcroleTypes, nw.arcroleTypes, m);

  const oep = new Set(old.entryPoints.map(entryPointName));
  const nep = new Set(nw.entryPoints.map(entryPointName));
  changes.entryPoints.removed = old.entryPoints.filter((e) => !nep.has(entryPointName(e)));
  changes.entryPoints.added = nw.entryPoints.filter((e) => !oep.has(entryPointName(e)));

  const rels = changes.relationships;
  const count = (t: TypeChanges<RoleTypeRef>) => t.added.length + t.removed.length + t.changed.length;
  const summary: DiffSummary = {
    conceptsAdded: changes.concepts.added.length,
    conceptsRemoved: changes.concepts.removed.length,
    conceptsRenamed: changes.concepts.renamed.length,
    conceptsChanged: changes.concepts.changed.length,
    labelsChanged: changes.labels.length,
    referencesChanged: changes.references.length,
    relationshipsAdded: rels.reduce((s, n) => s + n.added.length, 0),
    relationshipsRemoved: rels.reduce((s, n) => s + n.removed.length, 0),
    relationshipsChanged: rels.reduce((s, n) => s + n.changed.length, 0),
    dimensionsChanged: changes.dimensions.length,
    roleTypesChanged: count(changes.roleTypes),
    roleTypesRenamed: changes.roleTypes.renamed.length,
    arcroleTypesChanged: count(changes.arcroleTypes),
    arcroleTypesRenamed: changes.arcroleTypes.renamed.length,
    assertionsChanged:
      changes.assertions.added.length + changes.assertions.removed.length + changes.assertions.changed.length,
    entryPointsChanged: changes.entryPoints.added.length + changes.entryPoints.removed.length,
  };
  const relCount = (t: CompiledTaxonomy) => t.networks.reduce((s, n) => s + n.relationships.length, 0);
  return {
    diffFormatVersion: DIFF_FORMAT_VERSION,
    old: {
      entryPoints: [...old.entryPoints],
      concepts: Object.keys(old.concepts).length,
      relationships: relCount(old),
    },
    new: { entryPoints: [...nw.entryPoints], concepts: Object.keys(nw.concepts).length, relationships: relCount(nw) },
    summary,
    changes,
  };
}
