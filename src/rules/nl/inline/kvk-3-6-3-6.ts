import { ixDescendants } from '../../../ixbrl/xhtml.js';
import type { InlineRule } from '../types.js';
import { filingDocument } from './filing-document.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

/** NL-KVK.3.6.3.6 (2025+): the separate filing document MUST have at most one non-dimensional context and no dimensional contexts. */
export const kvk3636: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.6.dimensionalContextOrMultipleNonDimensionalContextsReportedInKvkFilingDocument',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.6`,
  severity: 'error',
  applies: '2025',
  message: {
    en: (p) => `The filing document ${p.why}; it may have one context without dimensions only`,
    nl: (p) => `Het deponeringsdocument ${p.whyNl}; het mag alleen één context zonder dimensies hebben`,
  },
  check(ctx) {
    const d = filingDocument(ctx);
    if (!d) return;
    const contexts = allElements(d).filter((e) => e.ns === XBRLI && e.local === 'context');
    const dimensional = contexts.filter((c) =>
      [...ixDescendants(c)].some((e) => e.local === 'explicitMember' || e.local === 'typedMember'),
    );
    for (const c of dimensional)
      ctx.report(
        {
          why: `has the dimensional context ${c.attrs.get('id') ?? ''}`,
          whyNl: `heeft de dimensionele context ${c.attrs.get('id') ?? ''}`,
        },
        ixLoc(c),
      );
    if (contexts.length - dimensional.length > 1)
      ctx.report(
        {
          why: `has ${contexts.length - dimensional.length} contexts without dimensions`,
          whyNl: `heeft ${contexts.length - dimensional.length} contexten zonder dimensies`,
        },
        ixLoc(contexts[1]!),
      );
  },
};
