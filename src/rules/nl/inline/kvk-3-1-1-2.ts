import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

export const KVK_SCHEME = 'http://www.kvk.nl/kvk-id';

/** NL-KVK.3.1.1.2: the `scheme` of `xbrli:identifier` MUST be `http://www.kvk.nl/kvk-id`. */
export const kvk3112: InlineRule = {
  code: 'NL.NL-KVK-RTS_Annex_IV_Par_2_G3-1-1_2.invalidIdentifier',
  spec: `${SPEC_KVK}, NL-KVK.3.1.1.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The identifier scheme is "${p.scheme}"; it must be ${KVK_SCHEME}`,
    nl: (p) => `Het identificatieschema is "${p.scheme}"; dat moet ${KVK_SCHEME} zijn`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns === XBRLI && el.local === 'identifier' && el.attrs.get('scheme') !== KVK_SCHEME)
          ctx.report({ scheme: el.attrs.get('scheme') ?? '' }, ixLoc(el));
      }
  },
};
