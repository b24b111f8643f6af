import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-3.03: an instance MUST NOT contain unused contexts (contexts no fact refers to). */
export const frNl303: NtRule = {
  code: 'NL.FR-NL-3.03',
  spec: `${SPEC_FR_NL}, FR-NL-3.03`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `Context ${p.context} is not used by any fact; remove it`,
    nl: (p) => `Context ${p.context} wordt door geen enkel feit gebruikt; verwijder hem`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const used = new Set(inst.facts.map((f) => f.contextRef));
    for (const c of inst.contexts.values()) if (!used.has(c.id)) ctx.report({ context: c.id }, c);
  },
};
