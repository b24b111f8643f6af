import type { InlineRule } from '../types.js';
import { ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.2.1.1: `precision` SHOULD NOT be used on numeric facts (use `decimals`). */
export const kvk3211: InlineRule = {
  code: 'NL.NL-KVK-3.2.1.1.precisionAttributeUsed',
  spec: `${SPEC_KVK}, NL-KVK.3.2.1.1`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `The fact ${p.name} has precision="${p.precision}"; use decimals instead`,
    nl: (p) => `Het feit ${p.name} heeft precision="${p.precision}"; gebruik decimals`,
  },
  check(ctx) {
    for (const el of ixElements(ctx, 'nonFraction', 'fraction')) {
      const p = el.attrs.get('precision');
      if (p !== undefined) ctx.report({ name: el.attrs.get('name') ?? '', precision: p }, ixLoc(el));
    }
  },
};
