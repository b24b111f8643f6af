import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { factConceptKey, ixFacts, SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_5: each extension element used in tagging MUST be in at least one presentation and one definition hierarchy. */
export const kvkRtsAnnexIVPar5: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_5.usableConceptsNotIncludedInPresentationLink',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_5`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The extension concept ${p.name} is tagged but is in no presentation hierarchy; add it to the presentation linkbase`,
    nl: (p) =>
      `Het extensieconcept ${p.name} is getagd maar staat in geen presentatiehiërarchie; neem het op in de presentatielinkbase`,
  },
  others: {
    'NL.NL-KVK.RTS_Annex_IV_Par_5.usableConceptsNotIncludedInDefinitionLink': {
      en: (p) =>
        `The extension concept ${p.name} is tagged but is in no definition hierarchy; add it to the definition linkbase`,
      nl: (p) =>
        `Het extensieconcept ${p.name} is getagd maar staat in geen definitiehiërarchie; neem het op in de definitielinkbase`,
    },
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const inPre = new Set<string>();
    const inDef = new Set<string>();
    for (const n of t.networks) {
      const s = n.arcrole === ARC.parentChild ? inPre : n.link.endsWith('}definitionLink') ? inDef : undefined;
      if (s)
        for (const r of n.relationships) {
          s.add(r.from);
          s.add(r.to);
        }
    }
    const done = new Set<string>();
    for (const el of ixFacts(ctx)) {
      const k = factConceptKey(el);
      if (!k || done.has(k)) continue;
      done.add(k);
      const c = t.concepts[k];
      if (!c || !ctx.extensionNamespaces.has(c.namespace)) continue;
      if (!inPre.has(k)) ctx.report({ name: c.name }, c);
      if (!inDef.has(k))
        ctx.report({ name: c.name }, c, 'NL.NL-KVK.RTS_Annex_IV_Par_5.usableConceptsNotIncludedInDefinitionLink');
    }
  },
};
