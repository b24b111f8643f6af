import type { InlineRule } from '../types.js';
import { reportFormulaFindings } from './formula-outcome.js';
import { SPEC_KVK } from './util.js';

/**
 * NL-KVK.3.7.1.1 (every inline profile): the filing MUST satisfy the formula assertions of the KvK taxonomy of error
 * severity; one error names the unsatisfied assertions (the `formula:` findings of error severity).
 */
export const kvk3711: InlineRule = {
  code: 'NL.NL-KVK.3.7.1.1.targetXBRLDocumentWithFormulaErrors',
  spec: `${SPEC_KVK}, NL-KVK.3.7.1.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `${p.n} formula assertion(s) of error severity are not satisfied (${p.ids}); correct the facts they name (see the formula: findings)`,
    nl: (p) =>
      `${p.n} formule-assertie(s) met ernst error zijn niet vervuld (${p.ids}); corrigeer de feiten die ze noemen (zie de formula:-meldingen)`,
  },
  check(ctx) {
    reportFormulaFindings(ctx, 'error');
  },
};
