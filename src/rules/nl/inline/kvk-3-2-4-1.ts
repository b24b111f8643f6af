import type { InlineRule } from '../types.js';
import { duplicateGroups, factLocation } from './duplicates.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.3.2.4.1: inconsistent duplicate numeric facts are prohibited (same concept, context and unit, different values). */
export const kvk3241: InlineRule = {
  code: 'NL.NL-KVK.3.2.4.1.inconsistentDuplicateNumericFactInInlineXbrlDocument',
  spec: `${SPEC_KVK}, NL-KVK.3.2.4.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `${p.concept} is tagged ${p.n} times for context ${p.context} with different values (${p.values}); tag the same value everywhere`,
    nl: (p) =>
      `${p.concept} is ${p.n} keer getagd voor context ${p.context} met verschillende waarden (${p.values}); tag overal dezelfde waarde`,
  },
  check(ctx) {
    for (const g of duplicateGroups(ctx, true)) {
      const values = [...new Set(g.map((f) => Number(f.value.trim())))];
      if (values.length > 1)
        ctx.report(
          { concept: g[0]!.element.local, n: g.length, context: g[0]!.contextRef ?? '', values: values.join(', ') },
          factLocation(ctx, g[1]!),
        );
    }
  },
};
