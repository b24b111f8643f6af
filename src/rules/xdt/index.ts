/**
 * XBRL Dimensions 1.0 rules. Taxonomy rules check single declarations and relationships (`xbrldte:`); the errors that
 * need the DRS walk are reported by `compileDimensions` (src/compile/dimensions.ts). Instance rules (`xbrldie:`) read the
 * compiled dimensional model only.
 */
import type { Rule } from '../types.js';
import { xdtInstanceRuleList } from './instance.js';
import { xdtTaxonomyRuleList } from './taxonomy.js';

export const xdtTaxonomyRules: Rule[] = xdtTaxonomyRuleList;
export const xdtInstanceRules: Rule[] = xdtInstanceRuleList;

export { DimensionalValidator, contextDimensions, type Failure, type Verdict } from './validity.js';
export { dimensionalModel } from './model.js';
