import type { InlineRule } from '../types.js';
import { rawResources } from './ext.js';
import { SPEC_KVK } from './util.js';

/** Label roles of XBRL 2.1 (section 5.2.2.2.2) and the 2009 negated/net roles of the LRR. */
export function standardLabelRole(role: string): boolean {
  return role.startsWith('http://www.xbrl.org/2003/role/') || role.startsWith('http://www.xbrl.org/2009/role/');
}

/** NL-KVK.4.4.5.1 (NL-GAAP/IFRS): custom label roles SHOULD NOT be used. */
export const kvk4451: InlineRule = {
  code: 'NL.NL-KVK.4.4.5.1.taxonomyElementLabelCustomRole',
  spec: `${SPEC_KVK}, NL-KVK.4.4.5.1`,
  severity: 'warning',
  applies: 'gaap',
  message: {
    en: (p) => `The label "${p.text}" has the custom role ${p.role}; use a standard label role`,
    nl: (p) => `Het label "${p.text}" heeft de eigen rol ${p.role}; gebruik een standaard labelrol`,
  },
  check(ctx) {
    for (const r of rawResources(ctx, 'label'))
      if (!standardLabelRole(r.role))
        ctx.report(
          { text: r.res.text.trim().slice(0, 60), role: r.role },
          { file: r.res.doc.url, line: r.res.line, column: r.res.column },
        );
  },
};

/** NL-KVK.4.4.5.2: each element SHALL have at most one label per combination of xlink:role and xml:lang in the extension. */
export const kvk4452: InlineRule = {
  code: 'NL.NL-KVK.4.4.5.2.taxonomyElementDuplicateLabels',
  spec: `${SPEC_KVK}, NL-KVK.4.4.5.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `${p.concept} has ${p.n} labels with role ${p.role} in "${p.lang}"; keep one`,
    nl: (p) => `${p.concept} heeft ${p.n} labels met rol ${p.role} in "${p.lang}"; houd er één over`,
  },
  check(ctx) {
    const groups = new Map<string, typeof all>();
    const all = rawResources(ctx, 'label');
    for (const r of all)
      for (const h of new Set(r.hrefs)) {
        const k = `${h.split('#').pop()}\u0000${r.role}\u0000${r.lang}`;
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
    for (const [k, g] of groups) {
      if (g.length < 2) continue;
      const [concept, role, lang] = k.split('\u0000');
      ctx.report(
        { concept: concept!, n: g.length, role: role!, lang: lang! },
        { file: g[1]!.res.doc.url, line: g[1]!.res.line, column: g[1]!.res.column },
      );
    }
  },
};
