/**
 * enum2ie:InvalidEnumerationSetValue (Extensible Enumerations 2.0 section 6.1): a set value enumeration fact must have
 * a space-separated list (possibly empty) of expanded name URIs, each identifying a member of the domain of allowed
 * values. Whitespace is collapsed first (xs:token, section 6.2.2).
 */
import type { Rule } from '../types.js';
import {
  allowedList,
  enumerationFacts,
  factName,
  fromExpandedNameUri,
  IE,
  isAllowed,
  setItems,
  SPEC_NAME,
} from './common.js';

export const enum2InvalidEnumerationSetValue: Rule = {
  code: `${IE[2]}:InvalidEnumerationSetValue`,
  spec: `${SPEC_NAME[2]} section 6.1`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const [f, c] of enumerationFacts(ctx, 2, true)) {
      const bad: string[] = [];
      for (const item of setItems(f.value)) {
        const key = fromExpandedNameUri(item);
        if (key === undefined) bad.push(`"${item}" (not an expanded name URI, namespace#localName)`);
        else if (!isAllowed(c, key)) bad.push(`"${item}"`);
      }
      if (!bad.length) continue;
      const what = bad.length === 1 ? `${bad[0]}, which is not a member` : `${bad.join(', ')}, which are not members`;
      ctx.report({
        message: `${factName(ctx, f)} has in its set ${what} of its domain of allowed values. ${allowedList(ctx, c, f)}`,
        loc: f,
      });
    }
  },
};
