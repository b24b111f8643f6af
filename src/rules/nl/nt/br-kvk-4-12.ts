import type { NtRule } from '../types.js';
import { ntFacts, SPEC_BR_KVK } from './util.js';

/**
 * BR-KVK-4.12: for a corrected annual report the report to be corrected MUST have been filed: when
 * kvk-i:DocumentResubmissionDueToUnsurmountableInaccuracies is "Ja", jenv-bw2-i:DocumentAdoptionStatus must be "Ja".
 */
export const brKvk412: NtRule = {
  code: 'NL.BR-KVK-4.12',
  spec: `${SPEC_BR_KVK}, BR-KVK-4.12`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: () =>
      'The report is a correction (DocumentResubmissionDueToUnsurmountableInaccuracies = "Ja") but jenv-bw2-i:DocumentAdoptionStatus is not "Ja"; a corrected report must be of an adopted annual report',
    nl: () =>
      'Het rapport is een correctie (DocumentResubmissionDueToUnsurmountableInaccuracies = "Ja") maar jenv-bw2-i:DocumentAdoptionStatus is niet "Ja"; een correctie moet een vastgestelde jaarrekening betreffen',
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const resub = ntFacts(inst, 'kvk-data', 'DocumentResubmissionDueToUnsurmountableInaccuracies').find(
      (f) => f.value.trim() === 'Ja',
    );
    if (!resub) return;
    if (!ntFacts(inst, 'jenv-bw2-data', 'DocumentAdoptionStatus').some((f) => f.value.trim() === 'Ja'))
      ctx.report({}, resub);
  },
};
