import type { InlineRule } from '../types.js';
import { filingDocument } from './filing-document.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.3.6.3.4 (2025+): the file name of the separate filing document MUST be kvk-{date}-{lang}.{extension}. */
export const kvk3634: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.4.kvkFilingDocumentNameDoesNotFollowNamingConvention',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.4`,
  severity: 'error',
  applies: '2025',
  message: {
    en: (p) =>
      `The filing document ${p.name} must be named kvk-{date}-{lang}.{extension}, e.g. kvk-2024-12-31-nl.xhtml`,
    nl: (p) =>
      `Het deponeringsdocument ${p.name} moet kvk-{datum}-{taal}.{extensie} heten, bijvoorbeeld kvk-2024-12-31-nl.xhtml`,
  },
  check(ctx) {
    const d = filingDocument(ctx);
    if (d && !/^kvk-\d{4}-\d{2}-\d{2}-[a-z]{2}\.(html|htm|xhtml)$/.test(d.fileName))
      ctx.report({ name: d.fileName }, { file: d.url });
  },
};
