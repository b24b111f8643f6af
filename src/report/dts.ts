/**
 * Summary of a compiled taxonomy for `sbr dts`: documents, concepts by kind, relationships per arcrole and ELR,
 * and the dimensional model's counts.
 */
import type { CompiledTaxonomy } from '../compile/types.js';

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
  findings: number;
}

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
  for (const byRole of Object.values(t.labels)) for (const byLang of Object.values(byRole)) for (const l of Object.keys(byLang)) langs.add(l);
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
    const dims = Object.values(d.dimensions);
    const members = new Set<string>();
    for (const dom of d.domains) for (const m of dom.members) members.add(m);
    s.dimensions = {
      hypercubes: new Set(d.hasHypercubes.map((h) => h.hypercube)).size,
      'has-hypercube relationships (all/notAll)': d.hasHypercubes.length,
      'explicit dimensions': dims.filter((x) => x.explicit).length,
      'typed dimensions': dims.filter((x) => !x.explicit).length,
      'domains (per dimension and ELR)': d.domains.length,
      'distinct usable members': members.size,
      'dimension defaults': Object.keys(d.defaults).length,
      'primary items with hypercubes': Object.keys(d.primaryItems).length,
    };
  }
  return s;
}

export function formatDtsText(s: DtsSummary): string {
  const out: string[] = [];
  out.push(`Entry points: ${s.entryPoints.join(', ')}`);
  out.push(`Documents: ${s.documents.total} (${s.documents.schemas} schemas, ${s.documents.linkbases} linkbases)`);
  out.push(`Concepts: ${s.concepts.total} (${s.concepts.items} items, ${s.concepts.tuples} tuples; ${s.concepts.abstract} abstract, ${s.concepts.numeric} numeric items); other element declarations: ${s.concepts.other}`);
  out.push(`Role types: ${s.roleTypes}, arcrole types: ${s.arcroleTypes}`);
  out.push(`Labels: ${s.labels.concepts} concepts labelled, languages: ${s.labels.languages.join(', ') || '-'}`);
  out.push('Relationships per arcrole:');
  for (const r of s.relationships) out.push(`  ${String(r.relationships).padStart(8)}  in ${String(r.elrs).padStart(4)} ELR(s)  ${r.arcrole}`);
  if (s.dimensions) {
    out.push('Dimensions:');
    for (const [k, v] of Object.entries(s.dimensions)) out.push(`  ${k}: ${v}`);
  }
  out.push(`Findings while loading: ${s.findings}`);
  return out.join('\n') + '\n';
}
