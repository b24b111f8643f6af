import type { InlineRule } from '../types.js';
import { rawResources, standardLabelRole } from './ext.js';
import { SPEC_KVK } from './util.js';

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
