/**
 * The compiled taxonomy: plain, JSON-serialisable data (no XML nodes, no functions) that every rule module
 * reads. It is what `compile` makes of a DTS (XBRL 2.1 section 3) and what a validator artifact will carry.
 *
 * Keys: a concept or a named type is keyed by its expanded name in Clark notation, `{namespace}localName`.
 */
import type { Finding, SourceLocation } from '../findings.js';
import type { FormulaModel } from '../formula/model.js';
import type { SimpleType } from '../xml/xsd-types.js';

// The XML Schema simple types are the XML layer's (src/xml/xsd-types.ts); re-exported for the modules that read them here.
export type { BuiltinType, Facets, SimpleType } from '../xml/xsd-types.js';

export const COMPILED_FORMAT_VERSION = 1;

/** Content model particle for tuple content (XBRL 2.1 section 4.9, XML Schema structures). */
export type Particle =
  | { kind: 'element'; ref: string; minOccurs: number; maxOccurs: number | 'unbounded' }
  | { kind: 'sequence' | 'choice' | 'all'; particles: Particle[]; minOccurs: number; maxOccurs: number | 'unbounded' }
  | { kind: 'any'; minOccurs: number; maxOccurs: number | 'unbounded' };

export interface Concept extends SourceLocation {
  /** `{namespace}name` */
  key: string;
  namespace: string;
  name: string;
  id?: string;
  /** `item`, `tuple`, or `other` for elements not in either substitution group (not XBRL concepts). */
  kind: 'item' | 'tuple' | 'other';
  /** Expanded name of the head of its substitution group as declared (e.g. `{http://www.xbrl.org/2003/instance}item`, or an XDT group). */
  substitutionGroup?: string;
  /** Every substitution group head up the chain, nearest first. */
  substitutionGroups: string[];
  /** Expanded name of the declared type, or `#anonymous` for an anonymous type. */
  type?: string;
  /** For items: the xbrli item type it derives from, e.g. `monetaryItemType`, `stringItemType`, `fractionItemType`. */
  xbrliType?: string;
  /** Numeric item (derives from a numeric xbrli item type, including fractionItemType). */
  numeric: boolean;
  fraction: boolean;
  periodType?: 'instant' | 'duration';
  balance?: 'debit' | 'credit';
  abstract: boolean;
  nillable: boolean;
  /** Simple content type of an item (value space checks); undefined for tuples or complex content. */
  valueType?: SimpleType;
  /** Whether the item's type has complex content beyond simple content (e.g. fractionItemType, or mixed). */
  complexContent?: boolean;
  /** Tuple content model, when the tuple's type could be compiled. */
  content?: Particle;
  /**
   * The attribute uses of the element's type whose simple type is known (compiled, or anySimpleType), by name as in
   * `attributeTypes` (local name for unqualified attributes, `{ns}local` for qualified ones), sorted; prohibited uses
   * are not in it. Attribute wildcards are not described. Undefined = not compiled: a use, attribute group or base
   * type that did not resolve, an abstract type, a declaration with identity constraints (xs:key, xs:keyref,
   * xs:unique), or a tuple whose type is not a complex type with complex content.
   * XML Schema 1.0 Part 1 section 3.4.2 ({attribute uses}).
   */
  allowedAttributes?: string[];
  /** With `allowedAttributes`: the uses with use="required" (in a derivation step or its base), sorted. */
  requiredAttributes?: string[];
  /** Attributes of the concept declaration in other namespaces (e.g. xbrldt:typedDomainRef) keyed by expanded name. */
  otherAttributes?: Record<string, string>;
  /** `xbrldt:typedDomainRef` (XBRL Dimensions 1.0 section 2.5.2.1): the href as written, resolved against the schema, and the key of the global element it points to when it resolves to one. */
  typedDomainRef?: { href: string; url: string; target?: string };
  /** XML Schema `default` of the element declaration (value of an empty, non-nil fact; XML Schema structures 3.3.4). */
  default?: string;
  /** XML Schema `fixed` of the element declaration (also the value of an empty, non-nil fact). */
  fixed?: string;
  /**
   * Default or fixed values of the attributes of the element's type (including inherited and restricted ones), by
   * attribute name (local name for unqualified attributes, `{ns}local` for qualified ones), e.g. `decimals`.
   */
  attributeDefaults?: Record<string, string>;
  /**
   * Simple types of the attributes of the element's type (same keys and attribute uses as `attributeDefaults`,
   * including `ref=` to global attribute declarations); an attribute whose type is unknown or anySimpleType is absent.
   */
  attributeTypes?: Record<string, SimpleType>;
}

export interface RoleType extends SourceLocation {
  roleURI: string;
  id?: string;
  definition?: string;
  /** Expanded names of the elements the role may be used on. */
  usedOn: string[];
}

export interface ArcroleType extends RoleType {
  cyclesAllowed: 'any' | 'undirected' | 'none';
}

/** A relationship after prohibition and override (XBRL 2.1 section 3.5.3.9) have been applied. */
export interface Relationship extends SourceLocation {
  /** Concept key, or `#resource:<n>` for a resource in `resources`. */
  from: string;
  to: string;
  order: number;
  priority: number;
  /** Arc attributes other than xlink:* and order/use/priority, by expanded name (weight, preferredLabel, xbrldt:*). */
  attributes: Record<string, string>;
}

/** A base set: relationships of one arcrole, in one extended link role, link element and arc element. */
export interface Network {
  arcrole: string;
  /** Extended link role (ELR). */
  role: string;
  /** Expanded names of the extended link and arc elements. */
  link: string;
  arc: string;
  relationships: Relationship[];
}

/** An XLink resource (label, reference, footnote, generic resource) that is the target or source of relationships. */
export interface Resource extends SourceLocation {
  /** Expanded name of the resource element. */
  element: string;
  role?: string;
  lang?: string;
  /** Text content (labels) or a rendering of parts (references). */
  text: string;
  id?: string;
}

export interface DocumentInfo {
  url: string;
  kind: 'schema' | 'linkbase' | 'other';
  targetNamespace?: string;
  /** sha256 of the document bytes, hex. */
  hash?: string;
}

export interface CompiledTaxonomy {
  formatVersion: number;
  entryPoints: string[];
  documents: DocumentInfo[];
  /** Concepts (and other global element declarations) by key. */
  concepts: Record<string, Concept>;
  /** Named simple types by key, compiled (for typed dimensions and diagnostics). */
  types: Record<string, SimpleType>;
  roleTypes: Record<string, RoleType>;
  arcroleTypes: Record<string, ArcroleType>;
  networks: Network[];
  resources: Resource[];
  /**
   * Labels by concept key: role -> lang -> text (after prohibition/override). Standard label role is
   * `http://www.xbrl.org/2003/role/label`.
   */
  labels: Record<string, Record<string, Record<string, string>>>;
  /** Findings made while discovering and compiling the DTS (taxonomy-level errors, unresolved documents). */
  findings: Finding[];
  /**
   * Simple types of the global attribute declarations of the DTS schemas, by expanded name `{ns}local` (for checking
   * qualified attributes on facts, contexts and units). Untyped (anySimpleType) declarations are absent.
   */
  attributes?: Record<string, SimpleType>;
  /** XBRL Dimensions 1.0 model compiled from the definition networks (see compile/dimensions.ts). */
  dimensions?: DimensionalModel;
  /** Extensible Enumerations 1.0/2.0: enumeration concepts and their domains of allowed values (see compile/enumerations.ts). */
  enumerations?: EnumerationModel;
  /** XBRL Formula 1.0 assertions, formulas, variables, filters and messages (src/formula/model.ts), when the DTS has formula linkbases. */
  formula?: FormulaModel;
}

// ---------------------------------------------------------------------------------------------------------------
// The dimensional model (compiled by ./dimensions.ts; XBRL Dimensions 1.0). Its shapes live here, with the rest of the
// compiled taxonomy, so that this module imports no compiler.

/** A dimension declaration (section 2.5): explicit, or typed with the key of its typed domain element. */
export interface DimensionInfo {
  explicit: boolean;
  /** Typed dimensions: key of the global element `xbrldt:typedDomainRef` points to, when it resolves. */
  typedDomain?: string;
}

/** The usable members of an explicit dimension's domain, from the dimension-domain relationships in `elr` (2.5.3). */
export interface DomainMembers {
  dimension: string;
  elr: string;
  /** Member concept keys: targets of dimension-domain/domain-member relationships (following xbrldt:targetRole) that are never the target of one with xbrldt:usable="false". Sorted. */
  members: string[];
}

export interface HypercubeDimension {
  dimension: string;
  explicit: boolean;
  typedDomain?: string;
  /** Explicit dimensions: index into `DimensionalModel.domains`. */
  domain?: number;
  /** Default member of the dimension (section 2.7), when it has one. */
  default?: string;
}

/** One has-hypercube relationship (section 2.3) with its hypercube's dimensions resolved. */
export interface HasHypercube {
  arcrole: 'all' | 'notAll';
  /** The primary item that is the source of the relationship (inheriting items are listed in `primaryItems`). */
  primaryItem: string;
  hypercube: string;
  /** ELR of the has-hypercube relationship. */
  elr: string;
  closed: boolean;
  contextElement: 'segment' | 'scenario';
  dimensions: HypercubeDimension[];
  /** Where the arc is. */
  file: string;
  line: number;
  column: number;
}

/** A DRS as seen by one primary item: the has-hypercube relationships in one ELR (section 2.1, 3.1). */
export interface Drs {
  elr: string;
  /** Indices into `DimensionalModel.hasHypercubes`. */
  hasHypercubes: number[];
}

export interface DimensionalModel {
  /** Default member by dimension key (section 2.7). */
  defaults: Record<string, string>;
  /** Every dimension declaration in the DTS by key. */
  dimensions: Record<string, DimensionInfo>;
  domains: DomainMembers[];
  hasHypercubes: HasHypercube[];
  drs: Drs[];
  /** Primary item key -> indices into `drs`. A primary item that is absent has no hypercubes and is always dimensionally valid. */
  primaryItems: Record<string, number[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// The enumeration model (compiled by ./enumerations.ts; Extensible Enumerations 1.0 and 2.0)

/** What an enumeration type is: the specification version and whether its value is a set (2.0 section 3). */
export interface EnumerationType {
  version: 1 | 2;
  /** Set value enumeration concept (`enum2:enumerationSetItemType`); false for single value ones. */
  set: boolean;
}

/** The attributes on an enumeration concept's declaration (1.0 section 2, 2.0 section 4), as compiled. */
export interface EnumerationDeclaration extends EnumerationType {
  /** `@enum:domain` / `@enum2:domain` as written; undefined when the attribute is absent (MissingDomainError). */
  domainQName?: string;
  /** The domain head: the expanded name `@domain` resolves to in the declaration's namespace scope (undefined when it does not resolve). */
  domain?: string;
  /** `@enum:linkrole` / `@enum2:linkrole`, whitespace-collapsed (anyURI); undefined when absent (MissingLinkRoleError). */
  linkrole?: string;
  /** Effective value of `@headUsable` (default false). */
  headUsable: boolean;
}

export interface EnumerationConcept extends EnumerationDeclaration {
  /**
   * The domain of allowed values: concept keys of the usable members reached by domain-member relationships from the
   * domain head in `linkrole` (following xbrldt:targetRole, as for the domain of an explicit dimension, XBRL Dimensions
   * 1.0 section 2.5.3), and the head itself when `headUsable`. Sorted.
   */
  members: string[];
}

export interface EnumerationModel {
  /** Named types of the DTS that are, or derive from, an enumeration base type, by type key. */
  types: Record<string, EnumerationType>;
  /** Enumeration concepts by concept key. */
  concepts: Record<string, EnumerationConcept>;
}
