/**
 * What a taxonomy diff means for one filing made against OLD: which of its facts use concepts that NEW removed,
 * renamed or changed, which of its contexts use dimension members that NEW no longer has, and which assertions of NEW
 * it would fail: what a vendor has to change before the filing can be made against NEW. Node-free.
 *
 * Facts are XBRL 2.1 items and tuples (section 4.6); dimension members are the explicit members of the contexts'
 * segments and scenarios (XBRL Dimensions 1.0 section 3.1.4.5). Concepts of the filing's own extension schema (not
 * in OLD) are counted apart and not judged.
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import type { Instance } from '../instance/types.js';
import type { SourceLocation } from '../findings.js';
import { readerLabel } from './diff.js';
import type { PropertyChange, TaxonomyDiff } from './types.js';

/** Positions of at most this many facts or contexts are listed per concept or member. */
export const FILING_LOCATION_LIMIT = 5;

export interface FilingConceptImpact {
  concept: string;
  label?: string;
  /** Renamed: the key to use in NEW. */
  newConcept?: string;
  /** Changed: the properties that differ in NEW. */
  changes?: PropertyChange[];
  facts: number;
  /** Where the first facts are (source positions: the Inline XBRL document for inline filings). */
  locations: SourceLocation[];
}

export interface FilingMemberImpact {
  dimension: string;
  member: string;
  /** `member`: the dimension has no such member in NEW; `dimension`: NEW has no such dimension. */
  gone: 'member' | 'dimension';
  contexts: number;
  facts: number;
  locations: SourceLocation[];
}

export interface FilingImpact {
  filing: string;
  facts: number;
  /** Facts whose concept is not in OLD (the filing's own extension concepts, or another taxonomy's). */
  factsNotInOld: number;
  summary: {
    factsRemovedConcepts: number;
    factsRenamedConcepts: number;
    factsChangedConcepts: number;
    contextsGoneMembers: number;
    factsGoneMembers: number;
    assertionsFailed: number;
  };
  removed: FilingConceptImpact[];
  renamed: FilingConceptImpact[];
  changed: FilingConceptImpact[];
  membersGone: FilingMemberImpact[];
  assertions: { available: boolean; note?: string; failed: { id: string; message?: string }[] };
}

/** The facts and contexts of one instance document that the impact reads (the loaded `Instance` has them). */
export type FilingInstance = Pick<Instance, 'facts' | 'contexts'>;

/**
 * Judges one filing against a diff.
 * @param diff `diffTaxonomies(old, nw)`
 * @param old the taxonomy the filing was made against (for concept declarations and labels)
 * @param instance the loaded instance (facts and contexts)
 * @param filing name of the filing for the report
 * @param locate maps a fact's or context's position in the loaded instance to the position a reader should see
 *   (for Inline XBRL: the XHTML source); identity by default
 */
export function filingImpact(
  diff: TaxonomyDiff,
  old: CompiledTaxonomy,
  instance: FilingInstance,
  filing: string,
  locate: (l: SourceLocation) => SourceLocation = (l) => l,
): FilingImpact {
  const removed = new Set(diff.changes.concepts.removed.map((c) => c.concept));
  const renamed = new Map(diff.changes.concepts.renamed.map((r) => [r.old, r.new]));
  const changed = new Map(diff.changes.concepts.changed.map((c) => [c.oldConcept ?? c.concept, c.changes]));
  // members gone, in OLD's names: the dimension is gone, or the member is no longer among its domain's members
  const newToOld = new Map<string, string>();
  for (const r of diff.changes.concepts.renamed) newToOld.set(r.new, r.old);
  const oldName = (k: string) => newToOld.get(k) ?? k;
  const dimGone = new Set<string>();
  const memberGone = new Map<string, Set<string>>();
  for (const d of diff.changes.dimensions) {
    if (d.kind === 'dimensionRemoved') dimGone.add(d.dimension);
    else if (d.kind === 'dimensionChanged' && d.membersRemoved.length)
      memberGone.set(oldName(d.dimension), new Set(d.membersRemoved.map(oldName)));
  }

  const byConcept = new Map<string, { facts: number; locations: SourceLocation[] }>();
  let notInOld = 0;
  const pos = (x: SourceLocation): SourceLocation => {
    const l = locate(x);
    return { file: l.file, line: l.line, column: l.column };
  };
  const factsByContext = new Map<string, number>();
  for (const f of instance.facts) {
    if (f.contextRef !== undefined) factsByContext.set(f.contextRef, (factsByContext.get(f.contextRef) ?? 0) + 1);
    if (!old.concepts[f.concept]) {
      notInOld++;
      continue;
    }
    if (!removed.has(f.concept) && !renamed.has(f.concept) && !changed.has(f.concept)) continue;
    let e = byConcept.get(f.concept);
    if (!e) byConcept.set(f.concept, (e = { facts: 0, locations: [] }));
    e.facts++;
    if (e.locations.length < FILING_LOCATION_LIMIT) e.locations.push(pos(f));
  }
  const entry = (concept: string, e: { facts: number; locations: SourceLocation[] }): FilingConceptImpact => {
    const label = readerLabel(old, concept);
    return { concept, ...(label !== undefined ? { label } : {}), facts: e.facts, locations: e.locations };
  };
  const out: FilingImpact = {
    filing,
    facts: instance.facts.length,
    factsNotInOld: notInOld,
    summary: {
      factsRemovedConcepts: 0,
      factsRenamedConcepts: 0,
      factsChangedConcepts: 0,
      contextsGoneMembers: 0,
      factsGoneMembers: 0,
      assertionsFailed: 0,
    },
    removed: [],
    renamed: [],
    changed: [],
    membersGone: [],
    assertions: {
      available: false,
      // TODO(formula): evaluate NEW's assertions (diff.changes.assertions, NEW's formula model) on the filing, with its
      // facts' concepts translated into NEW's names; the formula processor (src/rules/formula) runs on a filing whose
      // DTS is the taxonomy, which a filing made against OLD is not.
      note: "not checked yet: running NEW's formula assertions on a filing made against OLD is not implemented",
      failed: [],
    },
  };
  for (const [concept, e] of [...byConcept].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (removed.has(concept)) out.removed.push(entry(concept, e));
    else {
      const ch = changed.get(concept);
      if (renamed.has(concept)) out.renamed.push({ ...entry(concept, e), newConcept: renamed.get(concept)! });
      if (ch)
        out.changed.push({
          ...entry(concept, e),
          ...(renamed.has(concept) ? { newConcept: renamed.get(concept)! } : {}),
          changes: ch,
        });
    }
  }
  out.summary.factsRemovedConcepts = out.removed.reduce((s, x) => s + x.facts, 0);
  out.summary.factsRenamedConcepts = out.renamed.reduce((s, x) => s + x.facts, 0);
  out.summary.factsChangedConcepts = out.changed.reduce((s, x) => s + x.facts, 0);

  const members = new Map<string, FilingMemberImpact>();
  const contextsHit = new Set<string>();
  for (const c of instance.contexts.values()) {
    for (const d of c.dimensions) {
      if (d.member === undefined) continue;
      const gone = dimGone.has(d.dimension)
        ? 'dimension'
        : memberGone.get(d.dimension)?.has(d.member)
          ? 'member'
          : undefined;
      if (!gone) continue;
      const k = `${d.dimension}\u0000${d.member}`;
      let e = members.get(k);
      if (!e)
        members.set(k, (e = { dimension: d.dimension, member: d.member, gone, contexts: 0, facts: 0, locations: [] }));
      e.contexts++;
      e.facts += factsByContext.get(c.id) ?? 0;
      if (e.locations.length < FILING_LOCATION_LIMIT) e.locations.push(pos(d));
      contextsHit.add(c.id);
    }
  }
  out.membersGone = [...members.values()].sort((a, b) => (a.dimension + a.member < b.dimension + b.member ? -1 : 1));
  out.summary.contextsGoneMembers = contextsHit.size;
  out.summary.factsGoneMembers = [...contextsHit].reduce((s, id) => s + (factsByContext.get(id) ?? 0), 0);
  return out;
}
