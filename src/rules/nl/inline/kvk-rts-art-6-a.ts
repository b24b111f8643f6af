import { IX_NS } from '../../../ixbrl/extract.js';
import { findProfile } from '../profiles.js';
import type { InlineRule } from '../types.js';
import { allElements, SPEC_KVK } from './util.js';

/**
 * NL-KVK.RTS_Art_6_a: the annual report MUST embed its markup with Inline XBRL: every document of an NL-GAAP/IFRS report
 * has ix elements. Under the other-GAAP profiles the foreign annual report may accompany the tagged KvK filing document
 * untagged: there the report as a whole must have Inline XBRL tags.
 */
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
    const untagged = ctx.documents.filter((d) => !allElements(d).some((e) => e.ns === IX_NS));
    const other = findProfile(ctx.profile)?.gaap === 'other';
    if (other && untagged.length < ctx.documents.length) return;
    for (const d of untagged) ctx.report({ name: d.fileName }, { file: d.url });
  },
};
