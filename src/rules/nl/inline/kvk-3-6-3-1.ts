import type { InlineRule } from '../types.js';
import { reportNameParts, SPEC_KVK } from './util.js';

/** NL-KVK.3.6.3.1: the {base} component of the report file name ({base}-{date}-{lang}.{extension}) SHOULD NOT exceed twenty characters. */
export const kvk3631: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.1.baseComponentInDocumentNameExceedsTwentyCharacters',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.1`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `The base "${p.base}" of the file name ${p.name} has ${p.n} characters; keep it to twenty at most`,
    nl: (p) =>
      `Het basisdeel "${p.base}" van de bestandsnaam ${p.name} heeft ${p.n} tekens; houd het op hoogstens twintig`,
  },
  check(ctx) {
    for (const d of ctx.documents) {
      const parts = reportNameParts(d.fileName);
      const base = parts ? parts.base : d.fileName.replace(/\.[^.]*$/, '');
      if (base.length > 20) ctx.report({ base, name: d.fileName, n: base.length }, { file: d.url });
    }
  },
};
