import type { InlineRule } from '../types.js';
import { ARC, XBRLDT_CLOSED } from './ext.js';
import { extensionRelationships, localPart, SPEC_KVK } from './util.js';

/** NL-KVK.4.4.2.2 (NL-GAAP/IFRS): hypercubes targeted by all arcs MUST have xbrldt:closed="true". */
export const kvk4422: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.2.openPositiveHypercubeInDefinitionLinkbase',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The all arc ${p.from} -> ${p.to} is open (xbrldt:closed="${p.closed}"); set xbrldt:closed="true"`,
    nl: (p) => `De all-arc ${p.from} -> ${p.to} is open (xbrldt:closed="${p.closed}"); zet xbrldt:closed="true"`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.all)) {
      const c = r.attributes[XBRLDT_CLOSED] ?? 'false';
      if (c !== 'true' && c !== '1') ctx.report({ from: localPart(r.from), to: localPart(r.to), closed: c }, r.loc);
    }
  },
};
