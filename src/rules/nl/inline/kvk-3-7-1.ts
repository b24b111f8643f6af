import type { InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

/**
 * NL-KVK.3.7.1.1 and 3.7.1.2: the filing MUST satisfy the KvK formula assertions of error and warning severity. They
 * need the formula engine (Formula issue), which has not landed: one info finding says so instead of a silent pass.
 */
export const kvk371: InlineRule = {
  code: 'NL.NL-KVK.3.7.1.formulaNotEvaluated',
  spec: `${SPEC_KVK}, NL-KVK.3.7.1.1 and 3.7.1.2`,
  severity: 'info',
  applies: 'all',
  message: {
    en: () => 'NL-KVK.3.7.1.1/3.7.1.2 (formula assertions of error and warning severity) were not checked: this version has no formula processor yet; check the KvK assertions with another tool before filing',
    nl: () => 'NL-KVK.3.7.1.1/3.7.1.2 (formule-asserties met ernst error en warning) zijn niet gecontroleerd: deze versie heeft nog geen formuleprocessor; controleer de KvK-asserties met een ander hulpmiddel voor het deponeren',
  },
  check(ctx) {
    ctx.report({}, { file: ctx.location });
  },
};
