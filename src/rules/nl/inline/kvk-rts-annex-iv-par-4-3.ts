import { LABEL_ROLE } from '../../../dts/namespaces.js';
import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_4_3: extension elements MUST have a standard label in the language of the report. */
export const kvkRtsAnnexIVPar43: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_4_3.extensionConceptNoLabel',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_4_3`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The extension concept ${p.name} has no label; add a standard label in ${p.lang}`,
    nl: (p) => `Het extensieconcept ${p.name} heeft geen label; voeg een standaardlabel met xml:lang="${p.lang}" toe`,
  },
  others: {
    'NL.NL-KVK.RTS_Annex_IV_Par_4_3.extensionConceptNoStandardLabel': {
      en: (p) => `The extension concept ${p.name} has labels but no standard label; add one in ${p.lang}`,
      nl: (p) =>
        `Het extensieconcept ${p.name} heeft labels maar geen standaardlabel; voeg er een met xml:lang="${p.lang}" toe`,
    },
    'NL.NL-KVK.RTS_Annex_IV_Par_4_3.missingLabelForRoleInReportLanguage': {
      en: (p) => `The extension concept ${p.name} has no standard label in the report language ${p.lang}; add one`,
      nl: (p) =>
        `Het extensieconcept ${p.name} heeft geen standaardlabel in de rapporttaal (xml:lang="${p.lang}"); voeg er een toe`,
    },
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const lang = ctx.reportLang ?? 'nl';
    for (const c of extensionConcepts(ctx)) {
      const labels = t.labels[c.key];
      if (!labels || !Object.keys(labels).length) ctx.report({ name: c.name, lang }, c);
      else if (!labels[LABEL_ROLE])
        ctx.report({ name: c.name, lang }, c, 'NL.NL-KVK.RTS_Annex_IV_Par_4_3.extensionConceptNoStandardLabel');
      else if (
        !Object.keys(labels[LABEL_ROLE]!).some(
          (l) => l.toLowerCase().split('-')[0] === lang.toLowerCase().split('-')[0],
        )
      )
        ctx.report({ name: c.name, lang }, c, 'NL.NL-KVK.RTS_Annex_IV_Par_4_3.missingLabelForRoleInReportLanguage');
    }
  },
};
