/**
 * Issue 11 item 4, the XBRL specification families: every code of docs/codes.md in the families of
 * src/messages/en-xbrl.ts (XBRL 2.1, Dimensions, Calculations 1.1, XML Schema, XML, Inline XBRL) has a template in
 * English and in Dutch, and each renders representative params (every shape its rule gives) into a message that shows
 * them: no "undefined", no "[object Object]", numbers in the language's notation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageParams } from '../../src/findings.js';
import {
  ARC_SECTIONS,
  CYCLE_SECTIONS,
  enXbrl,
  LINK_SECTIONS,
  TRANSFORM_CODES,
  XDT_END_CODES,
} from '../../src/messages/en-xbrl.js';
import { en } from '../../src/messages/en.js';
import { IX_CODE_SECTIONS, IX_CODES } from '../../src/messages/en-ix.js';
import { renderMessage } from '../../src/messages/index.js';
import { nl } from '../../src/messages/nl.js';
import { nlXbrl } from '../../src/messages/nl-xbrl.js';
import { applyTransform, TRR_NAMESPACES, transformNames } from '../../src/ixbrl/transforms.js';
import { expectsNl } from '../../src/messages/nl-transforms.js';
import { run } from './helpers.js';

/** The families of en-xbrl.ts: every code of docs/codes.md that is not `sbr:`, `rpe:`, `tpe:`, formula (xbrlcae included) or XPath. */
const OTHERS = /^(sbr:|rpe:|tpe:|err:|xbrlfe|xbrlve|xbrlcae|seve|xbrleae|xfie|xbrlvarinste|formula:|NL)/;
/**
 * Rows of the table that no finding carries: the grep of tests/usability/codes.test.ts also lists attribute names
 * (`xml:lang`, `xml:base`), doc-comment examples (`xbrl.4.9:precisionDecimals`, `xbrldte:X`) and the stem of a code
 * built with a suffix (`calc11e:inconsistentCalculationUsing` + Rounding / Truncation).
 */
const NOT_CODES = new Set([
  'xml:lang',
  'xml:base',
  'xbrl.4.9:precisionDecimals',
  'xbrldte:X',
  'calc11e:inconsistentCalculationUsing',
  // former names, kept only under `related`
  'xbrl.4.8.2:monetaryUnit',
  'xbrl.4.8.2:sharesUnit',
  'xmlSchema:missingChild',
  'xmlSchema:attributeMissing',
  'xmlSchema:attributeNotAllowed',
  'xmlSchema:nilContent',
]);

function documentedCodes(): string[] {
  const md = readFileSync('docs/codes.md', 'utf8');
  const table = md.slice(md.indexOf('## All codes'));
  return [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

const rel = { from: 'Omzet (Revenue)', to: 'Kosten (Costs)', elr: 'http://example.com/role/ELR-1' };
const cycle = {
  arcrole: 'http://www.xbrl.org/2003/arcrole/parent-child',
  elr: 'http://e/role',
  link: 'presentationLink',
  arc: 'presentationArc',
};
const schema = { element: 'xbrli:context', text: 'This element is not expected.' };
const calcItems = [
  { negative: false, concept: 'Omzet (Turnover)', value: '20000' },
  { negative: true, weight: '2', concept: 'Voorbelasting (InputVat)', value: '1750.5' },
];
const interval = { lo: '1000.5', hi: '1001.5', loIncl: true, hiIncl: false, point: false };
const xdtFailure = {
  kind: 'missing',
  closed: true,
  arcrole: 'all',
  hypercube: 'Tabel (Table)',
  contextElement: 'scenario',
  elr: 'http://e/role',
  dimension: 'As (Axis)',
};
const reasons = [
  { k: 'pattern', value: "'NL1'", pattern: 'NL[0-9]{9}' },
  { k: 'enumeration', value: "'x'", values: "'a', 'b'" },
  { k: 'length', facet: 'maxLength', n: 12, unit: 'characters', limit: 10 },
  { k: 'lexical', value: "'yes'", type: 'boolean' },
  { k: 'prefix', prefix: 'zz', value: "'zz:a'" },
  { k: 'digits', facet: 'fraction', value: "'1.234'", limit: 2 },
  { k: 'bound', facet: 'minInclusive', value: "'-1'", limit: '0' },
  { k: 'listItem', value: "'q'", reason: { k: 'lexical', value: "'q'", type: 'integer' } },
  { k: 'union', value: "'q'", reasons: [{ k: 'lexical', value: "'q'", type: 'date' }] },
];

/** Representative params of each code: every variant its rule gives. */
const SAMPLES: Record<string, MessageParams[]> = {
  'xbrl.5.1.1.1:itemPeriodType': [{ concept: 'Omzet (Revenue)' }, { concept: 'Omzet (Revenue)', periodType: 'weekly' }],
  'xbrl.5.1.1.2:balanceNonMonetary': [
    { concept: 'T (Tuple)', tuple: true },
    { concept: 'Aantal (Count)', xbrliType: 'decimalItemType' },
    { concept: 'Omzet (Revenue)', balance: 'plus' },
  ],
  'xbrl.4.9:tuplePeriodType': [{ concept: 'T (Tuple)' }],
  'xbrl.4.9:tupleContent': [
    { concept: 'T (Tuple)', local: 'localEl' },
    { concept: 'T (Tuple)', element: 'ex:Other' },
    { concept: 'T (Tuple)', text: true },
    { concept: 'T (Tuple)', child: 'Naam (Name)', expected: ['Adres (Address)', 'Plaats (City)'] },
    { concept: 'T (Tuple)', incomplete: true, expected: ['Adres (Address)'] },
  ],
  'xbrl.4.9:tupleAttribute': [{ concept: 'T (Tuple)', attribute: '{http://www.xbrl.org/2003/instance}periodType' }],
  'xbrl.4.9:tupleAttributes': [
    { concept: 'T (Tuple)', attribute: 'contextRef' },
    { concept: 'T (Tuple)', attribute: 'role', namespace: 'http://www.w3.org/1999/xlink' },
  ],
  'xbrl.4.9:tupleMixed': [{ concept: 'ex:Tuple' }],
  'xbrl.5.1:redefine': [{ schemaLocation: 'other.xsd' }],
  'xbrl.4.7.1:contextId': [
    { missing: true },
    { id: 'c1', element: 'xbrli:context', previous: 'xbrli:context', line: 12 },
  ],
  'xbrl.4.7.3:contextEntity': [{ context: 'c1' }],
  'xbrl.4.7.2:contextPeriod': [{ context: 'c1', missing: true }, { context: 'c1' }],
  'xbrl.4.7.2:contextDate': [{ context: 'c1', element: 'startDate', value: '2024-13-01' }],
  'xbrl.4.7.2:periodStartEnd': [{ context: 'c1', start: '2024-12-31', end: '2024-01-01' }],
  'xbrl.4.7.3.2:segmentContent': [
    { container: 'segment', context: 'c1', empty: true },
    { container: 'segment', context: 'c1', element: 'xbrli:entity' },
    { container: 'segment', context: 'c1', concept: 'Omzet (Revenue)' },
  ],
  'xbrl.4.7.4:scenarioContent': [
    { container: 'scenario', context: 'c1', empty: true },
    { container: 'scenario', context: 'c1', element: 'xbrli:entity' },
  ],
  'xbrl.4.8.1:unitId': [{ missing: true }, { id: 'u1', element: 'xbrli:unit', previous: 'xbrli:context', line: 7 }],
  'xbrl.4.8.2:measureQName': [{ unit: 'u1', measure: 'zz:EUR' }],
  'xbrl.4.8.2:measureElement': [
    { unit: 'u1', none: true },
    { unit: 'u1', measure: 'xbrli:euro' },
  ],
  'xbrl.4.8.3:unitDivide': [{ unit: 'u1', missing: true }, { unit: 'u1' }],
  'xbrl.4.8.4:unitDivideCommonMeasure': [{ unit: 'u1', measures: 'iso4217:EUR/iso4217:EUR', common: ['iso4217:EUR'] }],
  'xbrl.4.8.2:monetaryFactUnit-notSingleMeasure': [
    { concept: 'Omzet (Revenue)', kind: 'monetary', unit: 'u1', measures: 'iso4217:EUR*xbrli:pure' },
  ],
  'xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure': [
    { concept: 'Omzet (Revenue)', kind: 'monetary', unit: 'u1', measures: 'xbrli:pure' },
  ],
  'xbrl.4.8.2:sharesFactUnit-notSingleMeasure': [
    { concept: 'Aandelen (Shares)', kind: 'shares', unit: 'u2', measures: '' },
  ],
  'xbrl.4.8.2:sharesFactUnit-notSharesMeasure': [
    { concept: 'Aandelen (Shares)', kind: 'shares', unit: 'u2', measures: 'xbrli:pure' },
  ],
  'xmlSchema:duplicateId': [{ id: 'f1', element: 'ex:Revenue', previous: 'ex:Costs', line: 30 }],
  'xmlSchema:nillable': [{ concept: 'Omzet (Revenue)' }],
  'xmlSchema:nilElementHasContent': [{ concept: 'Omzet (Revenue)' }],
  'xbrl.5.1.1:itemMixedContent': [{ concept: 'Omzet (Revenue)', child: 'ex:child' }],
  'xbrl.4.2:schemaRefTarget': [
    { href: 'lb.xml', url: 'http://e/lb.xml', outside: true },
    { href: 'lb.xml', url: 'http://e/lb.xml' },
  ],
  'xbrl.4.11.1:footnoteLinkRole': [
    { missing: true },
    { role: 'http://e/role/fn' },
    { role: 'http://e/role/fn', usedOn: true },
  ],
  'xbrl.4.11.1.1:footnoteLocTarget': [
    { label: 'loc1', href: 'other.xbrl#f1', outside: true },
    { label: 'loc1', href: 'inst.xbrl' },
    { label: 'loc1', fragment: 'c1', target: 'xbrli:context' },
    { label: 'loc1', fragment: 'f9' },
  ],
  'xbrl.4.11.1.2:footnoteLang': [{ label: 'fn1' }],
  'xbrl.4.11.1.2:footnoteRole': [
    { label: 'fn1', role: 'http://e/role/x' },
    { resource: 'footnote', role: 'http://www.xbrl.org/2003/role/x' },
  ],
  'xbrl.3.5.3.9:arcResource': [{ side: 'from', label: 'lbl1' }],
  'xbrl.4.11.1.3.1:factFootnoteArc': [{ from: 'fn1' }, { to: 'loc2' }],
  'xbrl.4.11.1.3.1:footnoteArcrole': [{ missing: true }, { arcrole: 'http://e/arcrole/x' }],
  'xbrl.5.1.3.4:custRoleUsedOn': [
    { role: 'http://e/role', link: 'presentationLink', usedOn: ['calculationLink'] },
    { role: 'http://e/role', resource: 'label', usedOn: [] },
  ],
  'xbrl.5.1.4.5:custArcroleUsedOn': [{ arcrole: 'http://e/arcrole', arc: 'definitionArc', usedOn: ['calculationArc'] }],
  'xbrl.5.2.2.2.2:labelRole': [{ resource: 'label', role: 'http://www.xbrl.org/2003/role/wrong' }],
  'xbrl.5.2.3.2.1:referenceRole': [{ resource: 'reference', role: 'http://www.xbrl.org/2003/role/wrong' }],
  'xbrl.5.2.5.2:nonNumericCalc': [
    { ...rel, concepts: ['Naam (Name)'] },
    { ...rel, concepts: ['Naam (Name)', 'Tekst (Text)'] },
  ],
  'xbrl.5.2.5.2.1:zeroWeight': [rel],
  'xbrl.5.1.1.2:balanceCalcWeightIllegalNegative': [
    {
      ...rel,
      weight: '-1',
      fromName: 'Revenue',
      fromBalance: 'credit',
      toName: 'Costs',
      toBalance: 'credit',
      same: true,
    },
  ],
  'xbrl.5.1.1.2:balanceCalcWeightIllegalPositive': [
    {
      ...rel,
      weight: '1',
      fromName: 'Revenue',
      fromBalance: 'credit',
      toName: 'Costs',
      toBalance: 'debit',
      same: false,
    },
  ],
  'xbrl.5.2.6.2.2:essenceAliasTypes': [
    { ...rel, notItems: true, types: ['stringItemType', 'monetaryItemType'], periodTypes: ['instant', 'duration'] },
  ],
  'xbrl.5.2.6.2.2:essenceAliasBalance': [{ ...rel, balances: ['debit', 'credit'] }],
  'xbrl.5.2.6.2.2:essenceAliasUnitsInconsistency': [
    { essence: 'Omzet (Revenue)', alias: 'Opbrengst (Sales)', context: 'c1', units: ['EUR', 'USD'] },
  ],
  'xbrl.5.2.6.2.2:essenceAliasValueInconsistency': [
    {
      essence: 'Omzet (Revenue)',
      alias: 'Opbrengst (Sales)',
      context: 'c1',
      values: ['100', '200'],
      aliasName: 'Sales',
      essenceName: 'Revenue',
    },
  ],
  'xbrl.5.2.6.2.4:requiresElementInconsistency': [rel],
  'xbrl.5.2.4.2.1:preferredLabelMissing': [
    { ...rel, role: 'http://www.xbrl.org/2003/role/terseLabel', toName: 'Costs' },
  ],
  'xbrl.5.1.4.3:undirectedCycle': [{ ...cycle, from: 'A (A)', to: 'B (B)' }],
  'xmlSchema:valueError': [
    { concept: 'Btw-nummer (VatNumber)', value: 'NL1', reason: reasons[0]! },
    ...reasons.map((reason) => ({ concept: 'Veld (Field)', value: 'v1', reason })),
    { kind: 'nil', concept: 'Omzet (Revenue)', value: 'maybe' },
    { kind: 'fractionParts', concept: 'Deel (Part)' },
    { kind: 'fractionPart', concept: 'Deel (Part)', part: 'numerator', value: 'abc' },
    { kind: 'fractionPart', concept: 'Deel (Part)', part: 'denominator', value: '0', zero: true },
    { kind: 'context', container: 'segment', context: 'c1', element: 'ex:code', value: 'x', reason: reasons[3]! },
    {
      kind: 'attribute',
      where: { of: 'fact', name: 'Omzet (Revenue)' },
      attribute: 'ex:a',
      value: 'x',
      reason: reasons[1]!,
    },
    {
      kind: 'attribute',
      where: { of: 'context', name: 'c1', element: 'ex:m' },
      attribute: 'ex:a',
      value: 'x',
      reason: reasons[2]!,
    },
    { kind: 'dimensionQName', dimension: 'zz:Axis', element: 'xbrldi:explicitMember', context: 'c1' },
    { kind: 'memberQName', member: 'zz:Member', dimension: 'ex:Axis', context: 'c1' },
    {
      kind: 'xdtArcAttribute',
      attribute: 'xbrldt:closed',
      value: 'yes',
      from: 'A (A)',
      to: 'B (B)',
      elr: 'http://e/role',
      type: 'xs:boolean',
    },
    {
      kind: 'xdtArcAttribute',
      attribute: 'xbrldt:contextElement',
      value: 'both',
      from: 'A (A)',
      to: 'B (B)',
      elr: 'http://e/role',
      type: 'segment | scenario',
    },
    {
      element: 'ex:Revenue',
      text: "The value 'a' does not match the required pattern '[0-9]+'.",
      detail: { kind: 'pattern', value: 'a', pattern: '[0-9]+' },
    },
    {
      element: 'ex:Revenue',
      attribute: 'decimals',
      text: "'x' is not a valid value of the atomic type 'xbrli:decimalsType'.",
    },
  ],
  'xbrldie:TypedMemberNotTypedDimensionError': [
    { context: 'c1', container: 'segment', dimension: 'As (Axis)', what: 'explicit' },
  ],
  'xbrldie:ExplicitMemberNotExplicitDimensionError': [
    { context: 'c1', container: 'scenario', dimension: 'As (Axis)', what: 'typed' },
    { context: 'c1', container: 'scenario', dimension: 'ex:Unknown', what: 'undeclared' },
  ],
  'xbrldie:ExplicitMemberUndefinedQNameError': [
    { context: 'c1', dimension: 'As (Axis)', member: 'ex:NoSuchMember' },
    { context: 'c1', dimension: 'As (Axis)', lexical: 'zz:Member' },
  ],
  'xbrldie:DefaultValueUsedInInstanceError': [
    { context: 'c1', member: 'Totaal (Total)', dimension: 'As (Axis)', container: 'scenario' },
  ],
  'xbrldie:RepeatedDimensionInInstanceError': [
    { context: 'c1', dimension: 'As (Axis)', first: 'segment', line: 14, container: 'scenario' },
  ],
  'xbrldie:IllegalTypedDimensionContentError': [
    { context: 'c1', dimension: 'As (Axis)', container: 'segment', problem: 'empty' },
    { context: 'c1', dimension: 'As (Axis)', container: 'segment', problem: 'many', count: 3 },
    { context: 'c1', dimension: 'As (Axis)', container: 'segment', problem: 'text' },
    { context: 'c1', dimension: 'As (Axis)', container: 'segment', problem: 'unresolved' },
    {
      context: 'c1',
      dimension: 'As (Axis)',
      container: 'segment',
      problem: 'element',
      element: 'ex:wrong',
      domain: 'Code (CodeDomain)',
    },
  ],
  'xbrldie:PrimaryItemDimensionallyInvalidError': [
    { concept: 'Omzet (Revenue)', context: 'c1', drsCount: 1, failure: xdtFailure },
    {
      concept: 'Omzet (Revenue)',
      context: 'c1',
      drsCount: 2,
      failure: { ...xdtFailure, kind: 'notMember', member: 'Lid (Member)', defaulted: true },
    },
  ],
  'xbrldte:HasHypercubeMissingContextElementAttributeError': [rel],
  'xbrldte:TargetRoleNotResolvedError': [
    { role: 'http://e/role/target', ...rel },
    { role: 'http://e/role/target', noRoleRef: true },
  ],
  'xbrldte:HypercubeElementIsNotAbstractError': [{ concept: 'Tabel (Table)' }],
  'xbrldte:DimensionElementIsNotAbstractError': [{ concept: 'As (Axis)' }],
  'xbrldte:TypedDomainRefError': [{ concept: 'Omzet (Revenue)' }],
  'xbrldte:TypedDimensionURIError': [{ concept: 'As (Axis)', href: 'types.xsd' }],
  'xbrldte:TypedDimensionError': [
    { concept: 'As (Axis)', href: 'types.xsd#code', abstract: 'Code (Code)' },
    { concept: 'As (Axis)', href: 'types.xsd#none' },
  ],
  'xbrldte:OutOfDTSSchemaError': [{ concept: 'As (Axis)', href: 'elsewhere.xsd#code' }],
  'xbrldte:TooManyDefaultMembersError': [{ dimension: 'Axis', first: 'Total', second: 'Other', elr: 'http://e/role' }],
  'xbrldte:DRSDirectedCycleError': [
    { dimension: 'Axis', hypercube: 'Table', elr: 'http://e/role', from: 'A', to: 'B', arcElr: 'http://e/role2' },
  ],
  'xbrldte:PrimaryItemPolymorphismError': [
    { concept: 'Revenue', hypercube: 'Table', from: 'Abstract', elr: 'http://e/role', dimension: 'Axis' },
  ],
  'xbrl.3.5.2.4:roleRefDuplicate': [
    { kind: 'role', uri: 'http://e/role', element: 'roleRef', linkbase: true },
    { kind: 'role', uri: 'http://e/role', line: 5 },
  ],
  'xbrl.3.5.2.5:arcroleRefDuplicate': [
    { kind: 'arcrole', uri: 'http://e/arcrole', element: 'arcroleRef', linkbase: true },
  ],
  'xbrl.3.5.2.4:roleRefMissing': [{ uri: 'http://e/role', undeclared: true }, { uri: 'http://e/role' }],
  'xbrl.3.5.2.5:arcroleRefMissing': [{ uri: 'http://e/arcrole' }],
  'xbrl.3.5.2.4:roleRefTarget': [
    { element: 'roleRef', uri: 'http://e/role', target: 'arcroleType', got: 'http://e/x', want: 'roleType' },
    { element: 'roleRef', uri: 'http://e/role', want: 'roleType' },
    { kind: 'role', uri: 'http://e/role' },
    { kind: 'role', uri: 'http://e/role', fragment: 'wrong', id: 'right' },
  ],
  'xbrl.3.5.2.5:arcroleRefTarget': [{ kind: 'arcrole', uri: 'http://e/arcrole' }],
  'xbrl.3.5.3.7.2:locatorHref': [{ href: 'schema.xsd#nothing' }],
  'xlink:duplicateArc': [{ link: 'calculationLink', from: 'loc1', to: 'loc2' }],
  'xbrl.3.5.3.9:arcEndpoint': [
    { side: 'from', label: 'lbl1' },
    { side: 'to', label: 'lbl2' },
  ],
  'xbrl.4.3.3:linkbaseRefArcrole': [
    { required: 'http://www.w3.org/1999/xlink/properties/linkbase' },
    { arcrole: 'http://e/x', required: 'http://www.w3.org/1999/xlink/properties/linkbase' },
  ],
  'xbrl.4.3.2:linkbaseRefRole': [
    {
      role: 'http://www.xbrl.org/2003/role/labelLinkbaseRef',
      href: 'lab.xml',
      links: ['presentationLink'],
      want: 'labelLink',
    },
  ],
  'xbrl.5.1:targetNamespaceEmpty': [{}],
  'xbrl.5.1.3:roleURI': [
    { element: 'roleType', attribute: 'roleURI', missing: true },
    { element: 'roleType', attribute: 'roleURI', uri: '' },
    { element: 'roleType', attribute: 'roleURI', uri: 'a b' },
  ],
  'xbrl.5.1.4:arcroleURI': [{ element: 'arcroleType', attribute: 'arcroleURI', uri: 'a b' }],
  'xbrl.5.1.3:roleTypeId': [{ id: '1x', element: 'roleType', uri: 'http://e/role' }],
  'xbrl.5.1.4:arcroleTypeId': [{ id: '1x', element: 'arcroleType', uri: 'http://e/arcrole' }],
  'xbrl.5.1.4:cyclesAllowed': [{ uri: 'http://e/arcrole' }, { uri: 'http://e/arcrole', value: 'some' }],
  'xbrl.5.1.3.4:usedOnDuplicate': [{ element: 'roleType', uri: 'http://e/role', usedOn: 'link:presentationLink' }],
  'xbrl.5.1.4.5:usedOnDuplicate': [{ element: 'arcroleType', uri: 'http://e/arcrole', usedOn: 'link:definitionArc' }],
  'xbrl.5.1.4:arcroleTypeDuplicate': [
    { uri: 'http://e/arcrole' },
    { uri: 'http://e/arcrole', file: 'http://e/a.xsd', line: 9 },
  ],
  'xbrl.5.1.3:roleTypeDuplicate': [{ uri: 'http://e/role' }, { uri: 'http://e/role', file: 'http://e/a.xsd', line: 9 }],
  'xbrl.5.2.2.3:labelArcRemoteResource': [
    { arc: 'labelArc', to: 'lab1' },
    { arc: 'labelArc', to: 'lab1', prohibiting: true, resource: 'label' },
  ],
  'xbrl.5.2.3.3:referenceArcRemoteResource': [{ arc: 'referenceArc', to: 'ref1' }],
  'xbrl.5.2.5.2:calcInconsistency': [
    {
      sum: 'Te betalen (VatPayable)',
      reported: '17500',
      count: 2,
      computed: '16500',
      items: calcItems,
      context: 'c1',
      elr: 'http://e/role',
    },
    {
      sum: 'Te betalen (VatPayable)',
      reported: '17500',
      count: 2,
      items: calcItems,
      context: 'c1',
      elr: 'http://e/role',
    },
  ],
  'calc11e:inconsistentCalculationUsingRounding': [
    {
      sum: 'Totaal (Total)',
      value: '1001',
      count: 2,
      reported: '990',
      context: 'c1',
      elr: 'http://e/role',
      mode: 'round',
      sumInterval: interval,
      total: { ...interval, lo: '989.5', hi: '990.5' },
    },
  ],
  'calc11e:inconsistentCalculationUsingTruncation': [
    {
      sum: 'Totaal (Total)',
      value: '1001',
      count: 1,
      reported: '990',
      context: 'c1',
      elr: 'http://e/role',
      mode: 'truncate',
      sumInterval: interval,
      total: { ...interval, point: true, lo: '990' },
    },
  ],
  'calc11e:nonDecimalItemNode': [{ ...rel, concepts: ['Naam (Name)'], count: 1 }],
  'calc11e:duplicateCalculationRelationships': [{ ...rel, file: 'http://e/cal.xml', line: 40 }],
  'calc11e:excessDigits': [{ concept: 'Omzet (Revenue)', value: '1234.567', context: 'c1', decimals: '2' }],
  'oime:disallowedDuplicateFacts': [
    {
      concept: 'Omzet (Revenue)',
      count: 2,
      context: 'c1',
      values: [{ value: '1000', decimals: '0' }, { nil: true }],
      why: 'nil',
      truncate: false,
    },
    {
      concept: 'Omzet (Revenue)',
      count: 2,
      context: 'c1',
      values: [
        { value: '1000', decimals: '0' },
        { value: '1001', decimals: '0' },
      ],
      why: 'differ',
      decimals: '0',
      truncate: false,
    },
  ],
  'calc11e:disallowedDuplicateFactsUsingTruncation': [
    {
      concept: 'Omzet (Revenue)',
      count: 2,
      context: 'c1',
      values: [
        { value: '1000', decimals: '-3' },
        { value: '2500', decimals: '-2' },
      ],
      why: 'noOverlap',
      truncate: true,
    },
  ],
  'xml:malformed': [
    { reason: 'noRoot' },
    { reason: 'secondBom' },
    { reason: 'doctypeName' },
    { reason: 'prefixEmptyUri', prefix: 'ex' },
    { reason: 'reservedPrefix', name: 'xmlns:xml', uri: 'http://e/ns' },
    { reason: 'attributePrefix', prefix: 'zz', name: 'zz:a' },
    { reason: 'attributeTwice', name: '{http://e/ns}a' },
    { reason: 'elementPrefix', prefix: 'zz', name: 'zz:root' },
    { reason: 'parser', detail: 'Unclosed root tag.' },
    { reason: 'parser', detail: 'Entity nbsp not defined.', xhtmlEntity: true },
  ],
  'xml:encoding': [
    { bom: 'UTF-16LE', declared: 'utf-8' },
    { declared: 'windows-1252', byte: '0x81' },
    { unsupported: 'ebcdic' },
    { notUtf8: true },
  ],
  'xml:entityDeclarationRefused': [{}],
  'xml:tooDeep': [{ limit: 1000 }],
  'xml:attributeTooLong': [{ name: 'test', element: 'va:valueAssertion', limit: 1048576 }],
  'xml:empty': [{ expected: 'XML' }, { expected: 'XHTML' }],
  'xml:tooLarge': [{ size: 300000000, limit: 268435456 }],
  'xmlSchema:schemaError': [
    { missing: 'http://e/missing.xsd' },
    { notCompiled: true },
    { text: "Schema component xs:element: The QName 'x' is not resolved." },
  ],
  'xmlSchema:schemaWarning': [{ text: 'Skipping import of schema.' }],
  'xmlSchema:internalError': [{ exitCode: 9, detail: 'WASM out of memory' }, { exitCode: 9 }],
  'xmlSchema:elementUnexpected': [
    schema,
    {
      element: 'xbrli:context',
      text: 'This element is not allowed here; expected xbrli:unit.',
      detail: { kind: 'notExpected', expected: ['xbrli:unit'] },
    },
  ],
  'xmlSchema:elementOccurrencesError': [
    {
      element: 'xbrli:context',
      text: 'Required child element missing; expected xbrli:entity.',
      detail: { kind: 'missingChild', expected: ['xbrli:entity'] },
    },
  ],
  'xmlSchema:attributesExtraneous': [
    { element: 'ex:Revenue', attribute: 'foo', text: 'The attribute is not allowed.' },
  ],
  'xmlSchema:attributesRequired': [
    { element: 'ex:Revenue', text: "The attribute 'contextRef' is required but missing." },
  ],
  'xmlSchema:noDeclaration': [{ element: 'ex:Unknown', text: 'No matching global element declaration available.' }],
  'xmlSchema:contentError': [{ element: 'ex:Tuple', text: 'Character content is not allowed.' }],
  'xmlSchema:identityConstraint': [{ element: 'ex:T', text: "Duplicate key-sequence ['1']." }],
  'xmlSchema:elementAbstract': [{ element: 'ex:Abstract', text: 'The element declaration is abstract.' }],
  'xmlSchema:validityError': [{ text: 'Something libxml2 says.' }],
  'ix11:duplicateId': [{ id: 'f1' }, { id: 'f1', documentSet: true }],
  'ix11.14.1.2:resourceIdDuplication': [{ id: 'c1', documentSet: true }],
  'ix11:elementUnknown': [{ element: 'ix:foo' }],
  'ix11:noTarget': [{}],
  'ix11.12.1.2:missingReferences': [{}, { schemaRef: true }],
  'ixTransform:valueError': [
    {
      value: "'31-31-2024'",
      format: 'date-day-month-year',
      expects: 'a date as day month year',
      fmt: 'ixt:date-day-month-year',
      text: '31-31-2024',
    },
    {
      value: "'1111'",
      format: 'num-dot-decimal',
      expects: 'a number',
      length: 3000,
      fmt: 'ixt:num-dot-decimal',
      text: '1111',
    },
  ],
};
for (const c of TRANSFORM_CODES)
  SAMPLES[c] = [
    { format: 'ixt:nope', qname: '{http://www.xbrl.org/inlineXBRL/transformation/2020-02-12}nope' },
    {
      format: 'nope',
      namespace: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
      version: '4',
      fmt: 'ixt4:nope',
      text: '12',
    },
    { format: 'nope', namespace: 'http://e/ns', fmt: 'e:nope', text: '12' },
  ];
/** Inline XBRL 1.1 structure codes (src/messages/en-ix.ts): the params of each name, for every section it occurs in. */
const IX_SAMPLES: Record<string, MessageParams[]> = {
  childNodesAllowed: [{ child: 'xhtml:div' }],
  parentNodeRequired: [{ element: 'ix:references', parent: 'ix:header' }],
  attributeRequired: [
    { element: 'ix:footnote', attribute: 'id' },
    { element: 'ix:nonFraction', attribute: 'unitRef' },
  ],
  ancestorNodeDisallowed: [{ element: 'ix:continuation', ancestor: 'ix:hidden' }],
  excludeMisplaced: [{}],
  invalidName: [{ element: 'ix:nonNumeric', name: 'nope:Revenue' }],
  orderInvalid: [{ order: 'first' }],
  tupleIdDuplication: [{ tupleId: 't1' }],
  missingHeader: [{}],
  missingResources: [{}],
  tupleRefMissing: [{ tupleRef: 't9' }],
  tupleMemberOrderMissing: [{ concept: 'kvk-i:Address' }],
  tupleMemberDifferentTarget: [{ concept: 'kvk-i:Address' }],
  tupleNestingCycle: [{ concept: 'kvk-i:Address' }],
  continuationTarget: [{ continuedAt: 'f2', element: 'ix:nonNumeric' }],
  continuationMissing: [{ continuedAt: 'c9' }],
  continuationCycle: [{ chain: ['c1', 'c2', 'c1'] }],
  continuationReferences: [{ id: 'c1' }],
  continuationChainNested: [{}],
  continuationNotReferenced: [{ id: 'c3' }],
  scaleInvalid: [{ scale: '1.5' }],
  signInvalid: [{ sign: '+' }],
  nonFractionChildren: [{}],
  fractionChildren: [{}],
  missingReferenceTargets: [{}, { target: 'other' }],
  relationshipReferenceMissing: [{ ref: 'fn9' }],
};
for (const [name, sections] of Object.entries(IX_CODE_SECTIONS))
  for (const s of sections) SAMPLES[`${s}:${name}`] = IX_SAMPLES[name]!;
for (const sec of CYCLE_SECTIONS)
  SAMPLES[`xbrl.${sec}:directedCycle`] = [{ ...cycle, path: ['A (A)', 'B (B)', 'A (A)'], cycles: 'undirected' }];
for (const sec of LINK_SECTIONS)
  SAMPLES[`xbrl.${sec}:locatorTarget`] = [
    { href: 'x.xsd#a', link: 'labelLink', resource: true, allowed: 'label' },
    { href: 'x.xsd#a', link: 'presentationLink', resource: false },
  ];
for (const sec of ARC_SECTIONS)
  SAMPLES[`xbrl.${sec}:arcrole`] = [
    { arc: 'labelArc', arcrole: 'http://e/x', allowed: ['http://www.xbrl.org/2003/arcrole/concept-label'] },
  ];
for (const c of XDT_END_CODES)
  SAMPLES[c] = [
    {
      arcrole: 'hypercube-dimension',
      ...rel,
      end: 'from',
      concept: 'Omzet (Revenue)',
      kind: 'primaryItem',
      required: 'hypercube',
    },
    {
      arcrole: 'domain-member',
      ...rel,
      end: 'to',
      concept: 'ex:X',
      kind: 'undeclared',
      required: 'domainMemberOrPrimaryItem',
    },
  ];

/** Keys whose values choose a wording rather than being shown. */
const SELECTORS = new Set([
  'kind',
  'k',
  'what',
  'problem',
  'why',
  'end',
  'required',
  'facet',
  'reason',
  'part',
  'unit',
  'of',
  'mode',
]);

/** The string leaves of params a message must show (numbers-as-strings may be shown in the language's notation). */
function shown(p: unknown, key = ''): string[] {
  if (typeof p === 'string') return SELECTORS.has(key) || p === '' ? [] : [p];
  if (typeof p === 'number') return [String(p)];
  if (Array.isArray(p)) return p.flatMap((x) => shown(x, key));
  // a libxml2 diagnostic with a recognised `detail` is worded from it; its English `text` is not shown in Dutch.
  // A transformation failure on a fact ({fmt, text}) says the value and format once, as text and fmt: its `value`
  // (the same text, quoted) and `format` (fmt's local name) are not repeated, unless the registry is the reason.
  if (p && typeof p === 'object')
    return Object.entries(p).flatMap(([k, v]) =>
      (k === 'text' && 'detail' in p) || ((k === 'value' || k === 'format') && 'fmt' in p && !('namespace' in p))
        ? []
        : shown(v, k),
    );
  return [];
}

const digits = (s: string) => s.replace(/[.,\s]/g, '');

describe('messages of the XBRL specification families in Dutch and English (issue 11 item 4)', () => {
  const mine = documentedCodes().filter((c) => !OTHERS.test(c) && !NOT_CODES.has(c));

  it('docs/codes.md lists the families (a table that lost them would make this test vacuous)', () => {
    expect(mine.length).toBeGreaterThan(130);
    for (const c of [
      'xbrl.4.6:undeclaredConcept',
      'xbrldte:DRSDirectedCycleError',
      'calc11e:excessDigits',
      'xml:malformed',
      'xmlSchema:elementOccurrencesError',
    ])
      expect(mine).toContain(c);
  });

  it('every documented code of these families has a template in en and nl', () => {
    const missingEn = mine.filter((c) => en[c] === undefined);
    const missingNl = mine.filter((c) => nl[c] === undefined);
    expect({ missingEn, missingNl }).toEqual({ missingEn: [], missingNl: [] });
  });

  it('every template of en-xbrl.ts has a Dutch one and representative params', () => {
    // nl-xbrl.ts also words xbrl.5.2.5.2:calcInconsistency, whose English entry is in en.ts
    expect(Object.keys(enXbrl).filter((c) => !(c in nlXbrl))).toEqual([]);
    expect(Object.keys(nlXbrl).filter((c) => renderMessage(c, SAMPLES[c]?.[0] ?? {}, 'en') === undefined)).toEqual([]);
    // (codes of these families worded in another catalog, e.g. the ix11 nonFraction codes of en-sbr.ts, are tested there)
    const withoutSample = Object.keys(enXbrl).filter(
      (c) =>
        !SAMPLES[c] &&
        !['xbrl.4.6:undeclaredConcept', 'xbrl.4.6:notItemOrTuple', 'xbrl.4.6:abstractConcept'].includes(c) &&
        !c.startsWith('xbrl.4.6.') &&
        !c.startsWith('xbrl.4.7.2:contextPeriodType') &&
        !c.startsWith('xbrl.4.7.3.1') &&
        !c.startsWith('xbrl.5.1.1:itemType'),
    );
    expect(withoutSample).toEqual([]);
  });

  for (const [code, variants] of Object.entries(SAMPLES)) {
    it(`${code}: each variant renders in en and nl with its parameters`, () => {
      for (const p of variants) {
        const en = renderMessage(code, p, 'en');
        const nl = renderMessage(code, p, 'nl');
        for (const [lang, m] of [
          ['en', en],
          ['nl', nl],
        ] as const) {
          expect(m, `${code} ${lang} ${JSON.stringify(p)}`).toBeTruthy();
          expect(m).not.toMatch(/undefined|\[object Object\]|NaN/);
          const text = digits(m!);
          for (const v of shown(p)) {
            const ok = m!.includes(v) || (/^-?\d+(\.\d+)?$/.test(v) && text.includes(digits(v)));
            expect(ok, `${code} ${lang} should show "${v}": ${m}`).toBe(true);
          }
        }
        expect(nl, code).not.toBe(en);
      }
    });
  }

  it('Inline XBRL structure codes: every code of IX_CODES is documented; Dutch words for the accountant', () => {
    const documented = new Set(documentedCodes());
    expect(IX_CODES.length).toBeGreaterThan(50);
    expect(IX_CODES.filter((c) => !documented.has(c))).toEqual([]);
    expect(
      renderMessage('ix11.10.1.1:attributeRequired', { element: 'ix:nonFraction', attribute: 'unitRef' }, 'nl'),
    ).toBe('Het element ix:nonFraction moet een attribuut unitRef hebben');
    expect(
      renderMessage('ix11.10.1.1:attributeRequired', { element: 'ix:nonFraction', attribute: 'unitRef' }, 'en'),
    ).toBe('ix:nonFraction must have a unitRef');
    expect(renderMessage('ix11.11.1.2:continuationCycle', { chain: ['c1', 'c2', 'c1'] }, 'nl')).toBe(
      'De keten van vervolgen (continuedAt) vormt een kringloop: c1 → c2 → c1',
    );
    expect(renderMessage('ix11.15.1.2:tupleMemberOrderMissing', { concept: 'kvk-i:Address' }, 'nl')).toBe(
      'Het feit kvk-i:Address is lid van een tuple en moet een attribuut order hebben',
    );
  });

  it('numbers in Dutch notation: the calculation message names the items, their values and weights', () => {
    expect(renderMessage('xbrl.5.2.5.2:calcInconsistency', SAMPLES['xbrl.5.2.5.2:calcInconsistency']![0]!, 'nl')).toBe(
      "Het feit Te betalen (VatPayable) in context 'c1' heeft waarde 17.500, maar de som van de 2 items is 16.500: Omzet (Turnover) 20.000 × 1, Voorbelasting (InputVat) 1.750,5 × -2 (ELR http://e/role)",
    );
    expect(renderMessage('xml:tooLarge', { size: 300000000, limit: 268435456 }, 'nl')).toBe(
      'Het document is 300.000.000 bytes, meer dan de grens van 268.435.456',
    );
  });
});

describe('sbr validate --lang on the demo (issue 11 item 4)', () => {
  it('--lang nl: every finding of the demo in Dutch, the XML Schema reasons included', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-invalid.xbrl', '--lang', 'nl', '--format', 'json');
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.out) as { findings: { code: string; message: string }[] }).findings;
    expect(findings.map((f) => f.code)).toEqual([
      'xbrl.5.2.5.2:calcInconsistency',
      'xbrldie:PrimaryItemDimensionallyInvalidError',
      'xmlSchema:valueError',
      'xbrl.4.7.2:contextPeriodType',
      'xmlSchema:valueError',
      'xbrl.4.6.2:numericUnitRef',
    ]);
    const messages = findings.map((f) => f.message);
    // no English left: words of the English catalog do not occur
    for (const m of messages) expect(m).not.toMatch(/\b(but|the|is not|does not|which|has no)\b/);
    expect(messages[0]).toContain('heeft waarde 17.500, maar de som van de 2 items is 16.500');
    expect(messages[2]).toBe(
      "Btw-identificatienummer (VatIdentificationNumber) heeft de waarde 'NL12345678B01', die niet geldig is: de waarde 'NL12345678B01' voldoet niet aan het patroon NL[0-9]{9}B[0-9]{2}",
    );
    expect(messages[4]).toContain("'yes' is geen geldige boolean");
  });

  it('--lang en: the English messages are unchanged', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-invalid.xbrl', '--lang', 'en');
    expect(r.out).toContain(
      "xmlSchema:valueError  VAT identification number (VatIdentificationNumber) has value 'NL12345678B01', which is not valid: value 'NL12345678B01' does not match pattern NL[0-9]{9}B[0-9]{2}",
    );
    expect(r.out).toContain("'yes' is not a valid boolean");
    expect(r.out).toContain('is 16,500 (VAT at the high rate (VatHighRate) 21,000 − Input VAT (InputVat) 4,500)');
  });
});

describe('ixTransform:valueError says value and format once, its expectation in Dutch with --lang nl', () => {
  const ixt4 = TRR_NAMESPACES['4']!;
  const failed = (name: string, text: string) => {
    const r = applyTransform(ixt4, name, text);
    if (r.ok) throw new Error(`${name} read ${text}`);
    return { ...r.params, fmt: `ixt:${name}`, text };
  };

  it('num-dot-decimal on "abc": word for word in Dutch and English (it said it twice, the expectation in English)', () => {
    const p = failed('num-dot-decimal', 'abc');
    expect(renderMessage('ixTransform:valueError', p, 'nl')).toBe(
      'ixt:num-dot-decimal kan "abc" niet lezen: verwacht: een getal met een punt als decimaalteken, bijv. 1,234,567.89 of 1 234.5',
    );
    expect(renderMessage('ixTransform:valueError', p, 'en')).toBe(
      'ixt:num-dot-decimal cannot read "abc": expected a number with a dot decimal separator, e.g. 1,234,567.89 or 1 234.5',
    );
    const d = failed('date-day-monthname-en', '31 Foo 2023');
    expect(renderMessage('ixTransform:valueError', d, 'nl')).toBe(
      'ixt:date-day-monthname-en kan "31 Foo 2023" niet lezen: verwacht: een dag en een Engelse maandnaam',
    );
  });

  it('every transformation of TRR 1-5 has its expectation in Dutch', () => {
    const missing: string[] = [];
    for (const ns of Object.values(TRR_NAMESPACES))
      for (const name of transformNames(ns)) {
        const r = applyTransform(ns, name, '\u0007x');
        if (r.ok || r.params.expects === undefined) continue;
        const en = String(r.params.expects);
        const nlText = expectsNl(en);
        if (nlText === undefined || nlText === en) missing.push(`${name}: ${en}`);
      }
    expect(missing).toEqual([]);
  });
});
