import type { NtRule } from '../types.js';
import { ntValue, SPEC_BR_KVK, validDate } from './util.js';

/** BR-KVK-4.17: the current and previous financial reporting period together MUST be less than 2 years (previous start to current end). */
export const brKvk417: NtRule = {
  code: 'NL.BR-KVK-4.17',
  spec: `${SPEC_BR_KVK}, BR-KVK-4.17`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `From the start of the previous period (${p.start}) to the end of the current period (${p.end}) is more than 2 years; check the financial reporting period dates`,
    nl: (p) =>
      `Van het begin van de vorige periode (${p.start}) tot het einde van de huidige periode (${p.end}) is meer dan 2 jaar; controleer de data van de verslagperiodes`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const s = ntValue(inst, 'jenv-bw2-data', 'FinancialReportingPeriodPreviousStartDate');
    const e = ntValue(inst, 'jenv-bw2-data', 'FinancialReportingPeriodCurrentEndDate');
    const sd = s && validDate(s.value);
    if (!s || !e || !sd || !validDate(e.value)) return;
    const limit = new Date(Date.UTC(sd.getUTCFullYear() + 2, sd.getUTCMonth(), sd.getUTCDate()))
      .toISOString()
      .slice(0, 10);
    if (e.value > limit) ctx.report({ start: s.value, end: e.value }, e.fact);
  },
};
