import { LABEL_ROLE } from '../../../dts/namespaces.js';
import type { InlineRule } from '../types.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_4_1: extension elements MUST NOT duplicate core taxonomy elements (same name as a core concept). */
export const kvkRtsAnnexIVPar41: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_4_1.extensionElementDuplicatesCoreElement',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_4_1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The extension concept ${p.name} has the name of the core concept ${p.core}; use the core concept instead`,
    nl: (p) => `Het extensieconcept ${p.name} heeft de naam van het kernconcept ${p.core}; gebruik het kernconcept`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const core = new Map<string, string>();
    for (const c of Object.values(t.concepts))
      if (!ctx.extensionNamespaces.has(c.namespace) && c.kind === 'item') core.set(c.name.toLowerCase(), c.key);
    for (const c of extensionConcepts(ctx)) {
      const k = core.get(c.name.toLowerCase());
      if (k) ctx.report({ name: c.name, core: k }, c);
    }
  },
};

/** NL-KVK.RTS_Annex_IV_Par_4_2: monetary extension elements MUST have a balance attribute. */
export const kvkRtsAnnexIVPar42: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_4_2.monetaryConceptWithoutBalance',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_4_2`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The monetary extension concept ${p.name} has no xbrli:balance; add balance="debit" or "credit"`,
    nl: (p) => `Het monetaire extensieconcept ${p.name} heeft geen xbrli:balance; voeg balance="debit" of "credit" toe`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx))
      if (c.xbrliType === 'monetaryItemType' && !c.balance) ctx.report({ name: c.name }, c);
  },
};

/** NL-KVK.RTS_Annex_IV_Par_4_3: extension elements MUST have a standard label in the language of the report. */
export const kvkRtsAnnexIVPar43: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_4_3.extensionConceptNoLabel',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_4_3`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The extension concept ${p.name} has no label; add a standard label in ${p.lang}`,
    nl: (p) => `Het extensieconcept ${p.name} heeft geen label; voeg een standaardlabel in ${p.lang} toe`,
  },
  others: {
    'NL.NL-KVK.RTS_Annex_IV_Par_4_3.extensionConceptNoStandardLabel': {
      en: (p) => `The extension concept ${p.name} has labels but no standard label; add one in ${p.lang}`,
      nl: (p) => `Het extensieconcept ${p.name} heeft labels maar geen standaardlabel; voeg er een in ${p.lang} toe`,
    },
    'NL.NL-KVK.RTS_Annex_IV_Par_4_3.missingLabelForRoleInReportLanguage': {
      en: (p) => `The extension concept ${p.name} has no standard label in the report language ${p.lang}; add one`,
      nl: (p) => `Het extensieconcept ${p.name} heeft geen standaardlabel in de rapporttaal ${p.lang}; voeg er een toe`,
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
