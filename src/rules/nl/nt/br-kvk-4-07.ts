import type { NtRule } from '../types.js';
import { ntValue, SPEC_BR_KVK, validDate } from './util.js';

/** BR-KVK-4.07: jenv-bw2-i:FinancialReportingPeriodCurrentEndDate MUST be before the date of filing. */
export const brKvk407: NtRule = {
  code: 'NL.BR-KVK-4.07',
  spec: `${SPEC_BR_KVK}, BR-KVK-4.07`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `The end of the current financial reporting period (${p.date}) is not before the date of filing (${p.filing}); file after the period has ended`,
    nl: (p) =>
      `Het einde van de huidige verslagperiode (${p.date}) ligt niet voor de datum van deponeren (${p.filing}); deponeer na afloop van de periode`,
  },
  check(ctx) {
    const v = ctx.instance && ntValue(ctx.instance, 'jenv-bw2-data', 'FinancialReportingPeriodCurrentEndDate');
    if (!v || !validDate(v.value)) return;
    if (v.value >= ctx.filingDate) ctx.report({ date: v.value, filing: ctx.filingDate }, v.fact);
  },
};
