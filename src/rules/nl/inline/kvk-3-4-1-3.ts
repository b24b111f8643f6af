import type { InlineRule } from '../types.js';
import { factConceptKey, inHidden, ixElements, ixLoc, SPEC_KVK } from './util.js';

/** Item types a transformation of the latest TRR can produce from displayed text: numbers, dates, booleans. */
const TRANSFORMABLE = ['dateItemType', 'booleanItemType', 'gYearItemType', 'gMonthDayItemType', 'gYearMonthItemType'];

/**
 * NL-KVK.3.4.1.3: ix:hidden SHOULD NOT hold facts that can be displayed through a transformation of the latest
 * Transformation Rules Registry: numeric facts (ix:nonFraction) and non-numeric facts of date, boolean and gYear types.
 */
export const kvk3413: InlineRule = {
  code: 'NL.NL-KVK.3.4.1.3.transformableElementIncludedInHiddenSection',
  spec: `${SPEC_KVK}, NL-KVK.3.4.1.3`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) =>
      `The fact ${p.name} is hidden (ix:hidden) but its value can be tagged where it is displayed with a transformation; tag it in the visible report`,
    nl: (p) =>
      `Het feit ${p.name} staat in ix:hidden maar de waarde kan met een transformatie getagd worden waar hij zichtbaar is; tag het in het zichtbare rapport`,
  },
  check(ctx) {
    for (const el of ixElements(ctx, 'nonFraction', 'nonNumeric')) {
      if (!inHidden(el)) continue;
      let transformable = el.local === 'nonFraction';
      if (!transformable && ctx.taxonomy) {
        const c = ctx.taxonomy.concepts[factConceptKey(el) ?? ''];
        transformable = !!c && TRANSFORMABLE.includes(c.xbrliType ?? '');
      }
      if (transformable) ctx.report({ name: el.attrs.get('name') ?? '' }, ixLoc(el));
    }
  },
};
