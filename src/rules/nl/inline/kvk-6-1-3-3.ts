import type { InlineRule } from '../types.js';
import { ixFacts, SPEC_KVK } from './util.js';

/** NL-KVK.6.1.3.3 (multi-target): the target "filing-information" MUST be used for the required filing elements. */
export const kvk6133: InlineRule = {
  code: 'NL.NL-KVK.6.1.3.3.requiredTargetAttributeNotUsed',
  spec: `${SPEC_KVK}, NL-KVK.6.1.3.3`,
  severity: 'error',
  applies: 'multi',
  message: {
    en: () => 'No fact has target="filing-information"; tag the required filing elements in that target',
    nl: () => 'Geen enkel feit heeft target="filing-information"; tag de verplichte deponeringselementen in die target',
  },
  check(ctx) {
    if (!ixFacts(ctx).some((f) => f.attrs.get('target') === 'filing-information'))
      ctx.report({}, { file: ctx.documents[0]?.url ?? ctx.location });
  },
};
