import { IX_NS } from '../../../ixbrl/extract.js';
import type { InlineRule } from '../types.js';
import { allElements, SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Art_6_a: the annual report MUST embed its markup with Inline XBRL: every document has ix elements. */
export const kvkRtsArt6a: InlineRule = {
  code: 'NL.NL-KVK.RTS_Art_6_a.noInlineXbrlTags',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Art_6_a`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `${p.name} has no Inline XBRL tags; tag the annual report with Inline XBRL`,
    nl: (p) => `${p.name} heeft geen Inline XBRL-tags; tag het jaarverslag met Inline XBRL`,
  },
  check(ctx) {
    for (const d of ctx.documents) if (!allElements(d).some((e) => e.ns === IX_NS)) ctx.report({ name: d.fileName }, { file: d.url });
  },
};
