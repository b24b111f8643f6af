import { descendants, XSI_NS } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FR_NL } from './util.js';

/** FR-NL-2.07: the attribute `xsi:nil` MUST NOT be used (with either value): leave the fact out instead. */
export const frNl207: NtRule = {
  code: 'NL.FR-NL-2.07',
  spec: `${SPEC_FR_NL}, FR-NL-2.07`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `${p.element} has xsi:nil="${p.value}"; remove the attribute (leave out a fact that has no value)`,
    nl: (p) => `${p.element} heeft xsi:nil="${p.value}"; verwijder het attribuut (laat een feit zonder waarde weg)`,
  },
  check(ctx) {
    const root = ctx.doc?.root;
    if (!root) return;
    for (const el of descendants(root)) {
      const v = el.attrs.get(`{${XSI_NS}}nil`);
      if (v !== undefined) ctx.report({ element: `${el.prefix ? el.prefix + ':' : ''}${el.local}`, value: v }, at(el));
    }
  },
};
