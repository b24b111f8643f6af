import type { IxElement } from '../../../ixbrl/xhtml.js';
import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XBRLDI, XBRLI } from './util.js';

/** NL-KVK.3.1.3.2: xbrli:scenario MUST only contain content defined in XBRL Dimensions (xbrldi:explicitMember, xbrldi:typedMember). */
export const kvk3132: InlineRule = {
  code: 'NL.NL-KVK-3.1.3.2.scenarioContainsNotAllowedContent',
  spec: `${SPEC_KVK}, NL-KVK.3.1.3.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `xbrli:scenario contains ${p.element}; only xbrldi:explicitMember and xbrldi:typedMember are allowed`,
    nl: (p) => `xbrli:scenario bevat ${p.element}; alleen xbrldi:explicitMember en xbrldi:typedMember zijn toegestaan`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns !== XBRLI || el.local !== 'scenario') continue;
        for (const c of el.children) {
          if (typeof c === 'string') continue;
          const x = c as IxElement;
          if (x.ns !== XBRLDI || (x.local !== 'explicitMember' && x.local !== 'typedMember'))
            ctx.report({ element: x.qname }, ixLoc(x));
        }
      }
  },
};
