import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionRelationships, localPart, SPEC_KVK } from './util.js';

/** NL-KVK.4.4.2.1 (NL-GAAP/IFRS): the extension MUST NOT define notAll definition arcs. */
export const kvk4421: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.1.notAllArcroleUsedInDefinitionLinkbase',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension has a notAll arc ${p.from} -> ${p.to}; use positive (all) hypercubes only`,
    nl: (p) => `De extensie heeft een notAll-arc ${p.from} -> ${p.to}; gebruik alleen positieve (all) hypercubes`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.notAll))
      ctx.report({ from: localPart(r.from), to: localPart(r.to) }, r.loc);
  },
};
