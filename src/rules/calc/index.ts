/**
 * Calculation rules (XBRL 2.1 section 5.2.5.2). Calculations 1.1 will add a rounding mode in `rounding.ts`
 * and a rule that calls `checkSummations` with it.
 */
import type { Rule } from '../types.js';
import { calcInconsistency } from './summationItem.js';

export { checkSummations, calcInconsistency, SUMMATION_ITEM } from './summationItem.js';
export { xbrl21Rounding, inferDecimals, roundHalfEven, type CalcRoundingMode } from './rounding.js';

export const calcRules: Rule[] = [calcInconsistency];
