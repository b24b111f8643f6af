import type { InlineRule } from '../types.js';
import { duplicateGroups, factLocation } from './duplicates.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.3.2.4.2: inconsistent duplicate non-numeric facts are prohibited (same concept, context and language, different values). */
export const kvk3242: InlineRule = {
  code: 'NL.NL-KVK.3.2.4.2.inconsistentDuplicateNonnumericFactInInlineXbrlDocument',
  spec: `${SPEC_KVK}, NL-KVK.3.2.4.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `${p.concept} is tagged ${p.n} times for context ${p.context} with different texts; tag the same text everywhere`,
    nl: (p) =>
      `${p.concept} is ${p.n} keer getagd voor context ${p.context} met verschillende teksten; tag overal dezelfde tekst`,
  },
  check(ctx) {
    for (const g of duplicateGroups(ctx, false)) {
      const values = new Set(g.map((f) => f.value.replace(/\s+/g, ' ').trim()));
      if (values.size > 1)
        ctx.report(
          { concept: g[0]!.element.local, n: g.length, context: g[0]!.contextRef ?? '' },
          factLocation(ctx, g[1]!),
        );
    }
  },
};
