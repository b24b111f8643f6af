import type { InlineRule } from '../types.js';
import { reportFormulaFindings } from './formula-outcome.js';
import { SPEC_KVK } from './util.js';

/**
 * NL-KVK.3.7.1.2 (every inline profile): the filing MUST satisfy the formula assertions of the KvK taxonomy of warning
 * severity; reported as a warning naming the unsatisfied assertions (the `formula:` findings of warning severity).
 */
export const kvk3712: InlineRule = {
  code: 'NL.NL-KVK.3.7.1.2.targetXBRLDocumentWithFormulaWarnings',
  spec: `${SPEC_KVK}, NL-KVK.3.7.1.2`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) =>
      `${p.n} formula assertion(s) of warning severity are not satisfied (${p.ids}); check the facts they name (see the formula: findings)`,
    nl: (p) =>
      `${p.n} formule-assertie(s) met ernst warning zijn niet vervuld (${p.ids}); controleer de feiten die ze noemen (zie de formula:-meldingen)`,
  },
  check(ctx) {
    reportFormulaFindings(ctx, 'warning');
  },
};
