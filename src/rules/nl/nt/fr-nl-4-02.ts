import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-4.02: an instance MUST NOT contain unused `xbrli:unit` elements. */
export const frNl402: NtRule = {
  code: 'NL.FR-NL-4.02',
  spec: `${SPEC_FR_NL}, FR-NL-4.02`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `Unit ${p.unit} is not used by any fact; remove it`,
    nl: (p) => `Unit ${p.unit} wordt door geen enkel feit gebruikt; verwijder hem`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const used = new Set(inst.facts.map((f) => f.unitRef));
    for (const u of inst.units.values()) if (!used.has(u.id)) ctx.report({ unit: u.id }, u);
  },
};
