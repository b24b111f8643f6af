import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

/** NL-KVK.3.1.2.2: xbrli:startDate, endDate and instant MUST be yyyy-mm-dd without time zone. */
export const kvk3122: InlineRule = {
  code: 'NL.NL-KVK-3.1.2.2.periodWithTimeZone',
  spec: `${SPEC_KVK}, NL-KVK.3.1.2.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `xbrli:${p.element} "${p.value}" has a time zone; write the date only (yyyy-mm-dd)`,
    nl: (p) => `xbrli:${p.element} "${p.value}" bevat een tijdzone; schrijf alleen de datum (jjjj-mm-dd)`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns !== XBRLI || !['startDate', 'endDate', 'instant'].includes(el.local)) continue;
        const v = el.children
          .filter((c) => typeof c === 'string')
          .join('')
          .trim();
        if (/(Z|[+-]\d\d:\d\d)$/.test(v)) ctx.report({ element: el.local, value: v }, ixLoc(el));
      }
  },
};
