import type { InlineRule } from '../types.js';
import { factsReportedFalse, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.7.1.4.2 (other GAAP): kvk:AnnualReportOfForeignGroupHeadForExemptionUnderArticle403 MUST NOT be reported as "False". */
export const kvk7142: InlineRule = {
  code: 'NL.NL-KVK.7.1.4.2.reportedConcept403NotExpected',
  spec: `${SPEC_KVK}, NL-KVK.7.1.4.2`,
  severity: 'error',
  applies: 'other',
  message: {
    en: () =>
      'AnnualReportOfForeignGroupHeadForExemptionUnderArticle403 is reported as false; report it only when the exemption of article 2:403 applies (true)',
    nl: () =>
      'AnnualReportOfForeignGroupHeadForExemptionUnderArticle403 is als onwaar gerapporteerd; rapporteer het alleen als de vrijstelling van artikel 2:403 geldt (waar)',
  },
  check(ctx) {
    for (const el of factsReportedFalse(ctx, 'AnnualReportOfForeignGroupHeadForExemptionUnderArticle403'))
      ctx.report({}, ixLoc(el));
  },
};
