/**
 * enum2ie:RepeatedEnumerationSetValue (Extensible Enumerations 2.0 section 6.1): the expanded name URIs of a set value
 * enumeration fact must be unique (compared after whitespace collapse, section 6.2.2/6.2.3).
 */
import type { Rule } from '../types.js';
import { enumerationFacts, factName, IE, setItems, SPEC_NAME } from './common.js';

export const enum2RepeatedEnumerationSetValue: Rule = {
  code: `${IE[2]}:RepeatedEnumerationSetValue`,
  spec: `${SPEC_NAME[2]} section 6.1`,
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const [f] of enumerationFacts(ctx, 2, true)) {
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const item of setItems(f.value)) (seen.has(item) ? repeated : seen).add(item);
      if (!repeated.size) continue;
      ctx.report({
        message: `${factName(ctx, f)} names ${[...repeated].map((x) => `"${x}"`).join(', ')} more than once; each value of a set may appear only once.`,
        loc: f,
      });
    }
  },
};
