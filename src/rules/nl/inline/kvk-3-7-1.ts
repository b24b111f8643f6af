import type { InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

/**
 * NL-KVK.3.7.1.1 and 3.7.1.2 read the outcome of the formula assertions the pipeline evaluated (src/rules/formula,
 * findings `formula:<assertion id>`). When they were not evaluated (no formula linkbase in the DTS, formula switched
 * off) this notice (code `NL.NL-KVK.3.7.1.formulaNotEvaluated`, info, every inline profile) says so once instead of a
 * silent pass of both rules (issue 10 item 5). The rules themselves: kvk-3-7-1-1.ts, kvk-3-7-1-2.ts.
 */
export const kvk371: InlineRule = {
  code: 'NL.NL-KVK.3.7.1.formulaNotEvaluated',
  spec: `${SPEC_KVK}, NL-KVK.3.7.1.1 and 3.7.1.2`,
  severity: 'info',
  applies: 'all',
  message: {
    en: () =>
      'NL-KVK.3.7.1.1/3.7.1.2 (formula assertions of error and warning severity) were not checked: no formula assertions were evaluated for this report; check the KvK assertions before filing',
    nl: () =>
      'NL-KVK.3.7.1.1/3.7.1.2 (formule-asserties met ernst error en warning) zijn niet gecontroleerd: voor dit rapport zijn geen formule-asserties uitgevoerd; controleer de KvK-asserties voor het deponeren',
  },
  check(ctx) {
    if (!ctx.formula?.ran) ctx.report({}, { file: ctx.location });
  },
};
