/**
 * XBRL 2.1 rules. `xbrl21InstanceRules`: the instance checks of section 4 (items, contexts, units, tuples,
 * footnote links, ids), each a `Rule` object in src/rules/xbrl21/instance/.
 */
import type { Rule } from '../types.js';
import { attributeValues } from './instance/attributes.js';
import { contextPeriodType, periodStartEnd, scenarioContent, segmentContent } from './instance/contexts.js';
import { footnoteArcs, footnoteLinkRole, footnoteLocTarget, footnoteResource } from './instance/footnotes.js';
import { uniqueIds } from './instance/ids.js';
import { decimalsPrecision, factConcept, itemContextRef, nilFacts, numericUnitRef } from './instance/items.js';
import { tupleAttributes, tupleContent } from './instance/tuples.js';
import { instanceRoleRefs, schemaRefTarget } from './instance/refs.js';
import { measureElement, monetaryUnit, sharesUnit, unitDivideCommonMeasure } from './instance/units.js';
import { contextContentValue, factValue } from './instance/values.js';

export {
  attributeValues,
  contextContentValue,
  contextPeriodType,
  decimalsPrecision,
  factConcept,
  factValue,
  footnoteArcs,
  footnoteLinkRole,
  footnoteLocTarget,
  footnoteResource,
  instanceRoleRefs,
  itemContextRef,
  measureElement,
  monetaryUnit,
  nilFacts,
  numericUnitRef,
  periodStartEnd,
  scenarioContent,
  schemaRefTarget,
  segmentContent,
  sharesUnit,
  tupleAttributes,
  tupleContent,
  uniqueIds,
  unitDivideCommonMeasure,
};

export const xbrl21InstanceRules: Rule[] = [
  uniqueIds,
  schemaRefTarget,
  instanceRoleRefs,
  factConcept,
  itemContextRef,
  numericUnitRef,
  decimalsPrecision,
  nilFacts,
  factValue,
  periodStartEnd,
  contextPeriodType,
  segmentContent,
  scenarioContent,
  contextContentValue,
  attributeValues,
  measureElement,
  monetaryUnit,
  sharesUnit,
  unitDivideCommonMeasure,
  tupleContent,
  tupleAttributes,
  footnoteLinkRole,
  footnoteLocTarget,
  footnoteResource,
  footnoteArcs,
];
