import { unitKey } from '../../../instance/equality.js';
import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-4.01: an instance MUST NOT contain duplicate `xbrli:unit` elements (u-equal, XBRL 2.1 section 4.10). */
export const frNl401: NtRule = {
  code: 'NL.FR-NL-4.01',
  spec: `${SPEC_FR_NL}, FR-NL-4.01`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `Unit ${p.unit} has the same measures as unit ${p.first}; use ${p.first} and remove ${p.unit}`,
    nl: (p) => `Unit ${p.unit} heeft dezelfde measures als unit ${p.first}; gebruik ${p.first} en verwijder ${p.unit}`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const seen = new Map<string, string>();
    for (const u of inst.units.values()) {
      const k = unitKey(u);
      const first = seen.get(k);
      if (first !== undefined) ctx.report({ unit: u.id, first }, u);
      else seen.set(k, u.id);
    }
  },
};
