/** XBRL 2.1 section 5 rules on the compiled taxonomy's networks, and instance checks of definition arcroles. */
import type { Rule } from '../../types.js';
import { arcroleCycles } from './cycles.js';
import { essenceAliasValues, requiresElement } from './instanceChecks.js';
import { calculationArcs, essenceAliasArcs, preferredLabel } from './relationshipChecks.js';
import { arcroleUsedOn, roleUsedOn } from './usedOn.js';

export { findDirectedCycle, findUndirectedCycle } from './cycles.js';

export const xbrl21TaxonomyRules: Rule[] = [
  arcroleCycles,
  calculationArcs,
  essenceAliasArcs,
  preferredLabel,
  roleUsedOn,
  arcroleUsedOn,
  requiresElement,
  essenceAliasValues,
];
