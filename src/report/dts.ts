/**
 * Summary of a compiled taxonomy for `sbr dts`: documents, concepts by kind, relationships per arcrole and ELR,
 * the dimensional model's counts and a listing of its has-hypercube relationships with their dimensions.
 *
 * Dimension counts distinguish the dimension declarations of the DTS (every element in xbrldt:dimensionItem's
 * substitution group, used or not) from the dimensions that hypercubes actually have; member counts are of the usable
 * members of explicit domains (per dimension and ELR, XBRL Dimensions 1.0 section 2.5.3).
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { conceptLabel } from '../rules/engine.js';

export interface DtsSummary {
  entryPoints: string[];
  documents: { total: number; schemas: number; linkbases: number };
  concepts: { total: number; items: number; tuples: number; other: number; abstract: number; numeric: number };
  roleTypes: number;
  arcroleTypes: number;
  /** Relationships per arcrole (after prohibition/override), with the number of ELRs. */
  relationships: { arcrole: string; relationships: number; elrs: number }[];
  labels: { concepts: number; languages: string[] };
  dimensions?: Record<string, number>;
  /** The has-hypercube relationships (sections 2.3, 2.2.2) in ELR order, at most `HYPERCUBE_LISTING_LIMIT`. */
  hypercubes?: HypercubeSummary[];
  /** Number of has-hypercube relationships left out of `hypercubes`. */
  hypercubesOmitted?: number;
  /** Enumeration concepts (Extensible Enumerations 1.0/2.0) with their domains, at most `ENUMERATION_LISTING_LIMIT`. */
  enumerations?: EnumerationSummary[];
  /** Number of enumeration concepts left out of `enumerations`. */
  enumerationsOmitted?: number;
  findings: number;
}

export interface EnumerationSummary {
  concept: string;
  label: string;
  /** `enum` (1.0) or `enum2` (2.0), and whether the value is a set. */
  version: 1 | 2;
  set: boolean;
  /** Domain head as written and resolved, its label, the linkrole and headUsable. */
  domainQName?: string;
  domain?: string;
  domainLabel?: string;
  linkrole?: string;
  headUsable: boolean;
  /** Number of members in the domain of allowed values. */
  members: number;
}

export const ENUMERATION_LISTING_LIMIT = 500;

export interface HypercubeSummary {
  arcrole: 'all' | 'notAll';
  hypercube: string;
  label: string;
  closed: boolean;
  contextElement: 'segment' | 'scenario';
  elr: string;
  /** The source of the relationship and the number of primary items it applies to (with domain-member descendants). */
  primaryItem: string;
  primaryItems: number;
  dimensions: {
    dimension: string;
    label: string;
    explicit: boolean;
    /** Explicit: usable members of the domain in the ELR of its dimension-domain relationships. */
    members?: number;
    /** Typed: the typed domain element. */
    typedDomain?: string;
    default?: string;
    defaultLabel?: string;
  }[];
}

export const HYPERCUBE_LISTING_LIMIT = 200;

export function summarizeDts(t: CompiledTaxonomy): DtsSummary {
  const concepts = Object.values(t.concepts);
  const byArcrole = new Map<string, { relationships: number; elrs: Set<string> }>();
  for (const n of t.networks) {
    let e = byArcrole.get(n.arcrole);
    if (!e) byArcrole.set(n.arcrole, (e = { relationships: 0, elrs: new Set() }));
    e.relationships += n.relationships.length;
    e.elrs.add(n.role);
  }
  const langs = new Set<string>();
  for (const byRole of Object.values(t.labels))
    for (const byLang of Object.values(byRole)) for (const l of Object.keys(byLang)) langs.add(l);
  const s: DtsSummary = {
    entryPoints: t.entryPoints,
    documents: {
      total: t.documents.length,
      schemas: t.documents.filter((d) => d.kind === 'schema').length,
      linkbases: t.documents.filter((d) => d.kind === 'linkbase').length,
    },
    concepts: {
      total: concepts.filter((c) => c.kind !== 'other').length,
      items: concepts.filter((c) => c.kind === 'item').length,
      tuples: concepts.filter((c) => c.kind === 'tuple').length,
      other: concepts.filter((c) => c.kind === 'other').length,
      abstract: concepts.filter((c) => c.kind !== 'other' && c.abstract).length,
      numeric: concepts.filter((c) => c.kind === 'item' && c.numeric).length,
    },
    roleTypes: Object.keys(t.roleTypes).length,
    arcroleTypes: Object.keys(t.arcroleTypes).length,
    relationships: [...byArcrole.entries()]
      .map(([arcrole, e]) => ({ arcrole, relationships: e.relationships, elrs: e.elrs.size }))
      .sort((a, b) => (a.arcrole < b.arcrole ? -1 : 1)),
    labels: { concepts: Object.keys(t.labels).length, languages: [...langs].sort() },
    findings: t.findings.length,
  };
  const d = t.dimensions;
  if (d) {
    const label = (k: string) => conceptLabel(t, k, 'en');
    const declared = Object.values(d.dimensions);
    const used = new Map<string, boolean>();
    for (const h of d.hasHypercubes) for (const x of h.dimensions) used.set(x.dimension, x.explicit);
    const usedExplicit = [...used.values()].filter(Boolean).length;
    const distinct = new Set<string>();
    let memberSum = 0;
    for (const dom of d.domains) {
      memberSum += dom.members.length;
      for (const m of dom.members) distinct.add(m);
    }
    // primary items per has-hypercube relationship (through the DRSs they are in)
    const itemsPerHh = new Array<number>(d.hasHypercubes.length).fill(0);
    for (const drsList of Object.values(d.primaryItems)) {
      const seen = new Set<number>();
      for (const i of drsList) for (const h of d.drs[i]!.hasHypercubes) seen.add(h);
      for (const h of seen) itemsPerHh[h]!++;
    }
    s.dimensions = {
      'hypercubes (in has-hypercube relationships)': new Set(d.hasHypercubes.map((h) => h.hypercube)).size,
      'has-hypercube relationships, all': d.hasHypercubes.filter((h) => h.arcrole === 'all').length,
      'has-hypercube relationships, notAll': d.hasHypercubes.filter((h) => h.arcrole === 'notAll').length,
      'dimension declarations in the DTS, explicit': declared.filter((x) => x.explicit).length,
      'dimension declarations in the DTS, typed': declared.filter((x) => !x.explicit).length,
      'dimensions of hypercubes, explicit': usedExplicit,
      'dimensions of hypercubes, typed': used.size - usedExplicit,
      'explicit domains (per dimension and ELR)': d.domains.length,
      'explicit domains without usable members': d.domains.filter((x) => x.members.length === 0).length,
      'usable domain members (summed over domains)': memberSum,
      'distinct usable domain members': distinct.size,
      'dimension defaults (dimension-default relationships)': Object.keys(d.defaults).length,
      'defaults of dimensions of hypercubes': [...used.keys()].filter((k) => d.defaults[k] !== undefined).length,
      'primary items with hypercubes': Object.keys(d.primaryItems).length,
      'DRSs (distinct ELR and has-hypercube sets)': d.drs.length,
    };
    s.hypercubes = d.hasHypercubes.slice(0, HYPERCUBE_LISTING_LIMIT).map((h, i) => ({
      arcrole: h.arcrole,
      hypercube: h.hypercube,
      label: label(h.hypercube),
      closed: h.closed,
      contextElement: h.contextElement,
      elr: h.elr,
      primaryItem: h.primaryItem,
      primaryItems: itemsPerHh[i]!,
      dimensions: h.dimensions.map((x) => {
        const o: HypercubeSummary['dimensions'][number] = {
          dimension: x.dimension,
          label: label(x.dimension),
          explicit: x.explicit,
        };
        if (x.explicit) o.members = x.domain !== undefined ? d.domains[x.domain]!.members.length : 0;
        if (x.typedDomain) o.typedDomain = x.typedDomain;
        if (x.default !== undefined) {
          o.default = x.default;
          o.defaultLabel = label(x.default);
        }
        return o;
      }),
    }));
    if (d.hasHypercubes.length > HYPERCUBE_LISTING_LIMIT)
      s.hypercubesOmitted = d.hasHypercubes.length - HYPERCUBE_LISTING_LIMIT;
  }
  const en = t.enumerations ? Object.entries(t.enumerations.concepts) : [];
  if (en.length) {
    s.enumerations = en.slice(0, ENUMERATION_LISTING_LIMIT).map(([k, c]) => {
      const o: EnumerationSummary = {
        concept: k,
        label: conceptLabel(t, k, 'en'),
        version: c.version,
        set: c.set,
        headUsable: c.headUsable,
        members: c.members.length,
      };
      if (c.domainQName !== undefined) o.domainQName = c.domainQName;
      if (c.domain !== undefined) {
        o.domain = c.domain;
        o.domainLabel = conceptLabel(t, c.domain, 'en');
      }
      if (c.linkrole !== undefined) o.linkrole = c.linkrole;
      return o;
    });
    if (en.length > ENUMERATION_LISTING_LIMIT) s.enumerationsOmitted = en.length - ENUMERATION_LISTING_LIMIT;
  }
  return s;
}

export function formatDtsText(s: DtsSummary): string {
  const out: string[] = [];
  out.push(`Entry points: ${s.entryPoints.join(', ')}`);
  out.push(`Documents: ${s.documents.total} (${s.documents.schemas} schemas, ${s.documents.linkbases} linkbases)`);
  out.push(
    `Concepts: ${s.concepts.total} (${s.concepts.items} items, ${s.concepts.tuples} tuples; ${s.concepts.abstract} abstract, ${s.concepts.numeric} numeric items); other element declarations: ${s.concepts.other}`,
  );
  out.push(`Role types: ${s.roleTypes}, arcrole types: ${s.arcroleTypes}`);
  out.push(`Labels: ${s.labels.concepts} concepts labelled, languages: ${s.labels.languages.join(', ') || '-'}`);
  out.push('Relationships per arcrole:');
  for (const r of s.relationships)
    out.push(`  ${String(r.relationships).padStart(8)}  in ${String(r.elrs).padStart(4)} ELR(s)  ${r.arcrole}`);
  if (s.dimensions) {
    out.push('Dimensions:');
    for (const [k, v] of Object.entries(s.dimensions)) out.push(`  ${k}: ${v}`);
  }
  if (s.hypercubes?.length) {
    out.push('Hypercubes (one line per has-hypercube relationship, then its dimensions):');
    for (const h of s.hypercubes) {
      out.push(
        `  ${h.arcrole} ${h.label}, ${h.closed ? 'closed' : 'open'}, ${h.contextElement}, ELR ${h.elr}: ${h.primaryItems} primary item(s) from ${localName(h.primaryItem)}`,
      );
      if (!h.dimensions.length) out.push('      (no dimensions)');
      for (const x of h.dimensions) {
        const what = x.explicit
          ? `explicit, ${x.members} usable member(s), ${x.default !== undefined ? `default ${x.defaultLabel}` : 'no default'}`
          : `typed${x.typedDomain ? `, domain element ${localName(x.typedDomain)}` : ''}`;
        out.push(`      ${x.label}: ${what}`);
      }
    }
    if (s.hypercubesOmitted)
      out.push(`  ... and ${s.hypercubesOmitted} more has-hypercube relationship(s) (see --format json)`);
  }
  if (s.enumerations?.length) {
    const n = s.enumerations.length + (s.enumerationsOmitted ?? 0);
    out.push(
      `Enumeration concepts: ${n} (one line each: type, domain head, linkrole, members of the domain of allowed values)`,
    );
    for (const e of s.enumerations) {
      const type = `${e.version === 1 ? 'enum' : 'enum2'}:${e.set ? 'enumerationSetItemType' : 'enumerationItemType'}`;
      const domain =
        e.domainLabel ?? (e.domainQName !== undefined ? `${e.domainQName.trim()} (unresolved)` : '(no domain)');
      out.push(
        `  ${e.label}: ${type}, domain ${domain}${e.headUsable ? ' (head usable)' : ''}, linkrole ${e.linkrole ?? '(none)'}: ${e.members} member(s)`,
      );
    }
    if (s.enumerationsOmitted)
      out.push(`  ... and ${s.enumerationsOmitted} more enumeration concept(s) (see --format json)`);
  }
  out.push(`Findings while loading: ${s.findings}`);
  return out.join('\n') + '\n';
}

function localName(key: string): string {
  const i = key.lastIndexOf('}');
  return i >= 0 ? key.slice(i + 1) : key;
}
