import type { InlineRule } from '../types.js';
import { ixFacts, SPEC_KVK } from './util.js';

/** NL-KVK.3.5.3.1: the default target (facts without @target) MUST be used for the annual report content. */
export const kvk3531: InlineRule = {
  code: 'NL.NL-KVK.3.5.3.1.defaultTargetAttributeNotUsed',
  spec: `${SPEC_KVK}, NL-KVK.3.5.3.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: () =>
      'No fact is in the default target (every fact has a target attribute); tag the annual report content without @target',
    nl: () =>
      'Geen enkel feit staat in de standaard-target (elk feit heeft een target-attribuut); tag de inhoud van het jaarverslag zonder @target',
  },
  check(ctx) {
    const facts = ixFacts(ctx);
    if (facts.length && facts.every((f) => f.attrs.has('target')))
      ctx.report({}, { file: ctx.documents[0]?.url ?? ctx.location });
  },
};
