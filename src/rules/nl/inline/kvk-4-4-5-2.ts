import type { InlineRule } from '../types.js';
import { rawResources } from './ext.js';
import { SPEC_KVK } from './util.js';

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
