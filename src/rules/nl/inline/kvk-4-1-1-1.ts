import type { InlineRule } from '../types.js';
import { linkbases, linkKinds, schemas } from './ext.js';
import { extensionConcepts, SPEC_KVK } from './util.js';

/**
 * NL-KVK.4.1.1.1 (NL-GAAP/IFRS): the extension taxonomy MUST consist of at least a schema and presentation, calculation
 * and definition linkbases, and a label linkbase when it defines concepts.
 */
export const kvk4111: InlineRule = {
  code: 'NL.NL-KVK.4.1.1.1.extensionTaxonomyWrongFilesStructure',
  spec: `${SPEC_KVK}, NL-KVK.4.1.1.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension taxonomy has no ${p.missing}; add it to the report package`,
    nl: (p) => `De extensietaxonomie heeft geen ${p.missing}; voeg die toe aan het rapportpakket`,
  },
  check(ctx) {
    if (!schemas(ctx).length) {
      ctx.report({ missing: 'schema (.xsd)' }, { file: ctx.location });
      return;
    }
    const kinds = new Set(linkbases(ctx).flatMap((l) => [...linkKinds(l)]));
    const need = ['presentationLink', 'calculationLink', 'definitionLink'];
    if (extensionConcepts(ctx).length) need.push('labelLink');
    for (const k of need)
      if (!kinds.has(k))
        ctx.report({ missing: `${k.replace('Link', '')} linkbase` }, { file: schemas(ctx)[0]!.doc.url });
  },
};
