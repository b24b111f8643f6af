import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_4_1: extension elements MUST NOT duplicate core taxonomy elements (same name as a core concept). */
export const kvkRtsAnnexIVPar41: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_4_1.extensionElementDuplicatesCoreElement',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_4_1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The extension concept ${p.name} has the name of the core concept ${p.core}; use the core concept instead`,
    nl: (p) => `Het extensieconcept ${p.name} heeft de naam van het kernconcept ${p.core}; gebruik het kernconcept`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const core = new Map<string, string>();
    for (const c of Object.values(t.concepts))
      if (!ctx.extensionNamespaces.has(c.namespace) && c.kind === 'item') core.set(c.name.toLowerCase(), c.key);
    for (const c of extensionConcepts(ctx)) {
      const k = core.get(c.name.toLowerCase());
      if (k) ctx.report({ name: c.name, core: k }, c);
    }
  },
};
