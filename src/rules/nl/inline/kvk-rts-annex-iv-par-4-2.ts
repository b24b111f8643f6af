import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_4_2: monetary extension elements MUST have a balance attribute. */
export const kvkRtsAnnexIVPar42: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_4_2.monetaryConceptWithoutBalance',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_4_2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The monetary extension concept ${p.name} has no xbrli:balance; add balance="debit" or "credit"`,
    nl: (p) => `Het monetaire extensieconcept ${p.name} heeft geen xbrli:balance; voeg balance="debit" of "credit" toe`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx))
      if (c.xbrliType === 'monetaryItemType' && !c.balance) ctx.report({ name: c.name }, c);
  },
};
