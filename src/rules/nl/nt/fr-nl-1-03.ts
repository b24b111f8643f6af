import type { NtRule } from '../types.js';
import { position, SPEC_FR_NL } from './util.js';

/** FR-NL-1.03: a DOCTYPE declaration MUST NOT be used in the filing instance document. */
export const frNl103: NtRule = {
  code: 'NL.FR-NL-1.03',
  spec: `${SPEC_FR_NL}, FR-NL-1.03`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: () => 'The instance has a DOCTYPE declaration; remove it (the filing rules do not allow DTDs)',
    nl: () => "Het instance-document heeft een DOCTYPE-declaratie; verwijder die (DTD's zijn niet toegestaan)",
  },
  check(ctx) {
    const t = ctx.text;
    if (t === undefined) return;
    const m = /<!DOCTYPE/.exec(t);
    if (m) ctx.report({}, { file: ctx.file, ...position(t, m.index) });
  },
};
