import type { InlineRule } from '../types.js';
import { ixHiddenReferences } from './hidden.js';
import { inHidden, ixFacts, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.4.1.5: an `-ix-hidden` style SHOULD refer to the @id of a fact in ix:hidden. */
export const kvk3415: InlineRule = {
  code: 'NL.NL-KVK.3.4.1.5.kvkIxHiddenStyleNotLinkingFactInHiddenSection',
  spec: `${SPEC_KVK}, NL-KVK.3.4.1.5`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `The style -ix-hidden: ${p.id} refers to no fact in ix:hidden; correct the id`,
    nl: (p) => `De stijl -ix-hidden: ${p.id} verwijst naar geen feit in ix:hidden; corrigeer de id`,
  },
  check(ctx) {
    const hidden = new Set(
      ixFacts(ctx)
        .filter(inHidden)
        .map((e) => e.attrs.get('id') ?? ''),
    );
    for (const r of ixHiddenReferences(ctx)) if (!hidden.has(r.id)) ctx.report({ id: r.id }, ixLoc(r.el));
  },
};
