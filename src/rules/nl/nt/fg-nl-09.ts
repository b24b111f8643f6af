import type { NtRule } from '../types.js';
import { factName, SPEC_FG_NL } from './util.js';

/** FG-NL-09: a fact SHOULD NOT have an `id` attribute. */
export const fgNl09: NtRule = {
  code: 'NL.FG-NL-09',
  spec: `${SPEC_FG_NL}, FG-NL-09`,
  severity: 'warning',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `${p.fact} has id="${p.id}"; remove the id attribute from facts`,
    nl: (p) => `${p.fact} heeft id="${p.id}"; verwijder het id-attribuut van feiten`,
  },
  check(ctx) {
    for (const f of ctx.instance?.facts ?? []) {
      const id = f.element.attrs.get('id');
      if (id !== undefined) ctx.report({ fact: factName(f), id }, f);
    }
  },
};
