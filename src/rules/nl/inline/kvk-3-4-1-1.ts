import type { InlineRule } from '../types.js';
import { ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.4.1.1: ix:tuple SHOULD NOT be used. */
export const kvk3411: InlineRule = {
  code: 'NL.NL-KVK.3.4.1.1.tupleElementUsed',
  spec: `${SPEC_KVK}, NL-KVK.3.4.1.1`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `ix:tuple ${p.name} is used; tag the facts without tuples`,
    nl: (p) => `ix:tuple ${p.name} wordt gebruikt; tag de feiten zonder tuples`,
  },
  check(ctx) {
    for (const el of ixElements(ctx, 'tuple')) ctx.report({ name: el.attrs.get('name') ?? '' }, ixLoc(el));
  },
};
