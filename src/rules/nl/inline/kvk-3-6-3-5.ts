import type { InlineRule } from '../types.js';
import { factsOf, filingDocument } from './filing-document.js';
import { factConceptKey, ixLoc, SPEC_KVK } from './util.js';

/**
 * NL-KVK.3.6.3.5 (2025+): the separate filing document MUST reference only the mandatory elements of Annex II point 3
 * of the RTS (the KvK taxonomy's own `kvk` and `bw2-titel9` filing elements): a fact of another taxonomy is reported.
 */
export const kvk3635: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.5.elementsReferencedInKvkFilingDocumentNotLimitedToMandatoryElements',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.5`,
  severity: 'error',
  applies: '2025',
  message: {
    en: (p) =>
      `The filing document reports ${p.name}, which is not one of the mandatory filing elements; move it to the annual report document`,
    nl: (p) =>
      `Het deponeringsdocument rapporteert ${p.name}, dat geen verplicht deponeringselement is; verplaats het naar het jaarverslagdocument`,
  },
  check(ctx) {
    const d = filingDocument(ctx);
    if (!d) return;
    for (const el of factsOf(d)) {
      const key = factConceptKey(el) ?? '';
      if (!/nltaxonomie\.nl\/(kvk|nt\d+\/kvk|.*bw2-titel9)/.test(key))
        ctx.report({ name: el.attrs.get('name') ?? '' }, ixLoc(el));
    }
  },
};
