import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.4.2.0.2 (NL-GAAP/IFRS): items of xbrli:fractionItemType MUST NOT be defined in the extension taxonomy. */
export const kvk4202: InlineRule = {
  code: 'NL.NL-KVK.4.2.0.2.fractionElementUsed',
  spec: `${SPEC_KVK}, NL-KVK.4.2.0.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension concept ${p.name} is of fractionItemType; use a decimal type`,
    nl: (p) => `Het extensieconcept ${p.name} is van fractionItemType; gebruik een decimaal type`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx)) if (c.fraction) ctx.report({ name: c.name }, c);
  },
};
