/**
 * The result of comparing two compiled taxonomies (`diffTaxonomies`): plain JSON data, documented in docs/diff.md.
 *
 * Concepts are named by their expanded name in Clark notation `{namespace}localName`; ELRs, role and arcrole URIs as
 * written. A concept that moved namespace between the releases (NT and KvK put the release date in namespaces and
 * URLs) is matched by local name and declaration and listed under `renamed`; its other changes are compared
 * after the match, and the relationships, labels and references of the two releases are compared through the match.
 */

export const DIFF_FORMAT_VERSION = 1;

/** Counts per category (all numbers; see docs/diff.md for what each one counts). */
export interface DiffSummary {
  conceptsAdded: number;
  conceptsRemoved: number;
  conceptsRenamed: number;
  /** Matched concepts (same or renamed) with at least one changed property. */
  conceptsChanged: number;
  /** Labels (concept, role, language) added, removed or with another text, on matched concepts. */
  labelsChanged: number;
  /** References (concept, role, rendered parts) added or removed, on matched concepts. */
  referencesChanged: number;
  relationshipsAdded: number;
  relationshipsRemoved: number;
  relationshipsChanged: number;
  /** Has-hypercube relationships and dimensions of the dimensional model added, removed or changed. */
  dimensionsChanged: number;
  /** Role types added, removed or changed (definition, usedOn); renames are in `roleTypesRenamed`. */
  roleTypesChanged: number;
  roleTypesRenamed: number;
  arcroleTypesChanged: number;
  arcroleTypesRenamed: number;
  /** Formula assertions (value, existence, consistency) added, removed or changed (kind, test, severity, messages). 0 when neither release has a `formula` section (see `changes.assertions.available`). */
  assertionsChanged: number;
  entryPointsChanged: number;
}

export interface ConceptRef {
  concept: string;
  /** Standard label (English when there is one, else Dutch, else any), for readers. */
  label?: string;
}

/** One changed property of a concept, role type or relationship; values as compared (mapped to NEW's names). */
export interface PropertyChange {
  property: string;
  old: unknown;
  new: unknown;
}

export interface ConceptChange extends ConceptRef {
  /** Key in OLD when the concept was renamed. */
  oldConcept?: string;
  changes: PropertyChange[];
}

export interface LabelChange {
  concept: string;
  oldConcept?: string;
  role: string;
  lang: string;
  kind: 'added' | 'removed' | 'changed';
  old?: string;
  new?: string;
}

export interface ReferenceChange {
  concept: string;
  oldConcept?: string;
  role: string;
  kind: 'added' | 'removed';
  /** The reference's parts as rendered by the compiler. */
  text: string;
}

export interface RelationshipRef {
  from: string;
  to: string;
  order: number;
  /** Arc attributes other than xlink:*, order, use and priority (weight, preferredLabel, xbrldt:*). */
  attributes: Record<string, string>;
}

export interface RelationshipChange {
  from: string;
  to: string;
  changes: PropertyChange[];
}

/** Changes of one network: a base set (arcrole, ELR, link and arc element). */
export interface NetworkChanges {
  arcrole: string;
  /** ELR in NEW (the matched one when the role was renamed). */
  role: string;
  oldRole?: string;
  link: string;
  arc: string;
  added: RelationshipRef[];
  removed: RelationshipRef[];
  changed: RelationshipChange[];
}

export type DimensionChange =
  | {
      kind: 'hasHypercubeAdded';
      arcrole: 'all' | 'notAll';
      primaryItem: string;
      hypercube: string;
      elr: string;
      dimensions: string[];
    }
  | {
      kind: 'hasHypercubeRemoved';
      arcrole: 'all' | 'notAll';
      primaryItem: string;
      hypercube: string;
      elr: string;
      dimensions: string[];
    }
  | {
      kind: 'hasHypercubeChanged';
      arcrole: 'all' | 'notAll';
      primaryItem: string;
      hypercube: string;
      elr: string;
      changes: PropertyChange[];
    }
  | { kind: 'dimensionAdded'; dimension: string; explicit: boolean }
  | { kind: 'dimensionRemoved'; dimension: string; explicit: boolean }
  | {
      kind: 'dimensionChanged';
      dimension: string;
      membersAdded: string[];
      membersRemoved: string[];
      changes: PropertyChange[];
    };

export interface TypeChanges<T> {
  added: T[];
  removed: T[];
  renamed: { old: string; new: string }[];
  changed: { uri: string; oldUri?: string; changes: PropertyChange[] }[];
}

export interface RoleTypeRef {
  uri: string;
  definition?: string;
}

/** A formula assertion as the diff shows it: its id (or `elr#n` without one), kind and test. */
export interface AssertionRef {
  id: string;
  kind: 'valueAssertion' | 'existenceAssertion' | 'consistencyAssertion';
  test?: string;
}

export interface AssertionChanges {
  /** False when neither compiled taxonomy has a `formula` section (no formula linkbases, or compiled before formula support). */
  available: boolean;
  note?: string;
  /** Number of assertions in OLD and NEW. */
  old: number;
  new: number;
  added: AssertionRef[];
  removed: AssertionRef[];
  /** Properties compared: `kind`, `test`, `severity`, `preconditions`, `unsatisfiedMessages` and `satisfiedMessages` (by language). */
  changed: { id: string; kind: AssertionRef['kind']; changes: PropertyChange[] }[];
}

export interface DiffChanges {
  concepts: {
    added: ConceptRef[];
    removed: ConceptRef[];
    renamed: { old: string; new: string; label?: string; by: 'namespace' | 'localName' }[];
    changed: ConceptChange[];
  };
  labels: LabelChange[];
  references: ReferenceChange[];
  /** Per network with at least one change, sorted by arcrole then ELR. */
  relationships: NetworkChanges[];
  dimensions: DimensionChange[];
  roleTypes: TypeChanges<RoleTypeRef>;
  arcroleTypes: TypeChanges<RoleTypeRef>;
  assertions: AssertionChanges;
  entryPoints: { added: string[]; removed: string[] };
  /** Namespaces of OLD matched to namespaces of NEW (release-dated namespaces). */
  namespaces: { old: string; new: string }[];
}

export interface TaxonomyDiff {
  diffFormatVersion: number;
  old: { entryPoints: string[]; concepts: number; relationships: number };
  new: { entryPoints: string[]; concepts: number; relationships: number };
  summary: DiffSummary;
  changes: DiffChanges;
}
