import type { InlineRule } from '../types.js';
import { inheritedLang, ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.3.1.2: the xml:lang of each footnote MUST be the language of at least one textual fact. */
export const kvk3312: InlineRule = {
  code: 'NL.NL-KVK.3.3.1.2.footnoteInLanguagesOtherThanLanguageOfContentOfAnyTextualFact',
  spec: `${SPEC_KVK}, NL-KVK.3.3.1.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The footnote ${p.id} is in "${p.lang}", a language of no text fact (${p.langs}); write it in the language of the report`,
    nl: (p) =>
      `De voetnoot ${p.id} is in "${p.lang}", een taal van geen enkel tekstfeit (${p.langs}); schrijf hem in de taal van het rapport`,
  },
  check(ctx) {
    const langs = new Set(
      ixElements(ctx, 'nonNumeric')
        .map((e) => inheritedLang(e))
        .filter((l): l is string => !!l),
    );
    if (!langs.size) return;
    for (const fn of ixElements(ctx, 'footnote')) {
      const l = inheritedLang(fn);
      if (l && !langs.has(l))
        ctx.report({ id: fn.attrs.get('id') ?? '', lang: l, langs: [...langs].join(', ') }, ixLoc(fn));
    }
  },
};
