import { XML_NS } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { factName, SPEC_FR_KVK } from './util.js';

/** FR-KVK-2.02: `xml:lang` MUST have the same value throughout the instance (every fact's xml:lang equals the root's). */
export const frKvk202: NtRule = {
  code: 'NL.FR-KVK-2.02',
  spec: `${SPEC_FR_KVK}, FR-KVK-2.02`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `${p.fact} has xml:lang="${p.lang}" but the document language is "${p.docLang}"; use one language throughout the instance`,
    nl: (p) =>
      `${p.fact} heeft xml:lang="${p.lang}" maar de documenttaal is "${p.docLang}"; gebruik één taal in het hele instance-document`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const docLang = inst.root.attrs.get(`{${XML_NS}}lang`) ?? '';
    for (const f of inst.facts) {
      const l = f.element.attrs.get(`{${XML_NS}}lang`);
      if (l !== undefined && l !== docLang) ctx.report({ fact: factName(f), lang: l, docLang }, f);
    }
  },
};
