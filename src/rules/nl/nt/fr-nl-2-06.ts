import type { NtRule } from '../types.js';
import { position, SPEC_FR_NL } from './util.js';

/** FR-NL-2.06: the CDATA end sequence `]]>` MAY NOT be used (it breaks the SOAP envelope the instance travels in). */
export const frNl206: NtRule = {
  code: 'NL.FR-NL-2.06',
  spec: `${SPEC_FR_NL}, FR-NL-2.06`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: () =>
      'The sequence "]]>" (CDATA end) is not allowed anywhere in the instance; escape the text instead of using CDATA',
    nl: () =>
      'De reeks "]]>" (einde CDATA) is nergens in het instance-document toegestaan; escape de tekst in plaats van CDATA te gebruiken',
  },
  check(ctx) {
    const t = ctx.text;
    if (t === undefined) return;
    for (let i = t.indexOf(']]>'); i >= 0; i = t.indexOf(']]>', i + 3))
      ctx.report({}, { file: ctx.file, ...position(t, i) });
  },
};
