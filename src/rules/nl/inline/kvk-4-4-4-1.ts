import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionRelationships, SPEC_KVK } from './util.js';

/** NL-KVK.4.4.4.1 (NL-GAAP/IFRS): a line item that appears more than once in a presentation tree SHOULD use preferred labels. */
export const kvk4441: InlineRule = {
  code: 'NL.NL-KVK.4.4.4.1.missingPreferredLabelRole',
  spec: `${SPEC_KVK}, NL-KVK.4.4.4.1`,
  severity: 'warning',
  applies: 'gaap',
  message: {
    en: (p) =>
      `${p.name} appears ${p.n} times in ${p.role} without a preferredLabel on every arc; give the repeated occurrences a preferred label (e.g. periodStartLabel, totalLabel)`,
    nl: (p) =>
      `${p.name} komt ${p.n} keer voor in ${p.role} zonder preferredLabel op elke arc; geef de herhalingen een preferred label (bijvoorbeeld periodStartLabel, totalLabel)`,
  },
  check(ctx) {
    const byRole = new Map<
      string,
      Map<string, { n: number; missing: number; loc: { file: string; line: number; column: number } }>
    >();
    for (const r of extensionRelationships(ctx, ARC.parentChild)) {
      const m = byRole.get(r.role) ?? new Map();
      byRole.set(r.role, m);
      const e = m.get(r.to) ?? { n: 0, missing: 0, loc: r.loc };
      e.n++;
      if (!r.attributes['preferredLabel']) e.missing++;
      m.set(r.to, e);
    }
    for (const [role, m] of byRole)
      for (const [to, e] of m)
        if (e.n > 1 && e.missing > 1) ctx.report({ name: to.replace(/^\{[^}]*\}/, ''), n: e.n, role }, e.loc);
  },
};
