import type { InlineRule } from '../types.js';
import { ixHiddenReferences } from './hidden.js';
import { inHidden, ixFacts, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.4.1.4: ix:hidden SHOULD NOT contain a fact whose @id no `-ix-hidden` style refers to (it is not shown in the report). */
export const kvk3414: InlineRule = {
  code: 'NL.NL-KVK.3.4.1.4.factInHiddenSectionNotInReport',
  spec: `${SPEC_KVK}, NL-KVK.3.4.1.4`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) =>
      `The hidden fact ${p.name} (id ${p.id}) is not shown anywhere in the report; refer to it with an -ix-hidden style where it is displayed`,
    nl: (p) =>
      `Het verborgen feit ${p.name} (id ${p.id}) wordt nergens in het rapport getoond; verwijs ernaar met een -ix-hidden-stijl waar het wordt weergegeven`,
  },
  check(ctx) {
    const referenced = new Set(ixHiddenReferences(ctx).map((r) => r.id));
    for (const el of ixFacts(ctx)) {
      if (!inHidden(el)) continue;
      const id = el.attrs.get('id') ?? '';
      if (!referenced.has(id)) ctx.report({ name: el.attrs.get('name') ?? '', id }, ixLoc(el));
    }
  },
};
