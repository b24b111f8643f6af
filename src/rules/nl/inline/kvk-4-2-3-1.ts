import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.4.2.3.1 (NL-GAAP/IFRS): the extension taxonomy MUST NOT define typed dimensions. */
export const kvk4231: InlineRule = {
  code: 'NL.NL-KVK.4.2.3.1.typedDimensionDefinitionInExtensionTaxonomy',
  spec: `${SPEC_KVK}, NL-KVK.4.2.3.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension defines the typed dimension ${p.name}; use an explicit dimension`,
    nl: (p) => `De extensie definieert de getypeerde dimensie ${p.name}; gebruik een expliciete dimensie`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx)) if (c.typedDomainRef) ctx.report({ name: c.name }, c);
  },
};
