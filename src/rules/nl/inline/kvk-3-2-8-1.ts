import type { InlineRule } from '../types.js';
import { ixFacts, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.2.8.1: every tagged fact MUST have a unique `id`. */
export const kvk3281: InlineRule = {
  code: 'NL.NL-KVK.3.2.8.1',
  spec: `${SPEC_KVK}, NL-KVK.3.2.8.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The fact ${p.name} ${p.why}; give each tagged fact its own id`,
    nl: (p) => `Het feit ${p.name} ${p.whyNl}; geef elk getagd feit een eigen id`,
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const el of ixFacts(ctx)) {
      const id = el.attrs.get('id');
      if (!id) ctx.report({ name: el.attrs.get('name') ?? '', why: 'has no id', whyNl: 'heeft geen id' }, ixLoc(el));
      else if (seen.has(id))
        ctx.report(
          {
            name: el.attrs.get('name') ?? '',
            why: `has the id "${id}" of another element`,
            whyNl: `heeft de id "${id}" van een ander element`,
          },
          ixLoc(el),
        );
      else seen.add(id);
    }
  },
};
