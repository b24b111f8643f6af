import type { InlineRule } from '../types.js';
import { factConceptKey, ixElements, ixLoc, SPEC_KVK } from './util.js';

/**
 * NL-KVK.3.2.7.1: block-tagged facts of type textBlockItemType MUST have escape="true"; facts of other types
 * (xbrli:stringItemType, ...) MUST NOT be escaped. Needs the concept's type (DTS).
 */
export const kvk3271: InlineRule = {
  code: 'NL.NL-KVK.3.2.7.1.improperApplicationOfEscapeAttribute',
  spec: `${SPEC_KVK}, NL-KVK.3.2.7.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The fact ${p.name} (${p.type}) has escape="${p.escape}"; ${p.want}`,
    nl: (p) => `Het feit ${p.name} (${p.type}) heeft escape="${p.escape}"; ${p.wantNl}`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    for (const el of ixElements(ctx, 'nonNumeric')) {
      const key = factConceptKey(el);
      const c = key ? t.concepts[key] : undefined;
      if (!c) continue;
      const textBlock = (c.type ?? '').endsWith('}textBlockItemType');
      const escape = (el.attrs.get('escape') ?? 'false').trim();
      const escaped = escape === 'true' || escape === '1';
      if (textBlock && !escaped)
        ctx.report(
          {
            name: el.attrs.get('name')!,
            type: 'textBlockItemType',
            escape,
            want: 'set escape="true" on text blocks',
            wantNl: 'zet escape="true" op tekstblokken',
          },
          ixLoc(el),
        );
      else if (!textBlock && escaped)
        ctx.report(
          {
            name: el.attrs.get('name')!,
            type: (c.type ?? '').replace(/^\{[^}]*\}/, ''),
            escape,
            want: 'only text blocks may be escaped: set escape="false"',
            wantNl: 'alleen tekstblokken mogen escaped zijn: zet escape="false"',
          },
          ixLoc(el),
        );
    }
  },
};
