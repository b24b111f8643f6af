/**
 * Calculation rules: XBRL 2.1 section 5.2.5.2 for the 2003 summation-item arcrole (`summationItem.ts`) and
 * XBRL Calculations 1.1 for the 2023 arcrole (`calc11.ts`). Rounding and interval arithmetic are in `rounding.ts`.
 */
import type { Rule } from '../types.js';
import { calc11Consistency, calc11Relationships } from './calc11.js';
import { calcInconsistency } from './summationItem.js';

export { checkSummations, calcInconsistency, SUMMATION_ITEM } from './summationItem.js';
export { calc11Consistency, calc11Relationships, isDecimalItem, SUMMATION_ITEM_11 } from './calc11.js';
export {
  xbrl21Rounding,
  calc11Rounding,
  calc11Truncation,
  calc11Mode,
  inferDecimals,
  roundHalfEven,
  type CalcRoundingMode,
  type Calc11RoundingMode,
  type Interval,
} from './rounding.js';

export const calcRules: Rule[] = [calcInconsistency, calc11Relationships, calc11Consistency];
