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
import { runFormulas } from '../formula/evaluate.js';
import type { Context, Fact, Instance } from '../instance/types.js';
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
  /**
   * NEW's formula assertions (Formula 1.0) evaluated on the filing with its facts' and members' concepts translated
   * into NEW's names (the renames of the diff): `failed` lists the assertions with an unsatisfied evaluation or a
   * dynamic error, with the first message. `available` is false when NEW has no formula assertions or the filing was
   * not given as a whole instance (`note` says why).
   */
  assertions: {
    available: boolean;
    note?: string;
    /** Assertions of NEW evaluated (when available). */
    evaluated?: number;
    failed: { id: string; message?: string; location?: SourceLocation }[];
  };
}

/** What `filingImpact` needs to run NEW's assertions. */
export interface FilingImpactOptions {
  /** The taxonomy NEW (compiled): its `formula` model is run on the filing. Without it no assertion is checked. */
  newTaxonomy?: CompiledTaxonomy;
  /** Language of the assertion messages (default en). */
  lang?: string;
  /** Set by `filingImpact`: OLD, whose declarations type the filing's elements of renamed concepts. */
  oldTaxonomy?: CompiledTaxonomy;
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
  options: FilingImpactOptions = {},
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
    assertions: newAssertions(instance, renamed, pos, { ...options, oldTaxonomy: old }),
  };
  out.summary.assertionsFailed = out.assertions.failed.length;
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

/**
 * Runs NEW's formula model on the filing translated into NEW's names. The translation renames each fact's concept and
 * each context's dimension and member concepts (Variables 1.0 section 2.3: filters and implicit filtering read these
 * aspects); the XML of the filing is not rewritten, so an expression that reads a fact's element name sees OLD's
 * name, and typed values follow OLD's declaration of a renamed concept.
 */
function newAssertions(
  instance: FilingInstance,
  renamed: ReadonlyMap<string, string>,
  pos: (l: SourceLocation) => SourceLocation,
  options: FilingImpactOptions,
): FilingImpact['assertions'] {
  const nw = options.newTaxonomy;
  if (!nw?.formula || !(nw.formula.variableSets.length || nw.formula.consistencyAssertions.length))
    return { available: false, note: 'NEW has no formula assertions', failed: [] };
  if (!('root' in instance)) return { available: false, note: 'the filing was not given as an instance', failed: [] };
  const translated = translateInstance(instance as Instance, renamed);
  // The filing's elements keep OLD's names: their declarations come from OLD where NEW has none (typed values).
  const old = options.oldTaxonomy;
  const view = old && renamed.size ? { ...nw, concepts: { ...old.concepts, ...nw.concepts } } : nw;
  const result = runFormulas(nw.formula, view, translated, { lang: options.lang ?? 'en' });
  const failed: FilingImpact['assertions']['failed'] = [];
  for (const a of result.assertions) {
    if (!a.unsatisfied && !a.error) continue;
    const f = result.findings.find((x) => x.code === `formula:${a.id}` || x.assertion?.id === a.id);
    const message = f?.message ?? a.error;
    failed.push({
      id: a.id,
      ...(message !== undefined ? { message } : {}),
      ...(f && f.line > 0 ? { location: pos(f) } : {}),
    });
  }
  return { available: true, evaluated: result.assertions.length, failed };
}

/** The instance with concepts renamed as in NEW (facts, and the dimensions and members of contexts). */
function translateInstance(instance: Instance, renamed: ReadonlyMap<string, string>): Instance {
  if (!renamed.size) return instance;
  const ren = (k: string) => renamed.get(k) ?? k;
  const facts = new Map<Fact, Fact>();
  for (const f of instance.facts) facts.set(f, renamed.has(f.concept) ? { ...f, concept: ren(f.concept) } : f);
  // parents and children follow the copies
  for (const [orig, copy] of facts) {
    if (copy === orig) continue;
    if (orig.parent) copy.parent = facts.get(orig.parent) ?? orig.parent;
    copy.children = orig.children.map((c) => facts.get(c) ?? c);
  }
  const contexts = new Map<string, Context>();
  for (const [id, c] of instance.contexts) {
    const moved = c.dimensions.some(
      (d) => renamed.has(d.dimension) || (d.member !== undefined && renamed.has(d.member)),
    );
    contexts.set(
      id,
      moved
        ? {
            ...c,
            dimensions: c.dimensions.map((d) => ({
              ...d,
              dimension: ren(d.dimension),
              ...(d.member !== undefined ? { member: ren(d.member) } : {}),
            })),
          }
        : c,
    );
  }
  const map = (xs: Fact[]) => xs.map((f) => facts.get(f) ?? f);
  return { ...instance, facts: map(instance.facts), topFacts: map(instance.topFacts), contexts };
}
