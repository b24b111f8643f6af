import type { NtRule } from '../types.js';
import { factName, SPEC_FR_NL } from './util.js';

/** FR-NL-5.03: an instance MUST NOT contain empty item facts (no content; a nil fact is FR-NL-2.07). */
export const frNl503: NtRule = {
  code: 'NL.FR-NL-5.03',
  spec: `${SPEC_FR_NL}, FR-NL-5.03`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `${p.fact} is empty; give it a value or leave the fact out`,
    nl: (p) => `${p.fact} is leeg; geef het een waarde of laat het feit weg`,
  },
  check(ctx) {
    for (const f of ctx.instance?.facts ?? []) {
      if (f.isTuple || f.nil || f.element.children.length) continue;
      if (f.value.trim() === '') ctx.report({ fact: factName(f) }, f);
    }
  },
};
