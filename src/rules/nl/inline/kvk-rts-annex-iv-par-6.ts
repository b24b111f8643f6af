import type { InlineRule } from '../types.js';
import { linkbases, linkKinds, schemas } from './ext.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.RTS_Annex_IV_Par_6 (NL-GAAP/IFRS): the financial statements structure MUST have a calculation linkbase. */
export const kvkRtsAnnexIVPar6: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_6.extensionTaxonomyWrongFilesStructure',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_6`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: () => 'The extension taxonomy has no calculation linkbase; add one for the financial statements',
    nl: () => 'De extensietaxonomie heeft geen calculatielinkbase; voeg er een toe voor de jaarrekening',
  },
  check(ctx) {
    if (schemas(ctx).length && !linkbases(ctx).some((l) => linkKinds(l).has('calculationLink')))
      ctx.report({}, { file: schemas(ctx)[0]!.doc.url });
  },
};
