import type { InlineRule } from '../types.js';
import { hrefIsExtension, rawResources } from './ext.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_8_G4-4-5 (NL-GAAP/IFRS): labels and references of core taxonomy elements SHALL NOT be replaced in the extension. */
export const kvkRtsAnnexIVPar8: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_8_G4-4-5.coreTaxonomyLabelModification',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_8_G4-4-5`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension gives the core element ${p.href} a label ("${p.text}"); core labels must not be replaced`,
    nl: (p) =>
      `De extensie geeft het kernelement ${p.href} een label ("${p.text}"); kernlabels mogen niet vervangen worden`,
  },
  others: {
    'NL.NL-KVK.RTS_Annex_IV_Par_8_G4-4-5.coreTaxonomyReferenceModification': {
      en: (p) => `The extension gives the core element ${p.href} a reference; core references must not be replaced`,
      nl: (p) =>
        `De extensie geeft het kernelement ${p.href} een referentie; kernreferenties mogen niet vervangen worden`,
    },
  },
  check(ctx) {
    for (const [kind, code] of [
      ['label', undefined],
      ['reference', 'NL.NL-KVK.RTS_Annex_IV_Par_8_G4-4-5.coreTaxonomyReferenceModification'],
    ] as const) {
      for (const r of rawResources(ctx, kind))
        for (const h of r.hrefs) {
          if (!hrefIsExtension(ctx, h))
            ctx.report(
              { href: h, text: r.res.text.trim().slice(0, 60) },
              { file: r.res.doc.url, line: r.res.line, column: r.res.column },
              code,
            );
        }
    }
  },
};
