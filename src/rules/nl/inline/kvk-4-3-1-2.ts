import type { InlineRule } from '../types.js';
import { extensionRelationships, SPEC_KVK, WIDER_NARROWER } from './util.js';

/** NL-KVK.4.3.1.2 (2025+): an extension element SHOULD be anchored to an element with a compatible data type. */
export const kvk4312: InlineRule = {
  code: 'NL.NL-KVK.4.3.1.2.incompatibleDataTypeAnchoringRelationship',
  spec: `${SPEC_KVK}, NL-KVK.4.3.1.2`,
  severity: 'warning',
  applies: '2025',
  message: {
    en: (p) => `${p.from} (${p.ft}) is anchored to ${p.to} (${p.tt}); anchor to an element of a compatible type`,
    nl: (p) => `${p.from} (${p.ft}) is verankerd aan ${p.to} (${p.tt}); veranker aan een element van een passend type`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const group = (x?: string) =>
      x === 'monetaryItemType'
        ? 'monetary'
        : x && /decimal|integer|float|double|shares|pure|percent|perShare/i.test(x)
          ? 'numeric'
          : (x ?? 'unknown');
    for (const r of extensionRelationships(ctx, WIDER_NARROWER)) {
      const a = t.concepts[r.from];
      const b = t.concepts[r.to];
      if (a && b && group(a.xbrliType) !== group(b.xbrliType))
        ctx.report({ from: a.name, to: b.name, ft: a.xbrliType ?? '', tt: b.xbrliType ?? '' }, r.loc);
    }
  },
};
