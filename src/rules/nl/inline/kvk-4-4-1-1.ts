import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionRelationships, SPEC_KVK } from './util.js';

/** NL-KVK.4.4.1.1 (NL-GAAP/IFRS): calculation arcs of the extension MUST use the https://xbrl.org/2023/arcrole/summation-item arcrole (Calculations 1.1). */
export const kvk4411: InlineRule = {
  code: 'NL.NL-KVK.4.4.1.1.incorrectSummationItemArcroleUsed',
  spec: `${SPEC_KVK}, NL-KVK.4.4.1.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The calculation arc ${p.from} -> ${p.to} uses ${ARC.summation2003}; use ${ARC.summation2023}`,
    nl: (p) => `De calculatie-arc ${p.from} -> ${p.to} gebruikt ${ARC.summation2003}; gebruik ${ARC.summation2023}`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.summation2003))
      ctx.report({ from: r.from.replace(/^\{[^}]*\}/, ''), to: r.to.replace(/^\{[^}]*\}/, '') }, r.loc);
  },
};
