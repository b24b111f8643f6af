import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-3.02: the element `xbrli:forever` MUST NOT be used. */
export const frNl302: NtRule = {
  code: 'NL.FR-NL-3.02',
  spec: `${SPEC_FR_NL}, FR-NL-3.02`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `Context ${p.context} has a forever period; give it an instant or a start and end date`,
    nl: (p) => `Context ${p.context} heeft een forever-periode; geef een instant of een begin- en einddatum`,
  },
  check(ctx) {
    for (const c of ctx.instance?.contexts.values() ?? [])
      if (c.period.kind === 'forever') ctx.report({ context: c.id }, c);
  },
};
