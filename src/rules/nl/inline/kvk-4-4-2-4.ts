import type { InlineRule } from '../types.js';
import { lineItems } from './line-items.js';
import { SPEC_KVK } from './util.js';

/**
 * NL-KVK.4.4.2.4 (NL-GAAP/IFRS): extension line items (non-abstract items that are not dimensions, hypercubes or members)
 * MUST be linked to a hypercube: they must be primary items of the dimensional model.
 */
export const kvk4424: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.4.extensionTaxonomyLineItemNotLinkedToAnyHypercube',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.4`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension line item ${p.name} is not linked to any hypercube; place it under the line items of a hypercube in the definition linkbase`,
    nl: (p) =>
      `Het extensieregelitem ${p.name} is aan geen hypercube gekoppeld; plaats het onder de regelitems van een hypercube in de definitielinkbase`,
  },
  check(ctx) {
    const dims = ctx.taxonomy?.dimensions;
    if (!dims) return;
    for (const c of lineItems(ctx)) if (!dims.primaryItems[c.key]) ctx.report({ name: c.name }, c);
  },
};
