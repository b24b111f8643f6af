/**
 * The instance model (XBRL 2.1 section 4): contexts, units, facts (items and tuples), footnote links,
 * each with its source position. Separate from the compiled taxonomy, so one taxonomy serves many instances.
 */
import type { SourceLocation } from '../findings.js';
import type { XmlElement } from '../xml/parse.js';

export interface QNameValue {
  /** `{namespace}local` */
  key: string;
  ns: string;
  local: string;
}

export type Period =
  | { kind: 'instant'; instant: string }
  | { kind: 'duration'; start: string; end: string }
  | { kind: 'forever' };

/** Dimension members found in a segment or scenario (XBRL Dimensions 1.0 section 3.1.4.5). */
export interface DimensionMember extends SourceLocation {
  /** Dimension concept key. */
  dimension: string;
  /** Where it stands. */
  container: 'segment' | 'scenario';
  /** Explicit member: member concept key. */
  member?: string;
  /** Typed member: the xbrldi:typedMember element (its single child is the typed domain value). */
  typed?: XmlElement;
}

export interface Context extends SourceLocation {
  id: string;
  entity: { scheme: string; identifier: string };
  period: Period;
  /** Segment and scenario elements as parsed, when present. */
  segment?: XmlElement;
  scenario?: XmlElement;
  /** Explicit and typed dimension members found in segment and scenario. */
  dimensions: DimensionMember[];
  element: XmlElement;
}

export interface Unit extends SourceLocation {
  id: string;
  /** Numerator measures (or the plain measures when there is no divide), sorted by key. */
  numerator: QNameValue[];
  /** Denominator measures, sorted by key; empty when the unit has no divide. */
  denominator: QNameValue[];
  divide: boolean;
  element: XmlElement;
}

export interface Fact extends SourceLocation {
  /** Concept key `{ns}local` of the fact element. */
  concept: string;
  /** Item or tuple, from the element; undefined when the element is not a known concept. */
  id?: string;
  contextRef?: string;
  unitRef?: string;
  decimals?: string;
  precision?: string;
  nil: boolean;
  /** Raw text content (items); for fraction items the numerator/denominator are children. */
  value: string;
  /** Parent tuple fact, if nested. */
  parent?: Fact;
  /** Child facts (tuples). */
  children: Fact[];
  element: XmlElement;
}

export interface FootnoteLink extends SourceLocation {
  element: XmlElement;
}

export interface Instance {
  url: string;
  root: XmlElement;
  schemaRefs: { href: string; loc: SourceLocation }[];
  linkbaseRefs: { href: string; loc: SourceLocation }[];
  contexts: Map<string, Context>;
  units: Map<string, Unit>;
  /** All facts in document order, including facts nested in tuples. */
  facts: Fact[];
  /** Top-level facts only. */
  topFacts: Fact[];
  footnoteLinks: FootnoteLink[];
}
