import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

/** NL-KVK.3.1.3.1: xbrli:segment MUST NOT be used in contexts (dimensions go in xbrli:scenario). */
export const kvk3131: InlineRule = {
  code: 'NL.NL-KVK-3.1.3.1.segmentUsed',
  spec: `${SPEC_KVK}, NL-KVK.3.1.3.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `Context ${p.context} has an xbrli:segment; put dimension members in xbrli:scenario`,
    nl: (p) => `Context ${p.context} heeft een xbrli:segment; zet dimensieleden in xbrli:scenario`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns !== XBRLI || el.local !== 'segment') continue;
        let c = el.parent;
        while (c && c.local !== 'context') c = c.parent;
        ctx.report({ context: c?.attrs.get('id') ?? '' }, ixLoc(el));
      }
  },
};
