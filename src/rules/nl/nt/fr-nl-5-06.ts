import type { NtRule } from '../types.js';
import { factName, SPEC_FR_NL } from './util.js';

/** FR-NL-5.06: the `precision` attribute MUST NOT be used (use `decimals`). */
export const frNl506: NtRule = {
  code: 'NL.FR-NL-5.06',
  spec: `${SPEC_FR_NL}, FR-NL-5.06`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `${p.fact} has precision="${p.precision}"; use decimals instead`,
    nl: (p) => `${p.fact} heeft precision="${p.precision}"; gebruik decimals`,
  },
  check(ctx) {
    for (const f of ctx.instance?.facts ?? [])
      if (f.precision !== undefined) ctx.report({ fact: factName(f), precision: f.precision }, f);
  },
};
