/**
 * The compiled formula model: plain, JSON-serialisable data (no XML nodes, no closures) that the formula processor
 * evaluates and that a validator artifact carries in its `formula` section.
 *
 * Specifications: XBRL Formula 1.0 (2009-06-22, with errata), Variables 1.0, Formula 1.0, Value/Existence/Consistency
 * Assertions 1.0, the filter specifications (Concept, Boolean, Dimension, Entity, General, Match, Period, Relative,
 * Segment-Scenario, Tuple, Unit, Value Filters 1.0; Aspect Cover and Concept Relation Filters 1.0), Generic Messages
 * 1.0, Validation 1.0 (assertion sets), Assertion Severity 2.0 and Custom Function Implementation 1.0.
 *
 * Names: variables, parameters and functions are expanded names in Clark notation `{ns}local` (`local` when the
 * namespace is empty), as `clark()` of src/xpath/types.ts makes them.
 */
import type { SourceLocation } from '../findings.js';
import type { Expr } from '../xpath/types.js';

/**
 * An XPath 2.0 expression as it stands in a linkbase: its text, the namespaces in scope on its element (the static
 * context, Variables 1.0 section 2.1.1), where it stands, and the AST once parsed (absent when parsing failed, which
 * is reported as a finding at compile time).
 */
export interface XPathSource extends SourceLocation {
  text: string;
  namespaces: Record<string, string>;
  ast?: Expr;
  /**
   * The `xml:base` values in effect on the element, outermost first, when there are any: the expression's static base
   * URI (Variables 1.0 section 1.7.1.1, resolving fn:doc's relative URIs) is `file` resolved with them in turn.
   */
  xmlBase?: string[];
}

/** A QName value written in a linkbase, resolved: `{ns}local`. */
export type ClarkName = string;

/** A QName or an XPath expression giving one (the `qname` / `qnameExpression` pattern of the filter specifications). */
export type QNameOrExpr = { qname: ClarkName } | { expr: XPathSource };

/** Aspects of the dimensional and non-dimensional aspect models (Variables 1.0 section 2.3.1 and 2.3.2). */
export type AspectName =
  | 'concept'
  | 'entityIdentifier'
  | 'period'
  | 'unit'
  | 'completeSegment'
  | 'completeScenario'
  | 'nonXDTSegment'
  | 'nonXDTScenario'
  | 'location';
/** A dimension aspect is written `dimension:{ns}local`. */
export type Aspect = AspectName | `dimension:${string}`;

/** One filter resource (the filter specifications); `kind` is the filter element's local name, `ns` its namespace. */
export type Filter = FilterCommon &
  (
    | { kind: 'conceptName'; concepts: QNameOrExpr[] }
    | { kind: 'conceptPeriodType'; periodType: 'instant' | 'duration' }
    | { kind: 'conceptBalance'; balance: 'debit' | 'credit' | 'none' }
    | { kind: 'conceptCustomAttribute'; attribute: QNameOrExpr; value?: XPathSource }
    | { kind: 'conceptDataType'; type: QNameOrExpr; strict: boolean }
    | { kind: 'conceptSubstitutionGroup'; group: QNameOrExpr; strict: boolean }
    | { kind: 'andFilter' | 'orFilter'; subFilters: FilterUse[] }
    | {
        kind: 'explicitDimension';
        dimension: QNameOrExpr;
        members: { member?: QNameOrExpr; variable?: ClarkName; linkrole?: string; arcrole?: string; axis?: string }[];
      }
    | { kind: 'typedDimension'; dimension: QNameOrExpr; test?: XPathSource }
    | { kind: 'identifier'; test: XPathSource }
    | { kind: 'specificScheme'; scheme: XPathSource }
    | { kind: 'regexpScheme' | 'regexpIdentifier'; pattern: string }
    | { kind: 'specificIdentifier'; scheme: XPathSource; value: XPathSource }
    | { kind: 'general'; test?: XPathSource }
    | { kind: 'match'; aspect: Aspect; variable: ClarkName; matchAny: boolean }
    | { kind: 'period'; test: XPathSource }
    | { kind: 'forever' }
    | { kind: 'periodStart' | 'periodEnd' | 'periodInstant'; date: XPathSource; time?: XPathSource }
    | { kind: 'instantDuration'; variable: ClarkName; boundary: 'start' | 'end' }
    | { kind: 'relative'; variable: ClarkName }
    | { kind: 'segment' | 'scenario'; test?: XPathSource }
    | { kind: 'parent' | 'ancestor'; concept: QNameOrExpr }
    | { kind: 'sibling'; variable: ClarkName }
    | { kind: 'location'; variable: ClarkName; location: XPathSource }
    | { kind: 'singleMeasure'; measure: QNameOrExpr }
    | { kind: 'generalMeasures'; test: XPathSource }
    | { kind: 'nil' }
    | { kind: 'precision'; minimum: string }
    | {
        kind: 'aspectCover';
        aspects: Aspect[];
        dimensions: QNameOrExpr[];
        excludeDimensions: QNameOrExpr[];
        allDimensions: boolean;
      }
    | {
        kind: 'conceptRelation';
        source: { qname?: ClarkName; variable?: ClarkName; expr?: XPathSource; xfiRoot?: boolean };
        linkrole?: string;
        linkroleExpr?: XPathSource;
        arcrole?: string;
        arcroleExpr?: XPathSource;
        /** Extended link and arc element names (`{ns}local`) the relationships must stand in. */
        linkname?: ClarkName;
        linknameExpr?: XPathSource;
        arcname?: ClarkName;
        arcnameExpr?: XPathSource;
        axis: string;
        generations?: number;
        test?: XPathSource;
      }
    | { kind: 'unsupported' }
  );

export interface FilterCommon extends SourceLocation {
  /** Namespace and local name of the filter element, for messages. */
  element: string;
  id?: string;
  /** Variables the filter's expressions refer to (for the dependency order, Variables 1.0 section 3.1). */
  references?: ClarkName[];
}

/** A filter attached to a variable or variable set by an arc with its `complement` (and, for variables, `cover`) attributes. */
export interface FilterUse {
  filter: Filter;
  complement: boolean;
  cover: boolean;
}

/** A fact variable (Variables 1.0 section 3.5.2), general variable (3.5.3) or parameter (3.5.1). */
export type Variable = VariableCommon &
  (
    | {
        kind: 'fact';
        bindAsSequence: boolean;
        nils: boolean;
        matches: boolean;
        fallbackValue?: XPathSource;
        filters: FilterUse[];
      }
    | { kind: 'general'; bindAsSequence: boolean; select: XPathSource }
    | { kind: 'parameter'; parameter: ClarkName }
  );

export interface VariableCommon extends SourceLocation {
  /** The name given by the variable arc (Variables 1.0 section 3.4). */
  name: ClarkName;
  /** The name as written on the arc (prefix:local), for messages. */
  display: string;
  id?: string;
  label?: string;
}

/** A parameter resource (Variables 1.0 section 3.5.1): its own name, optional `select` default, `required`, `as` type. */
export interface Parameter extends SourceLocation {
  name: ClarkName;
  display: string;
  select?: XPathSource;
  required: boolean;
  /** Declared type `as` (an atomic type as `xs:decimal`-style Clark name), when given. */
  as?: ClarkName;
  id?: string;
}

/** A generic message or label in one language (Generic Messages 1.0, Generic Labels 1.0). */
export interface Message extends SourceLocation {
  lang: string;
  role?: string;
  /** The text; for messages, `{...}` placeholders already split into literal parts and expressions. */
  text: string;
  parts?: ({ literal: string } | { expr: XPathSource })[];
}

/** Aspect rules of a formula (Formula 1.0 section 2.1.1), plain data. */
export interface AspectRules {
  source?: ClarkName;
  concept?: { qname?: ClarkName; expr?: XPathSource; source?: ClarkName };
  entityIdentifier?: { scheme?: XPathSource; value?: XPathSource; source?: ClarkName };
  period?: { forever?: boolean; instant?: XPathSource; start?: XPathSource; end?: XPathSource; source?: ClarkName };
  unit?: {
    augment: boolean;
    multiplyBy: { measure?: XPathSource; source?: ClarkName }[];
    divideBy: { measure?: XPathSource; source?: ClarkName }[];
    source?: ClarkName;
  };
  occ?: {
    container: 'segment' | 'scenario';
    kind: 'empty' | 'fragments' | 'xpath';
    source?: ClarkName;
    select?: XPathSource;
    xml?: string;
  }[];
  explicitDimensions?: {
    dimension: ClarkName;
    member?: { qname?: ClarkName; expr?: XPathSource };
    omit: boolean;
    source?: ClarkName;
  }[];
  typedDimensions?: {
    dimension: ClarkName;
    xpath?: XPathSource;
    /** The `formula:value` content: its text, and its element as a comparable key and as XML (Formula 1.0 section 2.1.2.6.2). */
    value?: string;
    valueKey?: string;
    valueXml?: string;
    omit: boolean;
    source?: ClarkName;
  }[];
}

/** A variable set: an assertion or a formula (Variables 1.0 section 3.4). */
export interface VariableSet extends SourceLocation {
  kind: 'valueAssertion' | 'existenceAssertion' | 'formula';
  id?: string;
  /** The extended link role of the link it stands in. */
  elr: string;
  aspectModel: 'dimensional' | 'non-dimensional';
  implicitFiltering: boolean;
  /** Variables in evaluation order (dependencies first, Variables 1.0 section 3.1). */
  variables: Variable[];
  /** Variable-set filters (Variables 1.0 section 3.6): apply to every fact variable. */
  filters: FilterUse[];
  preconditions: XPathSource[];
  /** Value assertion and existence assertion `test`. */
  test?: XPathSource;
  /** Formula `value`, `source`, `precision`/`decimals` and aspect rules. */
  value?: XPathSource;
  precision?: XPathSource;
  decimals?: XPathSource;
  aspectRules?: AspectRules;
  satisfiedMessages: Message[];
  unsatisfiedMessages: Message[];
  labels: Message[];
  /** Assertion Severity 2.0: the unsatisfied severity, when an arc gives one. */
  severity?: 'OK' | 'WARNING' | 'ERROR';
  /** Ids of the assertion sets this assertion belongs to (Validation 1.0). */
  assertionSets?: string[];
  /** The code of the first static error found in this variable set: it is then not evaluated (the error is reported at compile time). */
  staticError?: string;
  /** Consistency assertions this formula feeds (their index in `consistencyAssertions`). */
  consistencyAssertions?: number[];
}

/** A consistency assertion (Consistency Assertion 1.0): the formulas it is linked to produce facts compared to the input facts. */
export interface ConsistencyAssertion extends SourceLocation {
  id?: string;
  elr: string;
  strict: boolean;
  absoluteAcceptanceRadius?: XPathSource;
  proportionalAcceptanceRadius?: XPathSource;
  /** Indexes of the formulas in `variableSets`. */
  formulas: number[];
  /** Parameters bound by consistency-assertion-parameter arcs: the arc's name and the parameter's own name. */
  parameters?: { name: ClarkName; parameter: ClarkName }[];
  satisfiedMessages: Message[];
  unsatisfiedMessages: Message[];
  labels: Message[];
  severity?: 'OK' | 'WARNING' | 'ERROR';
  /** The code of the first static error found in this assertion: it is then not evaluated. */
  staticError?: string;
}

/** A custom function signature (Variables 1.0 section 3.5.4) and its implementation (Custom Function Implementation 1.0). */
export interface CustomFunction extends SourceLocation {
  name: ClarkName;
  display: string;
  inputs: string[];
  output: string;
  implementation?: {
    inputs: ClarkName[];
    steps: { name: ClarkName; expr: XPathSource }[];
    output: XPathSource;
  } & SourceLocation;
}

export interface FormulaModel {
  parameters: Parameter[];
  variableSets: VariableSet[];
  consistencyAssertions: ConsistencyAssertion[];
  customFunctions: CustomFunction[];
  /** Number of formula linkbase resources seen (0: the DTS has no formula linkbase). */
  resourceCount: number;
}
