import type { InlineRule } from '../types.js';
import { lineItems } from './line-items.js';
import { factConceptKey, ixFacts, SPEC_KVK } from './util.js';

/** NL-KVK.4.4.6.1 (NL-GAAP/IFRS): usable extension concepts SHOULD be used by tagged facts. */
export const kvk4461: InlineRule = {
  code: 'NL.NL-KVK.4.4.6.1.usableConceptsNotAppliedByTaggedFacts',
  spec: `${SPEC_KVK}, NL-KVK.4.4.6.1`,
  severity: 'warning',
  applies: 'gaap',
  message: {
    en: (p) => `The extension concept ${p.name} is not used by any tagged fact; tag it or remove it from the extension`,
    nl: (p) =>
      `Het extensieconcept ${p.name} wordt door geen getagd feit gebruikt; tag het of verwijder het uit de extensie`,
  },
  check(ctx) {
    const used = new Set(ixFacts(ctx).map(factConceptKey));
    for (const c of lineItems(ctx)) if (!used.has(c.key)) ctx.report({ name: c.name }, c);
  },
};
