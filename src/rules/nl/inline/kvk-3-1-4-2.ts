import type { InlineRule } from '../types.js';
import { allElements, factConceptKey, ixFacts, ixLoc, SPEC_KVK, textOf, XBRLI } from './util.js';

/** NL-KVK.3.1.4.2: the xbrli:identifier value MUST equal the value of the bw2-titel9:ChamberOfCommerceRegistrationNumber fact. */
export const kvk3142: InlineRule = {
  code: 'NL.NL-KVK-RTS_Annex_IV_Par_1_G3-1-4_2.nonIdenticalIdentifier',
  spec: `${SPEC_KVK}, NL-KVK.3.1.4.2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The entity identifier ${p.id} differs from the Chamber of Commerce registration number ${p.kvk} reported; they must be the same`,
    nl: (p) =>
      `De entiteitsidentificatie ${p.id} verschilt van het gerapporteerde KvK-nummer ${p.kvk}; die moeten gelijk zijn`,
  },
  check(ctx) {
    const reg = ixFacts(ctx).find((f) =>
      /\/bw2-titel9[^}]*\}ChamberOfCommerceRegistrationNumber$/.test(factConceptKey(f) ?? ''),
    );
    if (!reg) return;
    const value = textOf(reg).trim();
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns !== XBRLI || el.local !== 'identifier') continue;
        const id = el.children
          .filter((c) => typeof c === 'string')
          .join('')
          .trim();
        if (id !== value) ctx.report({ id, kvk: value }, ixLoc(el));
      }
  },
};
