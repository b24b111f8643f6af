import type { NtRule } from '../types.js';
import { ntFacts, SPEC_BR_KVK } from './util.js';

/**
 * BR-KVK-4.16: a corrected financial statement MUST be adopted: when
 * kvk-i:DocumentResubmissionDueToUnsurmountableInaccuracies is "Ja", jenv-bw2-i:DocumentAdoptionStatus and
 * jenv-bw2-i:DocumentAdoptionDate must be filled.
 */
export const brKvk416: NtRule = {
  code: 'NL.BR-KVK-4.16',
  spec: `${SPEC_BR_KVK}, BR-KVK-4.16`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `The report is a correction (DocumentResubmissionDueToUnsurmountableInaccuracies = "Ja") but jenv-bw2-i:${p.concept} is not filled; add it`,
    nl: (p) =>
      `Het rapport is een correctie (DocumentResubmissionDueToUnsurmountableInaccuracies = "Ja") maar jenv-bw2-i:${p.concept} is niet gevuld; voeg het toe`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const resub = ntFacts(inst, 'kvk-data', 'DocumentResubmissionDueToUnsurmountableInaccuracies').find(
      (f) => f.value.trim() === 'Ja',
    );
    if (!resub) return;
    for (const concept of ['DocumentAdoptionStatus', 'DocumentAdoptionDate']) {
      if (!ntFacts(inst, 'jenv-bw2-data', concept).some((f) => f.value.trim() !== '')) ctx.report({ concept }, resub);
    }
  },
};
