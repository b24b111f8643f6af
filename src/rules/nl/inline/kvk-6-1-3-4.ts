import type { InlineRule } from '../types.js';
import { filingDocument } from './filing-document.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.6.1.3.4 (multi-target): the separate filing document MUST be named kvk-{date}-{lang}.{extension}. */
export const kvk6134: InlineRule = {
  code: 'NL.NL-KVK.6.1.3.4.kvkFilingDocumentNameDoesNotFollowNamingConvention',
  spec: `${SPEC_KVK}, NL-KVK.6.1.3.4`,
  severity: 'error',
  applies: 'multi',
  message: {
    en: (p) => `The filing document ${p.name} must be named kvk-{date}-{lang}.{extension}`,
    nl: (p) => `Het deponeringsdocument ${p.name} moet kvk-{datum}-{taal}.{extensie} heten`,
  },
  check(ctx) {
    const d = filingDocument(ctx);
    if (d && !/^kvk-\d{4}-\d{2}-\d{2}-[a-z]{2}\.(html|htm|xhtml)$/.test(d.fileName))
      ctx.report({ name: d.fileName }, { file: d.url });
  },
};
