import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.4.2.0.1 (NL-GAAP/IFRS): tuples MUST NOT be defined in the extension taxonomy. */
export const kvk4201: InlineRule = {
  code: 'NL.NL-KVK.4.2.0.1.tupleElementUsed',
  spec: `${SPEC_KVK}, NL-KVK.4.2.0.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension defines the tuple ${p.name}; define items only`,
    nl: (p) => `De extensie definieert de tuple ${p.name}; definieer alleen items`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx)) if (c.kind === 'tuple') ctx.report({ name: c.name }, c);
  },
};
