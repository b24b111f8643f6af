/**
 * The instance model (XBRL 2.1 section 4): contexts, units, facts (items and tuples), footnote links,
 * each with its source position. Separate from the compiled taxonomy, so one taxonomy serves many instances.
 */
import type { SimpleType } from '../compile/types.js';
import type { SourceLocation } from '../findings.js';
import type { XmlElement } from '../xml/parse.js';

export interface QNameValue {
  /** `{namespace}local` */
  key: string;
  ns: string;
  local: string;
}

export type Period =
  { kind: 'instant'; instant: string } | { kind: 'duration'; start: string; end: string } | { kind: 'forever' };

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
  /** The xbrldi:explicitMember or xbrldi:typedMember element itself. */
  element: XmlElement;
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
  /** Whether the fact was loaded as a tuple (the taxonomy says so, or, for an undeclared element, it has child elements). */
  isTuple: boolean;
  /** The fact element's `id`, when it has one. */
  id?: string;
  contextRef?: string;
  unitRef?: string;
  decimals?: string;
  precision?: string;
  nil: boolean;
  /** Raw text content (items); for fraction items the numerator/denominator are children. */
  value: string;
  /** Fraction items: raw text of the xbrli:numerator and xbrli:denominator children, when present. */
  numerator?: string;
  denominator?: string;
  /** Parent tuple fact, if nested. */
  parent?: Fact;
  /** Child facts (tuples). */
  children: Fact[];
  element: XmlElement;
}

/** A `link:loc` in a footnote link (XBRL 2.1 section 4.11.1.1). */
export interface FootnoteLoc extends SourceLocation {
  label: string;
  /** `xlink:href` as written. */
  href: string;
  element: XmlElement;
}

/** A resource in a footnote link (`link:footnote`, or any other `xlink:type="resource"` element). */
export interface FootnoteResource extends SourceLocation {
  label: string;
  role?: string;
  /** `xml:lang` of the resource (inherited values are not taken into account). */
  lang?: string;
  id?: string;
  element: XmlElement;
}

/** An arc in a footnote link (`link:footnoteArc` or another `xlink:type="arc"` element). */
export interface FootnoteArc extends SourceLocation {
  from: string;
  to: string;
  arcrole?: string;
  element: XmlElement;
}

export interface FootnoteLink extends SourceLocation {
  role?: string;
  locs: FootnoteLoc[];
  resources: FootnoteResource[];
  arcs: FootnoteArc[];
  element: XmlElement;
}

/** A `link:roleRef` or `link:arcroleRef` of the instance (XBRL 2.1 sections 4.4, 4.5). */
export interface RoleRefInfo extends SourceLocation {
  /** roleURI or arcroleURI. */
  uri: string;
  href: string;
}

/**
 * What s-equality (XBRL 2.1 section 4.10) uses of a global element declaration to compare segment and scenario
 * content by value, as a schema-validating processor would (PSVI). A compiled `Concept` provides `valueType`;
 * the other fields are used when the compiler provides them.
 */
export interface DeclarationTyping {
  /** Simple content type of the element. */
  valueType?: SimpleType;
  /** XML Schema `default` / `fixed` value of the element. */
  default?: string;
  fixed?: string;
  /** Types of the attributes of the element's type, by expanded attribute name (`local` when unqualified). */
  attributeTypes?: Record<string, SimpleType>;
  /** `default`/`fixed` values of the attributes of the element's type, by expanded attribute name. */
  attributeDefaults?: Record<string, string>;
}

export interface Instance {
  url: string;
  root: XmlElement;
  schemaRefs: { href: string; loc: SourceLocation }[];
  linkbaseRefs: { href: string; loc: SourceLocation }[];
  roleRefs: RoleRefInfo[];
  arcroleRefs: RoleRefInfo[];
  /** Contexts by id (the first one when an id is duplicated). */
  contexts: Map<string, Context>;
  /** Units by id (the first one when an id is duplicated). */
  units: Map<string, Unit>;
  /** Every element with an `id` attribute, by id (first occurrence). */
  ids: Map<string, XmlElement>;
  /** All facts in document order, including facts nested in tuples. */
  facts: Fact[];
  /** Top-level facts only. */
  topFacts: Fact[];
  footnoteLinks: FootnoteLink[];
  /**
   * Global element declarations of the taxonomy the instance was loaded with, by element key: lets equality
   * (src/instance/equality.ts) compare segment and scenario content by typed value. Absent: lexical comparison.
   */
  declarations?: Record<string, DeclarationTyping | undefined>;
}
