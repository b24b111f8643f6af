import type { InlineRule } from '../types.js';
import { factsReportedFalse, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.7.2.1.2 (other GAAP): kvk:AnnualReportOfForeignGroupHeadForExemptionUnderArticle408 MUST NOT be reported as "False". */
export const kvk7212: InlineRule = {
  code: 'NL.NL-KVK.7.2.1.2.reportedConcept408NotExpected',
  spec: `${SPEC_KVK}, NL-KVK.7.2.1.2`,
  severity: 'error',
  applies: 'other',
  message: {
    en: () =>
      'AnnualReportOfForeignGroupHeadForExemptionUnderArticle408 is reported as false; report it only when the exemption of article 2:408 applies (true)',
    nl: () =>
      'AnnualReportOfForeignGroupHeadForExemptionUnderArticle408 is als onwaar gerapporteerd; rapporteer het alleen als de vrijstelling van artikel 2:408 geldt (waar)',
  },
  check(ctx) {
    for (const el of factsReportedFalse(ctx, 'AnnualReportOfForeignGroupHeadForExemptionUnderArticle408'))
      ctx.report({}, ixLoc(el));
  },
};
