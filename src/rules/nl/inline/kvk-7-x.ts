import type { InlineRule } from '../types.js';
import { factConceptKey, ixElements, ixLoc, SPEC_KVK, textOf } from './util.js';

function falseFacts(ctx: Parameters<InlineRule['check']>[0], local: string) {
  return ixElements(ctx, 'nonNumeric').filter((el) => {
    const k = factConceptKey(el) ?? '';
    return k.endsWith(`}${local}`) && /nltaxonomie\.nl/.test(k) && /^(false|0|nee)$/i.test(textOf(el).trim());
  });
}

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
    for (const el of falseFacts(ctx, 'AnnualReportOfForeignGroupHeadForExemptionUnderArticle403'))
      ctx.report({}, ixLoc(el));
  },
};

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
    for (const el of falseFacts(ctx, 'AnnualReportOfForeignGroupHeadForExemptionUnderArticle408'))
      ctx.report({}, ixLoc(el));
  },
};
