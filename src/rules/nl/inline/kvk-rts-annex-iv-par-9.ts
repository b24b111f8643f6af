import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { lineItems } from './line-items.js';
import { SPEC_KVK, WIDER_NARROWER } from './util.js';

/**
 * NL-KVK.RTS_Annex_IV_Par_9_Par_10 (NL-GAAP/IFRS): extension elements MUST be anchored to core elements (wider-narrower
 * relationships). Subtotals (extension concepts that are the total of a summation-item relationship) need no anchor,
 * as in the ESEF Reporting Manual the KvK rules follow.
 */
export const kvkRtsAnnexIVPar9: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_9_Par_10.extensionConceptsNotAnchored',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_9_par_10`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension concept ${p.name} is not anchored to a core taxonomy element; add a wider-narrower relationship in the definition linkbase`,
    nl: (p) =>
      `Het extensieconcept ${p.name} is niet verankerd aan een element van de kerntaxonomie; voeg een wider-narrower-relatie toe in de definitielinkbase`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const anchored = new Set<string>();
    for (const n of t.networks) {
      if (n.arcrole === WIDER_NARROWER)
        for (const r of n.relationships) {
          anchored.add(r.from);
          anchored.add(r.to);
        }
      if (n.arcrole === ARC.summation2003 || n.arcrole === ARC.summation2023)
        for (const r of n.relationships) anchored.add(r.from);
    }
    for (const c of lineItems(ctx)) if (!anchored.has(c.key)) ctx.report({ name: c.name }, c);
  },
};
