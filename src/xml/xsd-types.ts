/**
 * XML Schema simple types as plain data (XML Schema Part 2: Datatypes): a type flattened to its built-in base and the
 * constraining facets of each derivation step. The compiled taxonomy stores its types in this shape
 * (src/compile/types.ts); src/xml/xsd-datatypes.ts checks values against it.
 */

/** Built-in XML Schema simple types by local name in the XML Schema namespace (`decimal`, `string`, `QName`, `date`, ...). */
export type BuiltinType = string;

/** Constraining facets of one derivation step (XML Schema Part 2 section 4.3). Numeric bounds are decimal strings or the lexical value of the base type. */
export interface Facets {
  /** Patterns of ONE derivation step: the value must match at least one of them (XSD regex syntax, unanchored source text). */
  pattern?: string[];
  enumeration?: string[];
  length?: number;
  minLength?: number;
  maxLength?: number;
  minInclusive?: string;
  maxInclusive?: string;
  minExclusive?: string;
  maxExclusive?: string;
  totalDigits?: number;
  fractionDigits?: number;
  whiteSpace?: 'preserve' | 'replace' | 'collapse';
}

/**
 * A simple type, flattened down to a built-in type. `facets` lists the facets of each derivation step from the
 * built-in outward; a value must satisfy every step (patterns: any of a step's patterns, every step).
 */
export type SimpleType =
  | { variety: 'atomic'; builtin: BuiltinType; facets: Facets[]; name?: string }
  | { variety: 'list'; itemType: SimpleType; facets: Facets[]; name?: string }
  | { variety: 'union'; memberTypes: SimpleType[]; facets: Facets[]; name?: string };
