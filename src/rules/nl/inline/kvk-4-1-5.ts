import type { InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

/** {base}-{date}[_{suffix}][-{lang}].{extension} of an extension document name (NL-KVK.4.1.5.1, 4.1.5.2). */
export function extensionNameParts(name: string): { base: string } | undefined {
  const m = /^(.+?)-(\d{4}-\d{2}-\d{2})(_(cal|def|lab|pre|ref|for))?(-[a-z]{2})?\.(xsd|xml)$/.exec(name);
  return m ? { base: m[1]! } : undefined;
}

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
