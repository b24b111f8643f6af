import type { InlineRule } from '../types.js';
import { inheritedLang, ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.3.1.3: at least one footnote of each footnote relationship MUST be in the language of the report. */
export const kvk3313: InlineRule = {
  code: 'NL.NL-KVK.3.3.1.3.footnoteOnlyInLanguagesOtherThanLanguageOfAReport',
  spec: `${SPEC_KVK}, NL-KVK.3.3.1.3`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The footnotes of this relationship (${p.ids}) are not in the language of the report (${p.lang}); add a footnote in ${p.lang}`,
    nl: (p) =>
      `De voetnoten van deze relatie (${p.ids}) zijn niet in de taal van het rapport (${p.lang}); voeg een voetnoot in ${p.lang} toe`,
  },
  check(ctx) {
    const lang = ctx.reportLang;
    if (!lang) return;
    const footnotes = new Map(ixElements(ctx, 'footnote').map((f) => [f.attrs.get('id') ?? '', f]));
    for (const r of ixElements(ctx, 'relationship')) {
      const ids = (r.attrs.get('toRefs') ?? '').split(/\s+/).filter((id) => footnotes.has(id));
      if (ids.length && !ids.some((id) => inheritedLang(footnotes.get(id)) === lang))
        ctx.report({ ids: ids.join(' '), lang }, ixLoc(r));
    }
  },
};
