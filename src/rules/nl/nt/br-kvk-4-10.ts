import type { NtRule } from '../types.js';
import { ntValue, SPEC_BR_KVK, validDate } from './util.js';

/** BR-KVK-4.10: jenv-bw2-i:DocumentAdoptionDate MUST NOT be after the date of filing. */
export const brKvk410: NtRule = {
  code: 'NL.BR-KVK-4.10',
  spec: `${SPEC_BR_KVK}, BR-KVK-4.10`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `The date of adoption (${p.date}) is after the date of filing (${p.filing}); correct jenv-bw2-i:DocumentAdoptionDate`,
    nl: (p) =>
      `De datum van vaststelling (${p.date}) ligt na de datum van deponeren (${p.filing}); corrigeer jenv-bw2-i:DocumentAdoptionDate`,
  },
  check(ctx) {
    const v = ctx.instance && ntValue(ctx.instance, 'jenv-bw2-data', 'DocumentAdoptionDate');
    if (!v || !validDate(v.value)) return;
    if (v.value > ctx.filingDate) ctx.report({ date: v.value, filing: ctx.filingDate }, v.fact);
  },
};
