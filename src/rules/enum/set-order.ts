/**
 * enum2ie:InvalidEnumerationSetOrder (Extensible Enumerations 2.0 section 6.1): the expanded name URIs of a set value
 * enumeration fact must be in lexicographic order (so that set equality is string equality, section 6.2.3). The
 * comparison is by Unicode code point; equal neighbours are RepeatedEnumerationSetValue, not an order error.
 */
import type { Rule } from '../types.js';
import { compareCodePoints, enumerationFacts, factName, IE, setItems, SPEC_NAME } from './common.js';

export const enum2InvalidEnumerationSetOrder: Rule = {
  code: `${IE[2]}:InvalidEnumerationSetOrder`,
  spec: `${SPEC_NAME[2]} section 6.1`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const [f] of enumerationFacts(ctx, 2, true)) {
      const items = setItems(f.value);
      const i = items.findIndex((x, j) => j > 0 && compareCodePoints(items[j - 1]!, x) > 0);
      if (i < 0) continue;
      const sorted = [...new Set(items)].sort(compareCodePoints);
      ctx.report({
        message: `${factName(ctx, f)} lists its values out of order ("${items[i]}" comes after "${items[i - 1]}"); write them in lexicographic order: ${sorted.join(' ')}`,
        loc: f,
      });
    }
  },
};
