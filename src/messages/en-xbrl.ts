/**
 * English messages of the XBRL specification families (XBRL 2.1 `xbrl.*`, Dimensions `xbrldte`/`xbrldie`,
 * Calculations 1.1 `calc11e`, `oime`, XML Schema `xmlSchema:*`, XML `xml:*`, Inline XBRL `ix11*` and
 * `ixTransform`), keyed by finding code and spread into the English catalog (en.ts). Each entry renders the `params`
 * its rule gives (the shape in the comment above it); the renderings are the messages the rules wrote before they gave
 * params, so the conformance baselines and the JSON contract see the same English text.
 */
import { enIx } from './en-ix.js';
import type { Catalog } from './index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- params are plain data whose shape each code defines
type P = Record<string, any>;

/** Short name of an expanded name or URI: `{ns}local` -> `local`, a URI -> its last segment. */
export function shortName(x: string): string {
  const i = Math.max(x.lastIndexOf('}'), x.lastIndexOf('/'), x.lastIndexOf('#'));
  return i >= 0 && i < x.length - 1 ? x.slice(i + 1) : x;
}

/** A usedOn list for messages: short names, or `(nothing)`. */
export const usedOnList = (usedOn: string[]) => usedOn.map(shortName).join(', ') || '(nothing)';

/** The sections whose arcroles limit cycles (rules/xbrl21/taxonomy: standard arcroles, and 5.1.4.3 for custom ones). */
export const CYCLE_SECTIONS = ['5.1.4.3', '5.2.4.2', '5.2.6.2.1', '5.2.6.2.2'];

const duplicateIdEn = (p: P) =>
  `The id '${p.id}' of this ${p.element} is already used by the ${p.previous} on line ${p.line}; ids must be unique in the instance`;

function containerEn(p: P): string {
  if (p.empty)
    return `The ${p.container} of context '${p.context}' is empty; a ${p.container} must contain at least one element (leave it out otherwise)`;
  return p.element !== undefined
    ? `The ${p.container} of context '${p.context}' contains ${p.element}, an element of the XBRL instance namespace, which is not allowed there`
    : `The ${p.container} of context '${p.context}' contains ${p.concept}, which is an item or tuple (a concept); concepts cannot be used in a ${p.container}`;
}

const resourceRoleEn = (p: P) =>
  `${p.resource} resource has role ${p.role}, which is not a standard ${p.resource} role`;
const relEn = (p: P) => `${p.from} to ${p.to} in ELR ${p.elr}`;
const balanceWeightEn = (p: P) =>
  `Calculation relationship from ${relEn(p)} has weight ${p.weight} but ${p.fromName} is ${p.fromBalance} and ` +
  `${p.toName} is ${p.toBalance}; the weight must be ${p.same ? 'positive' : 'negative'}`;
const essenceAliasEn = (p: P) => `${p.essence} (essence) and ${p.alias} (alias) in context '${p.context}'`;
const cycleWhereEn = (p: P) => `arcrole ${p.arcrole}, ELR ${p.elr}, ${p.link}/${p.arc}`;

/** Where an attribute is (rules/xbrl21/instance/attributes.ts): on a fact, a context or a unit, or an element in one. */
export interface WhereParam {
  of: 'fact' | 'context' | 'unit';
  name: string;
  element?: string;
}

function whereEn(w: WhereParam): string {
  const base = w.of === 'fact' ? w.name : w.of === 'context' ? `Context '${w.name}'` : `Unit '${w.name}'`;
  return w.element !== undefined ? `${w.element} in ${base}` : base;
}

/**
 * Why a value is not valid for an XSD datatype (src/xml/xsd-datatypes.ts checkSimpleValueReason), as plain data;
 * `value` is the value as shown, quoted and shortened (`'abc'`).
 */
export type ValueReason =
  | { k: 'pattern'; value: string; pattern: string }
  | { k: 'enumeration'; value: string; values: string }
  | { k: 'length'; facet: 'length' | 'minLength' | 'maxLength'; n: number; unit: string; limit: number }
  | { k: 'lexical'; value: string; type: string; range?: boolean }
  | { k: 'prefix'; prefix: string; value: string; misdeclared?: boolean }
  | { k: 'digits'; facet: 'fraction' | 'total'; value: string; limit: number }
  | {
      k: 'bound';
      facet: 'minInclusive' | 'maxInclusive' | 'minExclusive' | 'maxExclusive';
      value: string;
      limit: string;
    }
  | { k: 'listItem'; value: string; reason: ValueReason }
  | { k: 'union'; value: string; reasons?: ValueReason[] };

const BOUND_EN = {
  minInclusive: 'is less than minInclusive',
  maxInclusive: 'is greater than maxInclusive',
  minExclusive: 'is not greater than minExclusive',
  maxExclusive: 'is not less than maxExclusive',
};

/** The reason an XSD datatype gives for an invalid value, in English (a string is returned as it is). */
export function reasonEn(r: ValueReason | string): string {
  if (typeof r === 'string') return r;
  switch (r.k) {
    case 'pattern':
      return `value ${r.value} does not match pattern ${r.pattern}`;
    case 'enumeration':
      return `value ${r.value} is not one of the enumerated values (${r.values})`;
    case 'length':
      return r.facet === 'length'
        ? `length is ${r.n} ${r.unit}, must be ${r.limit}`
        : `length is ${r.n} ${r.unit}, ${r.facet === 'minLength' ? 'less' : 'more'} than ${r.facet} ${r.limit}`;
    case 'lexical':
      return `${r.value} is not a valid ${r.type}${r.range ? ' (out of range)' : ''}`;
    case 'prefix':
      return `prefix '${r.prefix}' of QName ${r.value} is ${r.misdeclared ? 'misdeclared' : 'not declared'}`;
    case 'digits':
      return `${r.value} has more than ${r.limit} ${r.facet} digits`;
    case 'bound':
      return `value ${r.value} ${BOUND_EN[r.facet]} ${r.limit}`;
    case 'listItem':
      return `list item ${r.value}: ${reasonEn(r.reason)}`;
    case 'union':
      return `${r.value} is not valid for any member type of the union${r.reasons ? ` (${r.reasons.map(reasonEn).join('; ')})` : ''}`;
  }
}

function valueErrorEn(p: P): string {
  if (p.text !== undefined) return schemaDiagnosticEn(p);
  switch (p.kind) {
    case 'nil':
      return `${p.concept} has xsi:nil='${p.value}'; it must be true or false`;
    case 'fractionParts':
      return `${p.concept} is a fraction and needs an xbrli:numerator and an xbrli:denominator`;
    case 'fractionPart':
      return p.zero
        ? `${p.concept} has denominator '${p.value}'; the denominator of a fraction must not be zero`
        : `${p.concept} has ${p.part} '${p.value}', which is not a decimal number`;
    case 'context':
      return `In the ${p.container} of context '${p.context}', ${p.element} has value '${p.value}', which is not valid: ${reasonEn(p.reason)}`;
    case 'attribute':
      return `${whereEn(p.where)} has attribute ${p.attribute}='${p.value}', which is not valid: ${reasonEn(p.reason)}`;
    case 'dimensionQName':
      return `The dimension attribute '${p.dimension}' of an ${p.element} in context '${p.context}' is not a QName with a declared prefix`;
    case 'xdtArcAttribute':
      return `${p.attribute}="${p.value}" on the relationship from ${p.from} to ${p.to} (ELR ${p.elr}) is not a valid value of ${p.type.startsWith('xs:') ? p.type : `the enumeration ${p.type}`}.`;
    case 'memberQName':
      return `The member '${p.member}' of dimension ${p.dimension} in context '${p.context}' is not a QName with a declared prefix`;
    default:
      return `${p.concept} has value '${p.value}', which is not valid: ${reasonEn(p.reason)}`;
  }
}

/** What a dimension name is (rules/xdt/instance.ts), in English. */
const DIM_WHAT_EN: Record<string, string> = {
  undeclared: 'is not declared in the DTS',
  explicit: 'is an explicit dimension',
  typed: 'is a typed dimension',
  notDimension: 'is not a dimension',
};

/** Kinds of relationship endpoints (rules/xdt/taxonomy.ts kindOf and the required kinds), in English. */
const XDT_KIND_EN: Record<string, string> = {
  undeclared: 'not a declared element',
  hypercube: 'a hypercube',
  typedDimension: 'a typed dimension',
  explicitDimension: 'an explicit dimension',
  dimension: 'a dimension',
  tuple: 'a tuple',
  primaryItem: 'a primary item',
  notItem: 'not an item',
  domainMember: 'a domain member',
  domainMemberOrPrimaryItem: 'a domain member or primary item',
};
/** The required kinds say what they mean. */
const XDT_REQUIRED_EN: Record<string, string> = {
  ...XDT_KIND_EN,
  primaryItem: 'a primary item (an item that is neither a hypercube nor a dimension)',
  domainMember: 'a domain member (an item that is neither a hypercube nor a dimension)',
  domainMemberOrPrimaryItem: 'a domain member or primary item (an item that is neither a hypercube nor a dimension)',
};

/** {arcrole (last segment), from, to, elr, end: 'from' | 'to', concept, kind, required} */
const xdtEndEn = (p: P) =>
  `The ${p.arcrole} relationship from ${p.from} to ${p.to} (ELR ${p.elr}) has ${p.end === 'from' ? 'as source' : 'as target'} ${p.concept}, which is ${XDT_KIND_EN[p.kind] ?? p.kind}; it must be ${XDT_REQUIRED_EN[p.required] ?? p.required}.`;

const TYPED_PROBLEM_EN = (p: P): string => {
  switch (p.problem) {
    case 'empty':
      return 'has no content element';
    case 'many':
      return `has ${p.count} elements; it must have exactly one`;
    case 'text':
      return 'has text besides its content element';
    case 'unresolved':
      return 'cannot be checked: the typed domain element of the dimension does not resolve';
    default:
      return `contains ${p.element}; it must contain the typed domain element ${p.domain}`;
  }
};

/** The XDT end-point codes (rules/xdt/taxonomy.ts endRule). */
export const XDT_END_CODES = [
  'xbrldte:HypercubeDimensionSourceError',
  'xbrldte:HypercubeDimensionTargetError',
  'xbrldte:HasHypercubeSourceError',
  'xbrldte:HasHypercubeTargetError',
  'xbrldte:DimensionDomainSourceError',
  'xbrldte:DimensionDomainTargetError',
  'xbrldte:DomainMemberSourceError',
  'xbrldte:DomainMemberTargetError',
  'xbrldte:DimensionDefaultSourceError',
  'xbrldte:DimensionDefaultTargetError',
];

/** `{code: template}` for each section of a code whose section varies with the link or arc (src/compile/linkbase.ts). */
export function bySection(sections: string[], local: string, t: (p: P) => string): Record<string, (p: P) => string> {
  return Object.fromEntries(sections.map((sec) => [`xbrl.${sec}:${local}`, t]));
}
/** The sections of the standard extended links (locators, 5.2.x.1) and standard arcs (arcroles, 5.2.x.x, 4.11.1.3). */
export const LINK_SECTIONS = ['5.2.2.1', '5.2.3.1', '5.2.4.1', '5.2.5.1', '5.2.6.1'];
export const ARC_SECTIONS = ['5.2.2.3', '5.2.3.3', '5.2.4.2', '5.2.5.2', '5.2.6.2', '4.11.1.3'];

const targetRoleLinkbaseEn = (p: P) =>
  `The xbrldt:targetRole ${p.role} on this arc is not declared by a roleRef in its linkbase`;
const roleRefDuplicateEn = (p: P) =>
  p.linkbase
    ? `The ${p.kind} ${p.uri} has more than one ${p.element} in this linkbase`
    : `The ${p.kind} ${p.uri} has more than one link:${p.kind}Ref in this instance (the first is on line ${p.line})`;
const roleRefTargetEn = (p: P) =>
  p.want !== undefined
    ? `The ${p.element} for ${p.uri} points to ${p.target !== undefined ? `a ${p.target}${p.got ? ` for ${p.got}` : ''}` : 'nothing'} instead of its ${p.want}`
    : p.fragment !== undefined
      ? `The link:${p.kind}Ref for ${p.uri} points to '#${p.fragment}' instead of its ${p.kind}Type '#${p.id}'`
      : `The link:${p.kind}Ref for ${p.uri} points to no ${p.kind}Type declaring that ${p.kind} in the DTS`;
const roleUriEn = (p: P) =>
  p.missing
    ? `The ${p.element} has no ${p.attribute} attribute`
    : p.uri === ''
      ? `The ${p.element} has an empty ${p.attribute}`
      : `The ${p.attribute} "${p.uri}" of the ${p.element} is not a valid URI`;
const typeDuplicateEn = (p: P, what: string) =>
  p.file !== undefined
    ? `The ${what} ${p.uri} is declared twice with different definitions (also at ${p.file}:${p.line})`
    : `The ${what} ${p.uri} is declared twice in one schema`;

/** One fact of a set of inconsistent duplicates (rules/calc/calc11.ts): its value and decimals, or nil. */
export interface DuplicateValueParam {
  nil?: boolean;
  value?: string;
  decimals?: string;
}

const WHY_EN: Record<string, (p: P) => string> = {
  nil: () => 'a nil fact has a non-nil duplicate',
  differ: (p) => `two facts with decimals ${p.decimals} differ`,
  noOverlap: () => 'their values do not overlap at their decimals',
};

const duplicatesEn = (p: P) =>
  `${p.concept} is reported ${p.count} times in context '${p.context}' with inconsistent values ` +
  `${(p.values as DuplicateValueParam[]).map((v) => (v.nil ? 'nil' : `${v.value} (decimals ${v.decimals})`)).join(', ')}: ` +
  `${WHY_EN[p.why]?.(p) ?? p.why}${p.truncate ? ' (truncation mode)' : ''}; Calculations 1.1 does not check the calculations they take part in`;

/**
 * A libxml2 XML Schema diagnostic (src/xml/schema-validate.ts): the element (and attribute) it is about as QNames, the
 * English `text` of its body, and for the bodies recognised a `detail` the other languages are written from.
 */
export interface SchemaDiagnosticParam {
  element?: string;
  attribute?: string;
  text: string;
  detail?:
    | { kind: 'pattern'; value: string; pattern: string }
    | { kind: 'enumeration'; value: string; values: string }
    | { kind: 'notExpected'; expected?: string[] }
    | { kind: 'missingChild'; expected: string[] };
}

/** `Attribute a of element e: text`, `Element e: text` or `text`. */
export const schemaDiagnosticEn = (p: P) =>
  p.element === undefined
    ? p.text
    : `${p.attribute !== undefined ? `Attribute ${p.attribute} of element ${p.element}` : `Element ${p.element}`}: ${p.text}`;

/** The libxml2 diagnostic codes (src/xml/schema-validate.ts classify). */
export const SCHEMA_DIAGNOSTIC_CODES = [
  'xmlSchema:elementUnexpected',
  'xmlSchema:elementOccurrencesError',
  'xmlSchema:attributesExtraneous',
  'xmlSchema:attributesRequired',
  'xmlSchema:noDeclaration',
  'xmlSchema:contentError',
  'xmlSchema:identityConstraint',
  'xmlSchema:elementAbstract',
  'xmlSchema:validityError',
];

const MALFORMED_EN: Record<string, (p: P) => string> = {
  secondBom: () => 'a second byte order mark (U+FEFF) precedes the XML declaration; nothing may come before it',
  doctypeName: () => 'the DOCTYPE declaration has no root element name (XML 1.0 production [28])',
  prefixEmptyUri: (p) => `the namespace prefix ${p.prefix} is undeclared with an empty URI`,
  reservedPrefix: (p) =>
    `${p.name}="${p.uri}" binds a reserved namespace prefix or name (Namespaces in XML 1.0 section 3)`,
  attributePrefix: (p) => `the attribute prefix "${p.prefix}" of ${p.name} is not declared`,
  attributeTwice: (p) => `the attribute ${p.name} appears twice`,
  elementPrefix: (p) => `the element prefix "${p.prefix}" of ${p.name} is not declared`,
  qname: (p) =>
    `the name ${p.name} is not a qualified name: one colon at most, between a prefix and a local name that do not start with a digit, '-' or '.' (Namespaces in XML 1.0 section 4)`,
  parser: (p) => p.detail,
};

/**
 * Why a transformation could not read a value (src/ixbrl/transforms.ts): {format, namespace, version?} (no such
 * transformation), or {value, format, expects, length?} (`expects`: what the input should look like, in English).
 */
export function transformReasonEn(p: P): string {
  if (p.namespace !== undefined)
    return p.version
      ? `Format ${p.format} is not a transformation of Transformation Rules Registry ${p.version} (${p.namespace}).`
      : `Format {${p.namespace}}${p.format} is not in a known Transformation Rules Registry (namespace not recognised).`;
  return p.length !== undefined
    ? `Value ${p.value} cannot be read with format ${p.format}: it is ${p.length} characters long, expected ${p.expects}.`
    : `Value ${p.value} cannot be read with format ${p.format}: expected ${p.expects}.`;
}

/** The sections whose ix:format names a transformation (nonFraction, nonNumeric, fraction). */
export const TRANSFORM_CODES = [
  'ix11.10.1.2:invalidTransformation',
  'ix11.11.1.2:invalidTransformation',
  'ix11.7.1.3:invalidTransformation',
];

/**
 * A transformation's failure on a fact (extract.ts: its params with {fmt, text}), saying value and format once:
 * `ixt:num-dot-decimal cannot read "abc": expected ...` (the registry variants keep transformReasonEn).
 */
function transformFailedEn(p: P): string {
  if (p.namespace !== undefined) return `${p.fmt} cannot read "${p.text}": ${transformReasonEn(p)}`;
  return `${p.fmt} cannot read "${p.text}": ${p.length !== undefined ? `it is ${p.length} characters long, ` : ''}expected ${p.expects}`;
}

/** {format, qname?} (extract.ts: not a known transformation), or the transformation's params with {fmt, text}. */
const invalidTransformationEn = (p: P) =>
  p.fmt !== undefined
    ? transformFailedEn(p)
    : `The format ${p.format}${p.qname ? ` (${p.qname})` : ''} is not a known transformation; the value cannot be read`;

const ixDuplicateIdEn = (p: P) =>
  p.documentSet
    ? `The id "${p.id}" is used in more than one document of the inline XBRL document set`
    : `The id "${p.id}" is used more than once in the document`;

export const enXbrl: Catalog = {
  ...enIx,
  // ---- XBRL 2.1 section 5.1 (concept declarations) ----
  // {concept, periodType?}: no periodType, or one that is neither instant nor duration
  'xbrl.5.1.1.1:itemPeriodType': (p) =>
    p.periodType === undefined
      ? `The item ${p.concept} has no xbrli:periodType attribute (instant or duration)`
      : `The item ${p.concept} has periodType "${p.periodType}"; it must be instant or duration`,
  // {concept, tuple: true} | {concept, xbrliType?} | {concept, balance}
  'xbrl.5.1.1.2:balanceNonMonetary': (p) =>
    p.tuple
      ? `The tuple ${p.concept} has an xbrli:balance attribute; only monetary items may`
      : p.balance !== undefined
        ? `The balance "${p.balance}" of ${p.concept} must be debit or credit`
        : `The item ${p.concept} has xbrli:balance but is not of monetaryItemType (its type derives from ${p.xbrliType ?? 'an unknown type'})`,
  // {concept}
  'xbrl.4.9:tuplePeriodType': (p) => `The tuple ${p.concept} has an xbrli:periodType attribute; tuples have no period`,
  // taxonomy: {concept, local} | {concept, element}; instance: {concept, text: true} | {concept, child, expected[]} | {concept, incomplete: true, expected[]}
  'xbrl.4.9:tupleContent': (p) => {
    if (p.local !== undefined)
      return `The tuple ${p.concept} declares a local element ${p.local}; the content of a tuple must consist of references to global item or tuple declarations`;
    if (p.element !== undefined)
      return `The tuple ${p.concept} contains ${p.element}, which is neither an item nor a tuple; tuple content must reference items and tuples`;
    if (p.text) return `${p.concept} is a tuple and must not contain text, only facts`;
    const expected = p.expected?.length ? ` (expected ${(p.expected as string[]).join(' or ')})` : '';
    return p.child !== undefined
      ? `${p.concept} contains ${p.child} where its definition does not allow it${expected}`
      : `${p.concept} is incomplete: required content is missing at the end of the tuple${expected}`;
  },
  // {concept, attribute}
  'xbrl.4.9:tupleAttribute': (p) =>
    `The tuple ${p.concept} declares the attribute ${p.attribute}; tuples must not have attributes in the namespaces the XBRL specification defines`,
  // {concept, attribute} (an item attribute), or {concept, attribute, namespace}
  'xbrl.4.9:tupleAttributes': (p) =>
    p.namespace === undefined
      ? `${p.concept} is a tuple and must not have a ${p.attribute} attribute`
      : `${p.concept} is a tuple and must not have attribute ${p.attribute} of namespace ${p.namespace}`,
  // {concept}
  'xbrl.4.9:tupleMixed': (p) =>
    `The tuple ${p.concept} has a type with mixed content; tuples must not have mixed content`,
  // {schemaLocation}
  'xbrl.5.1:redefine': (p) =>
    `The taxonomy schema uses xs:redefine (of ${p.schemaLocation}); redefine must not be used in XBRL taxonomies`,
  // ---- XBRL 2.1 section 4.7 (contexts) ----
  // {missing: true} (load: no id), or {id, element, previous, line} (a duplicate id, as xmlSchema:duplicateId)
  'xbrl.4.7.1:contextId': (p) =>
    p.missing ? 'A context has no id attribute; facts cannot refer to it' : duplicateIdEn(p),
  // {context}
  'xbrl.4.7.3:contextEntity': (p) => `Context '${p.context}' has no entity (xbrli:entity is required)`,
  // {context, missing: true} | {context} (content other than instant, startDate+endDate or forever)
  'xbrl.4.7.2:contextPeriod': (p) =>
    p.missing
      ? `Context '${p.context}' has no period (xbrli:period is required)`
      : `The period of context '${p.context}' must contain either an instant, a startDate followed by an endDate, or forever`,
  // {context, element: 'instant' | 'startDate' | 'endDate', value}
  'xbrl.4.7.2:contextDate': (p) =>
    `Context '${p.context}' has ${p.element} '${p.value}', which is not a valid date (YYYY-MM-DD) or date and time (YYYY-MM-DDThh:mm:ss)`,
  // {context, start, end}
  'xbrl.4.7.2:periodStartEnd': (p) =>
    `Context '${p.context}' has startDate ${p.start}, which is not before its endDate ${p.end}`,
  // {container: 'segment' | 'scenario', context, empty: true} | {..., element} | {..., concept}
  'xbrl.4.7.3.2:segmentContent': (p) => containerEn(p),
  'xbrl.4.7.4:scenarioContent': (p) => containerEn(p),
  // ---- XBRL 2.1 section 4.8 (units) ----
  // {missing: true} | {id, element, previous, line}
  'xbrl.4.8.1:unitId': (p) => (p.missing ? 'A unit has no id attribute; facts cannot refer to it' : duplicateIdEn(p)),
  // {unit, measure}
  'xbrl.4.8.2:measureQName': (p) =>
    `Unit '${p.unit}' has measure '${p.measure}', which is not a QName with a declared namespace prefix`,
  // {unit, none: true} | {unit, measure}
  'xbrl.4.8.2:measureElement': (p) =>
    p.none
      ? `Unit '${p.unit}' has no measure`
      : `Unit '${p.unit}' has measure ${p.measure}; the only measures in the XBRL instance namespace are xbrli:pure and xbrli:shares`,
  // {unit, missing: true} | {unit}
  'xbrl.4.8.3:unitDivide': (p) =>
    p.missing
      ? `The divide of unit '${p.unit}' must contain a unitNumerator and a unitDenominator`
      : `The numerator and denominator of unit '${p.unit}' must each have at least one measure`,
  // {unit, measures, common: string[]}
  'xbrl.4.8.4:unitDivideCommonMeasure': (p) =>
    `Unit '${p.unit}' (${p.measures}) is not in simplest form: ${(p.common as string[]).join(', ')} appears in both numerator and denominator`,
  // ---- identifiers ----
  // {id, element, previous, line}
  'xmlSchema:duplicateId': (p) => duplicateIdEn(p),
  // ---- XBRL 2.1 section 4.6 (nil) ----
  // {concept}
  'xmlSchema:nillable': (p) => `${p.concept} is reported as nil, but the concept is not nillable`,
  'xmlSchema:nilElementHasContent': (p) =>
    `${p.concept} is reported as nil (xsi:nil="true") and must therefore be empty`,
  // {concept, child}
  'xbrl.5.1.1:itemMixedContent': (p) =>
    `${p.concept} is an item and must not contain child elements (found ${p.child})`,
  // ---- XBRL 2.1 sections 4.2, 4.4, 4.5 (references) ----
  // {href, url, outside?: true}
  'xbrl.4.2:schemaRefTarget': (p) =>
    p.outside
      ? `The schemaRef ${p.href} resolves to ${p.url}, which is not a schema of the DTS`
      : `The schemaRef ${p.href} resolves to ${p.url}, which is not an XML Schema (a schemaRef must point to a schema)`,
  // ---- XBRL 2.1 section 4.11 (footnotes) ----
  // {missing: true} | {role} | {role, usedOn: true}
  'xbrl.4.11.1:footnoteLinkRole': (p) =>
    p.missing
      ? 'A footnote link has no xlink:role; use http://www.xbrl.org/2003/role/link'
      : p.usedOn
        ? `Role ${p.role} is not declared usable on link:footnoteLink (its usedOn does not list it)`
        : `Footnote link role ${p.role} is not declared: the instance needs a link:roleRef for it`,
  // {label, href, outside: true} | {label, href} | {label, fragment, target?}
  'xbrl.4.11.1.1:footnoteLocTarget': (p) =>
    p.outside
      ? `Footnote locator '${p.label}' points to ${p.href}, outside this instance; footnotes can only be attached to facts of the same instance`
      : p.fragment === undefined
        ? `Footnote locator '${p.label}' (${p.href}) does not identify a fact: it needs a fragment #id`
        : p.target !== undefined
          ? `Footnote locator '${p.label}' points to ${p.target} '${p.fragment}', which is not a fact; footnotes can only be attached to facts`
          : `Footnote locator '${p.label}' points to '${p.fragment}', but no fact in this instance has that id`,
  // {label}
  'xbrl.4.11.1.2:footnoteLang': (p) =>
    `Footnote '${p.label}' has no xml:lang attribute; every footnote must state its language (e.g. xml:lang="nl")`,
  // {label, role} (instance), or {resource, role} (a taxonomy's footnote resource with a non-standard role, usedOn.ts)
  'xbrl.4.11.1.2:footnoteRole': (p) =>
    p.resource !== undefined
      ? resourceRoleEn(p)
      : `Footnote '${p.label}' has role ${p.role}, which is neither the standard footnote role nor declared with a link:roleRef`,
  // {side: 'from' | 'to', label}
  'xbrl.3.5.3.9:arcResource': (p) =>
    `Footnote arc ${p.side} '${p.label}' does not match any locator or footnote label in the same footnote link`,
  // {from} | {to}
  'xbrl.4.11.1.3.1:factFootnoteArc': (p) =>
    p.from !== undefined
      ? `Footnote arc from '${p.from}': a fact-footnote arc must start at a locator of a fact, not at a footnote`
      : `Footnote arc to '${p.to}': a fact-footnote arc must end at a link:footnote, not at a locator or another resource`,
  // {missing: true} | {arcrole}
  'xbrl.4.11.1.3.1:footnoteArcrole': (p) =>
    p.missing
      ? 'A footnote arc has no xlink:arcrole'
      : `Footnote arc arcrole ${p.arcrole} is not declared: the instance needs a link:arcroleRef for it`,
  // ---- XBRL 2.1 section 5.1.3, 5.1.4 (role and arcrole types, usedOn) ----
  // {role, link, usedOn: string[]} | {role, resource, usedOn: string[]}
  'xbrl.5.1.3.4:custRoleUsedOn': (p) =>
    p.link !== undefined
      ? `Extended link role ${p.role} is used on ${p.link} but its roleType lists usedOn ${usedOnList(p.usedOn)}`
      : `Role ${p.role} is used on a ${p.resource} resource but its roleType lists usedOn ${usedOnList(p.usedOn)}`,
  // {arcrole, arc, usedOn: string[]}
  'xbrl.5.1.4.5:custArcroleUsedOn': (p) =>
    `Arcrole ${p.arcrole} is used on ${p.arc} but its arcroleType lists usedOn ${usedOnList(p.usedOn)}`,
  // {resource, role}
  'xbrl.5.2.2.2.2:labelRole': (p) => resourceRoleEn(p),
  'xbrl.5.2.3.2.1:referenceRole': (p) => resourceRoleEn(p),
  // ---- XBRL 2.1 section 5.2 (relationships) ----
  // {from, to, elr, concepts: string[]}
  'xbrl.5.2.5.2:nonNumericCalc': (p) =>
    `Calculation relationship from ${relEn(p)} connects ${(p.concepts as string[]).join(' and ')}, which ${p.concepts.length === 1 ? 'is not a numeric item' : 'are not numeric items'}`,
  // {from, to, elr}
  'xbrl.5.2.5.2.1:zeroWeight': (p) => `Calculation relationship from ${relEn(p)} has weight 0`,
  // {from, to, elr, weight, fromName, fromBalance, toName, toBalance, same}
  'xbrl.5.1.1.2:balanceCalcWeightIllegalNegative': (p) => balanceWeightEn(p),
  'xbrl.5.1.1.2:balanceCalcWeightIllegalPositive': (p) => balanceWeightEn(p),
  // {from, to, elr, notItems?: true, types?: [essence, alias], periodTypes?: [essence, alias]}
  'xbrl.5.2.6.2.2:essenceAliasTypes': (p) =>
    `Essence-alias relationship from ${relEn(p)}: ${[
      ...(p.notItems ? ['both concepts must be items'] : []),
      ...(p.types ? [`types differ (${p.types[0]}, ${p.types[1]})`] : []),
      ...(p.periodTypes ? [`periodTypes differ (${p.periodTypes[0]}, ${p.periodTypes[1]})`] : []),
    ].join('; ')}`,
  // {from, to, elr, balances: [essence, alias]}
  'xbrl.5.2.6.2.2:essenceAliasBalance': (p) =>
    `Essence-alias relationship from ${relEn(p)}: balances differ (${p.balances[0]}, ${p.balances[1]})`,
  // {essence, alias, context, units: [essence, alias]}
  'xbrl.5.2.6.2.2:essenceAliasUnitsInconsistency': (p) =>
    `${essenceAliasEn(p)} have different units (${p.units[0]}, ${p.units[1]})`,
  // {essence, alias, context, values: [essence, alias], aliasName, essenceName}
  'xbrl.5.2.6.2.2:essenceAliasValueInconsistency': (p) =>
    `${essenceAliasEn(p)} have different values (${p.values[0]}, ${p.values[1]}); ${p.aliasName} is an alias of ${p.essenceName}`,
  // {from, to, elr}
  'xbrl.5.2.6.2.4:requiresElementInconsistency': (p) =>
    `${p.from} is reported, so ${p.to} must be reported too (requires-element, ELR ${p.elr})`,
  // {from, to, elr, role, toName}
  'xbrl.5.2.4.2.1:preferredLabelMissing': (p) =>
    `Presentation relationship from ${p.from} to ${p.to} in ELR ${p.elr} has preferredLabel ${p.role}, but ${p.toName} has no label with that role`,
  // {arcrole, elr, link, arc, path: string[], cycles}
  ...Object.fromEntries(
    CYCLE_SECTIONS.map((sec) => [
      `xbrl.${sec}:directedCycle`,
      (p: P) =>
        `${shortName(p.arcrole)} relationships form a directed cycle ${(p.path as string[]).join(' → ')} (${cycleWhereEn(p)}); cycles allowed: ${p.cycles}`,
    ]),
  ),
  // {arcrole, elr, link, arc, from, to}
  'xbrl.5.1.4.3:undirectedCycle': (p) =>
    `${shortName(p.arcrole)} relationship from ${p.from} to ${p.to} closes an undirected cycle (${cycleWhereEn(p)}); the arcrole allows no cycles`,
  // ---- XML Schema validity of values (facts, attributes, context content; the XSD datatype's reason) ----
  // {concept, value, reason} (a fact's value) | {kind: 'nil', concept, value} | {kind: 'fractionParts', concept} |
  // {kind: 'fractionPart', concept, part: 'numerator' | 'denominator', value, zero?} |
  // {kind: 'context', container, context, element, value, reason} | {kind: 'attribute', where: WhereParam, attribute, value, reason} |
  // {kind: 'dimensionQName', dimension, element, context} | {kind: 'memberQName', member, dimension, context}
  'xmlSchema:valueError': (p) => valueErrorEn(p),
  // ---- XBRL Dimensions 1.0, instance (xbrldie) ----
  // {context, container: 'segment' | 'scenario', dimension, what: 'undeclared' | 'explicit' | 'notDimension'}
  'xbrldie:TypedMemberNotTypedDimensionError': (p) =>
    `Context ${p.context}: xbrldi:typedMember in the ${p.container} names ${p.dimension}, which ${DIM_WHAT_EN[p.what] ?? p.what}; a typed member must name a typed dimension.`,
  // {context, container, dimension, what: 'undeclared' | 'typed' | 'notDimension'}
  'xbrldie:ExplicitMemberNotExplicitDimensionError': (p) =>
    `Context ${p.context}: xbrldi:explicitMember in the ${p.container} names ${p.dimension}, which ${DIM_WHAT_EN[p.what] ?? p.what}; an explicit member must name an explicit dimension.`,
  // {context, dimension, member} | {context, dimension, lexical} (a QName whose prefix is not declared)
  'xbrldie:ExplicitMemberUndefinedQNameError': (p) =>
    `Context ${p.context}: the member ${p.member ?? `"${p.lexical}" (a QName whose prefix is not declared)`} of dimension ${p.dimension} is not a global element declared in the DTS.`,
  // {context, member, dimension, container}
  'xbrldie:DefaultValueUsedInInstanceError': (p) =>
    `Context ${p.context}: ${p.member} is the default member of dimension ${p.dimension}; a default member must be left out of the context, not written in its ${p.container}.`,
  // {context, dimension, first, line, container}
  'xbrldie:RepeatedDimensionInInstanceError': (p) =>
    `Context ${p.context}: dimension ${p.dimension} has a value in the ${p.first} (line ${p.line}) and again in the ${p.container}; a context may give a dimension only one value.`,
  // {context, dimension, container, problem: 'empty' | 'many' (count) | 'text' | 'unresolved' | 'element' (element, domain)}
  'xbrldie:IllegalTypedDimensionContentError': (p) =>
    `Context ${p.context}: the xbrldi:typedMember for dimension ${p.dimension} in the ${p.container} ${TYPED_PROBLEM_EN(p)}.`,
  // ---- XBRL Dimensions 1.0, taxonomy (xbrldte) ----
  ...Object.fromEntries(XDT_END_CODES.map((c) => [c, xdtEndEn])),
  // {from, to, elr}
  'xbrldte:HasHypercubeMissingContextElementAttributeError': (p) =>
    `The has-hypercube relationship from ${p.from} to ${p.to} (ELR ${p.elr}) has no xbrldt:contextElement attribute; it must say "segment" or "scenario".`,
  // {role, from, to, elr}
  'xbrldte:TargetRoleNotResolvedError': (p) =>
    p.from !== undefined
      ? `The xbrldt:targetRole "${p.role}" on the relationship from ${p.from} to ${p.to} (ELR ${p.elr}) is not a role defined by a roleType in the DTS.`
      : targetRoleLinkbaseEn(p),
  // {concept}
  'xbrldte:HypercubeElementIsNotAbstractError': (p) =>
    `Hypercube ${p.concept} is not declared abstract="true"; add abstract="true" to its element declaration.`,
  'xbrldte:DimensionElementIsNotAbstractError': (p) =>
    `Dimension ${p.concept} is not declared abstract="true"; add abstract="true" to its element declaration.`,
  // {concept}
  'xbrldte:TypedDomainRefError': (p) =>
    `${p.concept} has xbrldt:typedDomainRef but is not a dimension (not in the xbrldt:dimensionItem substitution group).`,
  // {concept, href}
  'xbrldte:TypedDimensionURIError': (p) =>
    `Typed dimension ${p.concept}: xbrldt:typedDomainRef "${p.href}" has no fragment identifier locating an element declaration.`,
  // {concept, href, abstract?}
  'xbrldte:TypedDimensionError': (p) =>
    p.abstract !== undefined
      ? `Typed dimension ${p.concept}: xbrldt:typedDomainRef "${p.href}" locates ${p.abstract}, which is abstract; the typed domain element must not be abstract.`
      : `Typed dimension ${p.concept}: xbrldt:typedDomainRef "${p.href}" does not locate a global element declaration.`,
  // {concept, href}
  'xbrldte:OutOfDTSSchemaError': (p) =>
    `Typed dimension ${p.concept}: xbrldt:typedDomainRef "${p.href}" points into a schema that is not in the DTS.`,
  // ---- XBRL 2.1 section 3.5 (linkbases), 4.3 (linkbaseRef), 5.1.3/5.1.4 (role and arcrole types) ----
  // linkbase: {kind: 'role' | 'arcrole', uri, element, linkbase: true}; instance: {kind, uri, line}
  'xbrl.3.5.2.4:roleRefDuplicate': roleRefDuplicateEn,
  'xbrl.3.5.2.5:arcroleRefDuplicate': roleRefDuplicateEn,
  // {uri, undeclared?: true}
  'xbrl.3.5.2.4:roleRefMissing': (p) =>
    p.undeclared
      ? `The role ${p.uri} is used but not declared by a roleRef in this linkbase`
      : `The role ${p.uri} is used without a roleRef in this linkbase`,
  // {uri}
  'xbrl.3.5.2.5:arcroleRefMissing': (p) => `The arcrole ${p.uri} is used without an arcroleRef in this linkbase`,
  // linkbase: {element, uri, target?, got?, want}; instance: {kind, uri} | {kind, uri, fragment, id}
  'xbrl.3.5.2.4:roleRefTarget': roleRefTargetEn,
  'xbrl.3.5.2.5:arcroleRefTarget': roleRefTargetEn,
  // {href}
  'xbrl.3.5.3.7.2:locatorHref': (p) => `The locator ${p.href} does not point to an element in the DTS`,
  // {href, link, resource: boolean, allowed?}
  ...bySection(
    LINK_SECTIONS,
    'locatorTarget',
    (p) =>
      `The locator ${p.href} in a ${p.link} points to ${p.resource ? 'a resource' : 'an element'} that is not a concept${p.allowed ? ` or a ${p.allowed} resource` : ''}`,
  ),
  // {link, from, to}
  'xlink:duplicateArc': (p) =>
    `Two arcs in this ${p.link} go from "${p.from}" to "${p.to}"; XLink requires such arcs to be in different extended links`,
  // {arc, arcrole, allowed: string[]}
  ...bySection(
    ARC_SECTIONS,
    'arcrole',
    (p) =>
      `A ${p.arc} has the arcrole ${p.arcrole}; with a standard arcrole it must be ${(p.allowed as string[]).join(' or ')}`,
  ),
  // {side: 'from' | 'to', label}
  'xbrl.3.5.3.9:arcEndpoint': (p) =>
    `The arc's ${p.side} label "${p.label}" names no locator or resource in this extended link`,
  // {arc, to} | {arc, to, prohibiting: true, resource}
  ...Object.fromEntries(
    ['xbrl.5.2.2.3:labelArcRemoteResource', 'xbrl.5.2.3.3:referenceArcRemoteResource'].map((c) => [
      c,
      (p: P) =>
        p.prohibiting
          ? `The prohibiting ${p.arc} to "${p.to}" leads to something other than a ${p.resource} resource`
          : `The ${p.arc} to "${p.to}" leads to a remote resource through a locator; only a prohibiting arc (use="prohibited") may do that`,
    ]),
  ),
  // {arcrole?, required}
  'xbrl.4.3.3:linkbaseRefArcrole': (p) =>
    `The linkbaseRef has ${p.arcrole === undefined ? 'no xlink:arcrole' : `xlink:arcrole ${p.arcrole}`}; it must be ${p.required}`,
  // {role, href, links: string[], want}
  'xbrl.4.3.2:linkbaseRefRole': (p) =>
    `The linkbaseRef has role ${p.role}, but the linkbase ${p.href} holds ${(p.links as string[]).join(', ')} extended links, not only ${p.want}`,
  // {}
  'xbrl.5.1:targetNamespaceEmpty': () =>
    'The taxonomy schema has an empty targetNamespace attribute; a taxonomy schema needs a namespace',
  // {element: 'roleType' | 'arcroleType', attribute, missing: true} | {element, attribute, uri}
  'xbrl.5.1.3:roleURI': roleUriEn,
  'xbrl.5.1.4:arcroleURI': roleUriEn,
  // {id, element, uri}
  'xbrl.5.1.3:roleTypeId': (p) => `The id "${p.id}" of the ${p.element} ${p.uri} is not an NCName`,
  'xbrl.5.1.4:arcroleTypeId': (p) => `The id "${p.id}" of the ${p.element} ${p.uri} is not an NCName`,
  // {uri, value?}
  'xbrl.5.1.4:cyclesAllowed': (p) =>
    p.value === undefined
      ? `The arcroleType ${p.uri} has no cyclesAllowed attribute`
      : `The arcroleType ${p.uri} has cyclesAllowed="${p.value}"; it must be any, undirected or none`,
  // {element, uri, usedOn}
  'xbrl.5.1.3.4:usedOnDuplicate': (p) => `The ${p.element} ${p.uri} lists usedOn ${p.usedOn} more than once`,
  'xbrl.5.1.4.5:usedOnDuplicate': (p) => `The ${p.element} ${p.uri} lists usedOn ${p.usedOn} more than once`,
  // {uri, file?, line?}
  'xbrl.5.1.4:arcroleTypeDuplicate': (p) => typeDuplicateEn(p, 'arcrole'),
  'xbrl.5.1.3:roleTypeDuplicate': (p) => typeDuplicateEn(p, 'role'),
  // ---- XBRL Dimensions 1.0, DTS (src/compile/dimensions.ts) ----
  // {dimension, first, second, elr}
  'xbrldte:TooManyDefaultMembersError': (p) =>
    `Dimension ${p.dimension} has more than one default member: ${p.first} and ${p.second} (dimension-default relationship in ${p.elr}).`,
  // {dimension, hypercube, elr, from, to, arcElr}
  'xbrldte:DRSDirectedCycleError': (p) =>
    `The domain of dimension ${p.dimension} of hypercube ${p.hypercube} (DRS in ${p.elr}) has a directed cycle: the domain-member relationship from ${p.from} to ${p.to} in ${p.arcElr} leads back to an ancestor.`,
  // {concept, hypercube, from, elr, dimension}
  'xbrldte:PrimaryItemPolymorphismError': (p) =>
    `Primary item ${p.concept} has hypercube ${p.hypercube} (from ${p.from} in ${p.elr}) and is also a member of the domain of its explicit dimension ${p.dimension}.`,
  // ---- Calculations 1.1 ----
  // {from, to, elr, concepts: string[], count}
  'calc11e:nonDecimalItemNode': (p) =>
    `The calculation relationship from ${p.from} to ${p.to} (ELR ${p.elr}) connects ${(p.concepts as string[]).join(' and ')}, ` +
    `which ${p.count === 1 ? 'is not a decimal item' : 'are not decimal items'}; Calculations 1.1 relationships must connect items whose type derives from xs:decimal`,
  // {from, to, elr, file, line}
  'calc11e:duplicateCalculationRelationships': (p) =>
    `${p.from} has a second calculation relationship to ${p.to} in ELR ${p.elr} (the first is at ${p.file}:${p.line}); a network may relate a total to a contributing concept only once`,
  // {concept, value, context, decimals}
  'calc11e:excessDigits': (p) =>
    `${p.concept} = ${p.value} in context '${p.context}' has digits beyond its decimals (${p.decimals}); Calculations 1.1 does not check the calculations it takes part in`,
  // {concept, count, context, values: DuplicateValueParam[], why: 'nil' | 'differ' (decimals) | 'noOverlap', truncate}
  'oime:disallowedDuplicateFacts': duplicatesEn,
  'calc11e:disallowedDuplicateFactsUsingTruncation': duplicatesEn,
  // ---- XML 1.0 and Namespaces in XML (src/xml/parse.ts; libxml2's parser in schema-validate.ts) ----
  // {reason: 'noRoot' | 'secondBom' | 'doctypeName' | 'prefixEmptyUri' (prefix) | 'reservedPrefix' (name, uri) |
  //  'attributePrefix' (prefix, name) | 'attributeTwice' (name) | 'elementPrefix' (prefix, name) | 'qname' (name) |
  //  'parser' (detail: the parser's English text)}
  // xhtmlEntity: an Inline XBRL document (XHTML) with an HTML named entity
  'xml:malformed': (p) =>
    p.reason === 'noRoot'
      ? 'The document has no root element'
      : `The document is not well-formed XML: ${MALFORMED_EN[p.reason]?.(p) ?? p.detail}` +
        (p.xhtmlEntity
          ? ' (XHTML is parsed as XML: HTML named entities such as &nbsp; are not defined; write a character reference such as &#160;)'
          : ''),
  // {bom, declared} | {declared, byte} | {unsupported} | {notUtf8: true}
  'xml:encoding': (p) =>
    p.bom !== undefined
      ? `The file starts with a ${p.bom} byte order mark but its XML declaration says encoding="${p.declared}"`
      : p.byte !== undefined
        ? `The document declares the encoding ${p.declared} but contains the byte ${p.byte}, which is not a ${p.declared} character`
        : p.unsupported !== undefined
          ? `Unsupported character encoding "${p.unsupported}"`
          : 'The file is not valid UTF-8 text (is it a binary file?)',
  // {}
  'xml:entityDeclarationRefused': () =>
    'The DOCTYPE declares entities; entity declarations are refused and never expanded',
  // {limit}
  'xml:tooDeep': (p) => `Elements are nested deeper than the limit of ${p.limit}`,
  // {name, element, limit} (characters)
  'xml:attributeTooLong': (p) =>
    `The value of attribute ${p.name} of ${p.element} is written with more than the limit of ${p.limit} characters; the document is refused (XBRL attributes are short; the parser option maxAttributeLength raises the limit)`,
  // {expected: 'XML' | 'XHTML'}
  'xml:empty': (p) => `The file is empty: an ${p.expected} document was expected`,
  // {size, limit} (bytes)
  'xml:tooLarge': (p) => `The document is ${p.size} bytes, more than the limit of ${p.limit}`,
  // ---- XML Schema (libxml2 through xmllint-wasm, src/xml/schema-validate.ts) ----
  // SchemaDiagnosticParam
  ...Object.fromEntries(SCHEMA_DIAGNOSTIC_CODES.map((c) => [c, schemaDiagnosticEn])),
  // {missing: url} | {notCompiled: true} | {text} (libxml2's English text about a schema)
  'xmlSchema:schemaError': (p) =>
    p.missing !== undefined
      ? `The schema ${p.missing} referenced by the instance is not available.`
      : p.notCompiled
        ? 'The taxonomy schemas could not be compiled by the XML Schema processor.'
        : p.text,
  // {text}
  'xmlSchema:schemaWarning': (p) => p.text,
  // {exitCode, detail?}
  'xmlSchema:internalError': (p) =>
    `XML Schema validation could not be completed (xmllint exit code ${p.exitCode})${p.detail ? `: ${p.detail}` : ''}.`,
  // ---- Inline XBRL 1.1 ----
  // {id, documentSet?: true}
  'ix11:duplicateId': (p) => ixDuplicateIdEn(p),
  // {element}
  'ix11.14.1.2:resourceIdDuplication': (p) => ixDuplicateIdEn(p),
  'ix11:elementUnknown': (p) => `${p.element} is not an Inline XBRL 1.1 element`,
  // {}
  'ix11:noTarget': () => 'The inline XBRL document set has no facts and no ix:references',
  // {} (no ix:references in the document set) | {schemaRef: true} (a target document without link:schemaRef)
  'ix11.12.1.2:missingReferences': (p) =>
    p.schemaRef
      ? 'The target document has no link:schemaRef in ix:references: its taxonomy is unknown'
      : 'The inline XBRL document set has no ix:references (no schemaRef: the taxonomy is unknown)',
  ...Object.fromEntries(TRANSFORM_CODES.map((c) => [c, invalidTransformationEn])),
  // {value, format, expects, length?, fmt, text}
  'ixTransform:valueError': (p) => (p.fmt !== undefined ? transformFailedEn(p) : transformReasonEn(p)),
};
