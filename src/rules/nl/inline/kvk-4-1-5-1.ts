import type { InlineRule } from '../types.js';
import { extensionNameParts, SPEC_KVK } from './util.js';

/** NL-KVK.4.1.5.1 (NL-GAAP/IFRS): the {base} of an extension document file name SHOULD NOT exceed twenty characters. */
export const kvk4151: InlineRule = {
  code: 'NL.NL-KVK.4.1.5.1.baseComponentInNameOfTaxonomyFileExceedsTwentyCharacters',
  spec: `${SPEC_KVK}, NL-KVK.4.1.5.1`,
  severity: 'warning',
  applies: 'gaap',
  message: {
    en: (p) => `The base "${p.base}" of ${p.name} has ${p.n} characters; keep it to twenty at most`,
    nl: (p) => `Het basisdeel "${p.base}" van ${p.name} heeft ${p.n} tekens; houd het op hoogstens twintig`,
  },
  check(ctx) {
    for (const e of ctx.extension) {
      const base = extensionNameParts(e.fileName)?.base ?? e.fileName.replace(/\.[^.]*$/, '');
      if (base.length > 20) ctx.report({ base, name: e.fileName, n: base.length }, { file: e.doc.url });
    }
  },
};
