import type { InlineRule } from '../types.js';
import { ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.4.1.2: ix:fraction SHOULD NOT be used. */
export const kvk3412: InlineRule = {
  code: 'NL.NL-KVK.3.4.1.2.fractionElementUsed',
  spec: `${SPEC_KVK}, NL-KVK.3.4.1.2`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `ix:fraction ${p.name} is used; tag the value with ix:nonFraction`,
    nl: (p) => `ix:fraction ${p.name} wordt gebruikt; tag de waarde met ix:nonFraction`,
  },
  check(ctx) {
    for (const el of ixElements(ctx, 'fraction')) ctx.report({ name: el.attrs.get('name') ?? '' }, ixLoc(el));
  },
};
