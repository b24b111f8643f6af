import { XML_NS } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, rootLangFromText, SPEC_FR_KVK } from './util.js';

export const KVK_LANGUAGES = ['nl', 'en', 'de', 'fr'];

/** FR-KVK-2.01: the instance root MUST have `xml:lang` with the value `nl`, `en`, `de` or `fr`. */
export const frKvk201: NtRule = {
  code: 'NL.FR-KVK-2.01',
  spec: `${SPEC_FR_KVK}, FR-KVK-2.01`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) => `The root element's xml:lang is ${p.lang}; it must be one of nl, en, de, fr`,
    nl: (p) => `De xml:lang van het root-element is ${p.lang}; die moet nl, en, de of fr zijn`,
  },
  check(ctx) {
    const root = ctx.doc?.root;
    const fallback = root ? undefined : rootLangFromText(ctx.text);
    if (!root && !fallback) return;
    const lang = root ? root.attrs.get(`{${XML_NS}}lang`) : fallback!.lang;
    const where = root ? at(root) : { file: ctx.file, line: fallback!.line, column: fallback!.column };
    if (lang === undefined || !KVK_LANGUAGES.includes(lang))
      ctx.report({ lang: lang === undefined ? 'missing' : `"${lang}"` }, where);
  },
};
