import type { InlineRule } from '../types.js';
import { filingDocument } from './filing-document.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

/** NL-KVK.3.6.3.7 (2025+): the separate filing document MUST NOT report units. */
export const kvk3637: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.7.unitsReportedInKvkFilingDocument',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.7`,
  severity: 'error',
  applies: '2025',
  message: {
    en: (p) =>
      `The filing document has the unit ${p.id}; it must not report units (move numeric facts to the annual report document)`,
    nl: (p) =>
      `Het deponeringsdocument heeft de unit ${p.id}; het mag geen units rapporteren (verplaats numerieke feiten naar het jaarverslagdocument)`,
  },
  check(ctx) {
    const d = filingDocument(ctx);
    if (!d) return;
    for (const u of allElements(d).filter((e) => e.ns === XBRLI && e.local === 'unit'))
      ctx.report({ id: u.attrs.get('id') ?? '' }, ixLoc(u));
  },
};
