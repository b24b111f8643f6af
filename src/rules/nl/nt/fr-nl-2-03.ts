import { XML_NS } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, rootLangFromText, SPEC_FR_NL } from './util.js';

/** FR-NL-2.03: the language of the report MUST be given in `xml:lang` on the `xbrli:xbrl` root element (present, not empty). */
export const frNl203: NtRule = {
  code: 'NL.FR-NL-2.03',
  spec: `${SPEC_FR_NL}, FR-NL-2.03`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: () => 'The xbrli:xbrl root element has no xml:lang; add the language of the report, e.g. xml:lang="nl"',
    nl: () =>
      'Het root-element xbrli:xbrl heeft geen xml:lang; voeg de taal van het rapport toe, bijvoorbeeld xml:lang="nl"',
  },
  check(ctx) {
    const root = ctx.doc?.root;
    const fallback = root ? undefined : rootLangFromText(ctx.text);
    if (!root && !fallback) return;
    const lang = root ? root.attrs.get(`{${XML_NS}}lang`) : fallback!.lang;
    const where = root ? at(root) : { file: ctx.file, line: fallback!.line, column: fallback!.column };
    if (lang === undefined || lang.trim() === '') ctx.report({}, where);
  },
};
