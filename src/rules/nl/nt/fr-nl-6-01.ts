import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-6.01: footnotes (`link:footnoteLink`) MUST NOT appear in an instance. */
export const frNl601: NtRule = {
  code: 'NL.FR-NL-6.01',
  spec: `${SPEC_FR_NL}, FR-NL-6.01`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: () => 'The instance has a link:footnoteLink; footnotes are not allowed, remove it',
    nl: () => 'Het instance-document heeft een link:footnoteLink; voetnoten zijn niet toegestaan, verwijder hem',
  },
  check(ctx) {
    for (const l of ctx.instance?.footnoteLinks ?? []) ctx.report({}, l);
  },
};
