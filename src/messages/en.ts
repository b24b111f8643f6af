/**
 * English message catalog, keyed by finding code. Each entry renders a finding's message from its `params` (the shape
 * each code's rule gives, in the comment above the entry); the rules' English messages are these renderings, so they
 * stay as they were written (the conformance baselines and the JSON contract compare them).
 */
import { enApp } from './en-app.js';
import { enXbrl } from './en-xbrl.js';
import type { Catalog, Formatter } from './index.js';
import { enSbr } from './en-sbr.js';

const s = (n: number, one: string, many = one + 's') => (n === 1 ? one : many);

/** A period as plain data (instance/types.ts Period). */
export type PeriodParam =
  { kind: 'instant'; instant: string } | { kind: 'duration'; start: string; end: string } | { kind: 'forever' };

export function periodEn(p: PeriodParam): string {
  return p.kind === 'instant'
    ? `an instant period (${p.instant})`
    : p.kind === 'duration'
      ? `a duration period (${p.start} to ${p.end})`
      : 'a forever period';
}

/** One contributing item of a calculation message: its sign, weight (absolute value, when not 1), label and value. */
export interface CalcItemParam {
  negative: boolean;
  weight?: string;
  concept: string;
  value: string;
}

/** `A 1,000 − B 200`: the contributing items with their values, numbers in the formatter's notation. */
export function calcItems(items: CalcItemParam[], f: Formatter): string {
  return items
    .map(
      (it, i) =>
        `${i ? (it.negative ? ' − ' : ' + ') : it.negative ? '− ' : ''}${it.weight ? `${f.num(it.weight)} × ` : ''}${it.concept} ${f.num(it.value)}`,
    )
    .join('');
}

/** A Calculations 1.1 interval (rules/calc/rounding.ts intervalParam). */
export interface IntervalParam {
  lo: string;
  hi: string;
  loIncl: boolean;
  hiIncl: boolean;
  point: boolean;
}

/** `[1,000.5, 1,001.5]`, `[10, 11)`, or just `10` for a point, numbers in the formatter's notation. */
export function interval(i: IntervalParam, f: Formatter): string {
  if (i.point) return f.num(i.lo);
  return `${i.loIncl ? '[' : '('}${f.num(i.lo)}${f.lang === 'nl' ? '; ' : ', '}${f.num(i.hi)}${i.hiIncl ? ']' : ')'}`;
}

/** The failure of a dimensionally invalid fact (rules/xdt/instance.ts), as plain data. */
export interface XdtFailureParam {
  kind: 'missing' | 'notMember' | 'closedExtra' | 'closedNonDimensional' | 'notAllMatched';
  closed: boolean;
  arcrole: 'all' | 'notAll';
  hypercube: string;
  contextElement: 'segment' | 'scenario';
  elr: string;
  dimension?: string;
  member?: string;
  defaulted?: boolean;
}

function xdtFailureEn(x: XdtFailureParam): string {
  const cube = `${x.closed ? 'closed' : 'open'} ${x.arcrole} hypercube ${x.hypercube} (${x.contextElement}, ELR ${x.elr})`;
  switch (x.kind) {
    case 'missing':
      return `the ${cube} needs a value for dimension ${x.dimension} in the ${x.contextElement}, and that dimension has no default`;
    case 'notMember':
      return x.member === undefined
        ? `the value for explicit dimension ${x.dimension} of the ${cube} is not an explicit member`
        : `${x.defaulted ? 'the default member ' : ''}${x.member} is not a usable member of dimension ${x.dimension} in the ${cube}`;
    case 'closedExtra':
      return `the ${x.contextElement} has dimension ${x.dimension}, which the ${cube} does not have`;
    case 'closedNonDimensional':
      return `the ${x.contextElement} has content other than dimension values, which the ${cube} does not allow`;
    case 'notAllMatched':
      return `the context matches the ${cube}, whose combinations are excluded`;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the params of calc11e:inconsistentCalculationUsing*
function calc11En(p: Record<string, any>, f: Formatter): string {
  return (
    `${p.sum} = ${f.num(p.value)} but its ${p.count} ${s(p.count, 'item')} add up to ` +
    `${f.num(p.reported)} in context '${p.context}' (ELR ${p.elr}): as values ${p.mode === 'truncate' ? 'truncated' : 'rounded'} to their decimals, ` +
    `the total stands for ${interval(p.sumInterval, f)} and the items for ${interval(p.total, f)}, which do not overlap`
  );
}

// {concept, kind: 'monetary' | 'shares', unit, measures} (section 4.8.2, Arelle's codes)
/**
 * ` (Label)` after a "did you mean" suggestion (`suggestion` prefix:name, `suggestionLabel` its label as the rules give
 * it, `Label (Name)`), nothing when the concept has no label (the label is then its name). Shared by nl.ts.
 */
export function nearLabel(p: Record<string, unknown>): string {
  const name = String(p.suggestion).replace(/^.*:/, '');
  if (p.suggestionLabel === undefined) return '';
  const label = String(p.suggestionLabel);
  const text = label.endsWith(` (${name})`) ? label.slice(0, -name.length - 3) : label;
  return text && text !== name ? ` (${text})` : '';
}

const unitEn = (p: Record<string, string>) =>
  `${p.concept} is ${p.kind === 'monetary' ? 'a monetary amount' : 'a number of shares'}, so its unit must be ` +
  `${p.kind === 'monetary' ? 'a single ISO 4217 currency (such as iso4217:EUR)' : 'xbrli:shares'}, but unit '${p.unit}' is ${p.measures || 'empty'}`;

export const en: Catalog = {
  ...enSbr,
  ...enApp,
  'xbrl.4.8.2:monetaryFactUnit-notSingleMeasure': unitEn,
  'xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure': unitEn,
  'xbrl.4.8.2:sharesFactUnit-notSingleMeasure': unitEn,
  'xbrl.4.8.2:sharesFactUnit-notSharesMeasure': unitEn,
  // {sum, reported, count, computed?, items: CalcItemParam[], context, elr}; numbers as decimal strings
  'xbrl.5.2.5.2:calcInconsistency': (p, f) =>
    `${p.sum} = ${f.num(p.reported)} but the sum of its ${p.count} ${s(p.count, 'item')} is ` +
    `${p.computed === undefined ? 'unknown (a value has precision 0)' : f.num(p.computed)} (${calcItems(p.items, f)}) in context '${p.context}' (ELR ${p.elr})`,
  // {sum, value, count, reported, context, elr, mode: 'round' | 'truncate', sumInterval, total: IntervalParam}
  'calc11e:inconsistentCalculationUsingRounding': (p, f) => calc11En(p, f),
  'calc11e:inconsistentCalculationUsingTruncation': (p, f) => calc11En(p, f),
  // {concept, expected: 'instant' | 'duration', context, period: PeriodParam}
  'xbrl.4.7.2:contextPeriodType': (p) =>
    `${p.concept} is ${p.expected === 'instant' ? 'an instant' : 'a duration'} concept but context '${p.context}' has ${periodEn(p.period)}`,
  // {concept, unit?, other?}: no unitRef; unitRef to another element (other: its local name); to no unit
  'xbrl.4.6.2:numericUnitRef': (p) =>
    p.unit === undefined
      ? `${p.concept} is numeric but has no unitRef`
      : p.other
        ? `${p.concept} has unitRef '${p.unit}', which refers to an xbrli:${p.other}, not to a unit`
        : `${p.concept} refers to unit '${p.unit}', which does not exist in this instance`,
  // {concept, unit}
  'xbrl.4.6.2:nonNumericUnitRef': (p) =>
    `${p.concept} is not numeric and must not have a unitRef (it has unitRef '${p.unit}')`,
  // {concept, context?, other?}
  'xbrl.4.6.1:itemContextRef': (p) =>
    p.context === undefined
      ? `${p.concept} has no contextRef; every item must refer to a context`
      : p.other
        ? `${p.concept} has contextRef '${p.context}', which refers to an xbrli:${p.other}, not to a context`
        : `${p.concept} refers to context '${p.context}', which does not exist in this instance`,
  // {concept, attribute: 'decimals' | 'precision'}
  'xbrl.4.6.3:nonNumericPrecisionDecimals': (p) =>
    `${p.concept} is not numeric and must not have a ${p.attribute} attribute`,
  'xbrl.4.6.3:nilPrecisionDecimals': (p) => `${p.concept} is nil and must not have a ${p.attribute} attribute`,
  'xbrl.4.6.3:fractionPrecisionDecimals': (p) =>
    `${p.concept} is a fraction and must not have a ${p.attribute} attribute`,
  // {concept, both?: true}: both attributes, or neither
  'xbrl.4.6.3:decimalsPrecision': (p) =>
    p.both
      ? `${p.concept} has both decimals and precision; exactly one of them is required`
      : `${p.concept} is numeric and needs either a decimals or a precision attribute`,
  // {concept, value}
  'xbrl.4.6.4:precision': (p) => `${p.concept} has precision '${p.value}'; it must be a non-negative integer or INF`,
  'xbrl.4.6.5:decimals': (p) => `${p.concept} has decimals '${p.value}'; it must be an integer or INF`,
  // {concept (the element's QName as written), qname (its expanded name)}
  // {concept, qname, suggestion?, suggestionLabel?} (suggestionLabel `Label (Name)`, or the name without a label)
  'xbrl.4.6:undeclaredConcept': (p) =>
    p.suggestion !== undefined
      ? `${p.concept} is used as a fact but is not declared in the taxonomy: did you mean ${p.suggestion}${nearLabel(p)}?`
      : `${p.concept} is used as a fact but is not declared in the taxonomy (is the schema that declares ${p.qname} missing from the DTS?)`,
  // {concept}
  'xbrl.4.6:notItemOrTuple': (p) =>
    `${p.concept} is used as a fact but is not an item or tuple (not in the substitution group of xbrli:item or xbrli:tuple)`,
  'xbrl.4.6:abstractConcept': (p) => `${p.concept} is an abstract concept and cannot be reported as a fact`,
  // {context, missing: 'identifier' | 'scheme'}
  'xbrl.4.7.3.1:entityIdentifier': (p) =>
    p.missing === 'scheme'
      ? `The entity identifier of context '${p.context}' has no scheme attribute`
      : `Context '${p.context}' has no entity identifier (xbrli:identifier is required)`,
  // {concept, type?}
  'xbrl.5.1.1:itemType': (p) =>
    `The item ${p.concept} has type ${p.type ?? '(none)'}, which does not derive from an XBRL item type (xbrli:*ItemType)`,
  // {concept, context, drsCount, failure: XdtFailureParam}
  'xbrldie:PrimaryItemDimensionallyInvalidError': (p) =>
    `Fact ${p.concept} in context ${p.context} is dimensionally invalid` +
    `${p.drsCount > 1 ? ` (none of its ${p.drsCount} dimensional relationship sets is satisfied; first: ` : ' ('}${xdtFailureEn(p.failure)}).`,
  // {cause?: url of the missing document, missing: number of missing documents, facts, concepts, types, count, codes: [code, n][]}
  'sbr:notChecked': (p, f) =>
    `Because ${p.cause ? `${p.cause} is missing` : `of the ${f.count(p.missing)} ${s(p.missing, 'missing document')} above`}, ` +
    `${[`${f.count(p.facts)} ${s(p.facts, 'fact')}`, `${f.count(p.concepts)} ${s(p.concepts, 'concept')}`, ...(p.types ? [`${f.count(p.types)} ${s(p.types, 'type')}`] : [])].join(', ')}` +
    ` could not be checked: the ${f.count(p.count)} ${s(p.count, 'finding')} that follow from it ` +
    `(${(p.codes as [string, number][]).map(([c, n]) => `${c} ${f.count(n)}`).join(', ')}) are not reported. Provide the missing document and validate again`,
  // {file, xbrlJson?: true}
  'sbr:notXml': (p) =>
    p.xbrlJson
      ? `${p.file} is an xBRL-JSON report (JSON, not XML); only XBRL 2.1 instances (XML) and Inline XBRL reports can be validated`
      : `${p.file} is a JSON document, not XML: an XBRL instance is an XML document with the root element xbrli:xbrl`,
  // {file, namespace}
  'sbr:notInlineXbrl': (p) =>
    `${p.file} holds no Inline XBRL: no element is in the Inline XBRL namespace ${p.namespace} (an Inline XBRL document has ix:header with ix:references and facts such as ix:nonFraction); it is a plain HTML page`,
  // {file, root}
  'sbr:unknownDocument': (p) =>
    `${p.file} is neither an XBRL instance (xbrli:xbrl) nor a taxonomy schema or linkbase (its root element is ${p.root})`,
  // {lang, languages: string[]}
  'sbr:langUnavailable': (p) =>
    `There are no messages in the language "${p.lang}"; messages are in English (languages: ${(p.languages as string[]).join(', ')})`,
  // the XBRL specification families (XBRL 2.1, Dimensions, calculations, XML Schema, XML, Inline XBRL)
  ...enXbrl,
};
