import type { InlineRule } from '../types.js';
import { inheritedLang, ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.5.2.2: every tagged text fact MUST be given in at least the language of the report (per concept). */
export const kvk3522: InlineRule = {
  code: 'NL.NL-KVK.3.5.2.2.taggedTextFactOnlyInLanguagesOtherThanLanguageOfAReport',
  spec: `${SPEC_KVK}, NL-KVK.3.5.2.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The text fact ${p.name} is only given in ${p.langs}, not in the language of the report (${p.lang}); add it in ${p.lang}`,
    nl: (p) =>
      `Het tekstfeit ${p.name} is alleen in ${p.langs} gegeven, niet in de taal van het rapport (${p.lang}); voeg het in ${p.lang} toe`,
  },
  check(ctx) {
    const lang = ctx.reportLang;
    if (!lang) return;
    const byName = new Map<string, { langs: Set<string>; el: ReturnType<typeof ixElements>[number] }>();
    for (const el of ixElements(ctx, 'nonNumeric')) {
      const key = `${el.attrs.get('name') ?? ''}\u0000${el.attrs.get('contextRef') ?? ''}`;
      const l = inheritedLang(el);
      if (!l) continue;
      const e = byName.get(key) ?? { langs: new Set<string>(), el };
      e.langs.add(l.toLowerCase().split('-')[0]!);
      byName.set(key, e);
    }
    const want = lang.toLowerCase().split('-')[0]!;
    for (const { langs, el } of byName.values())
      if (!langs.has(want))
        ctx.report({ name: el.attrs.get('name') ?? '', langs: [...langs].join(', '), lang }, ixLoc(el));
  },
};
