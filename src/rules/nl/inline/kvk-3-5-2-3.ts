import { XML_NS } from '../../../xml/parse.js';
import type { InlineRule } from '../types.js';
import { allElements, ixLoc, KVK_LANGS, SPEC_KVK } from './util.js';

/** NL-KVK.3.5.2.3: the value of xml:lang SHOULD be `nl`, `en`, `de` or `fr`. */
export const kvk3523: InlineRule = {
  code: 'NL.NL-KVK.3.5.2.3.invalidLanguageAttribute',
  spec: `${SPEC_KVK}, NL-KVK.3.5.2.3`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `xml:lang="${p.lang}" on <${p.element}>; use nl, en, de or fr`,
    nl: (p) => `xml:lang="${p.lang}" op <${p.element}>; gebruik nl, en, de of fr`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        const l = el.attrs.get(`{${XML_NS}}lang`);
        if (l !== undefined && !KVK_LANGS.includes(l)) ctx.report({ lang: l, element: el.qname }, ixLoc(el));
      }
  },
};
