import type { InlineRule } from '../types.js';
import { ARC, XBRLDT_CLOSED } from './ext.js';
import { extensionRelationships, localPart, SPEC_KVK } from './util.js';

/** NL-KVK.4.4.2.3 (NL-GAAP/IFRS): hypercubes targeted by notAll arcs MUST have xbrldt:closed="false". */
export const kvk4423: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.3.closedNegativeHypercubeInDefinitionLinkbase',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.3`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The notAll arc ${p.from} -> ${p.to} is closed; set xbrldt:closed="false"`,
    nl: (p) => `De notAll-arc ${p.from} -> ${p.to} is gesloten; zet xbrldt:closed="false"`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.notAll)) {
      const c = r.attributes[XBRLDT_CLOSED] ?? 'false';
      if (c === 'true' || c === '1') ctx.report({ from: localPart(r.from), to: localPart(r.to) }, r.loc);
    }
  },
};
