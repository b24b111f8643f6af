import type { InlineRule } from '../types.js';
import { extensionNameParts, SPEC_KVK } from './util.js';

/** NL-KVK.4.1.5.2 (NL-GAAP/IFRS): extension document names SHOULD be {base}-{date}_{suffix}-{lang}.{extension}. */
export const kvk4152: InlineRule = {
  code: 'NL.NL-KVK.4.1.5.2.extensionTaxonomyDocumentNameDoesNotFollowNamingConvention',
  spec: `${SPEC_KVK}, NL-KVK.4.1.5.2`,
  severity: 'warning',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension document ${p.name} does not follow {base}-{date}_{suffix}-{lang}.{extension} (e.g. entity-2024-12-31_lab-nl.xml)`,
    nl: (p) =>
      `Het extensiedocument ${p.name} volgt niet {basis}-{datum}_{achtervoegsel}-{taal}.{extensie} (bijvoorbeeld entiteit-2024-12-31_lab-nl.xml)`,
  },
  check(ctx) {
    for (const e of ctx.extension)
      if (!extensionNameParts(e.fileName)) ctx.report({ name: e.fileName }, { file: e.doc.url });
  },
};
