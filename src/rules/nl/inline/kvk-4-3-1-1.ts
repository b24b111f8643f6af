import type { InlineRule } from '../types.js';
import { extensionRelationships, isDimensional, localPart, SPEC_KVK, WIDER_NARROWER } from './util.js';

/** NL-KVK.4.3.1.1: wider-narrower relationships MUST only anchor concepts (not abstracts, dimensions, hypercubes or members). */
export const kvk4311: InlineRule = {
  code: 'NL.NL-KVK.4.3.1.1.unexpectedAnchoringRelationshipsDefinedUsingWiderNarrowerArcrole',
  spec: `${SPEC_KVK}, NL-KVK.4.3.1.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The wider-narrower relationship ${p.from} -> ${p.to} anchors ${p.what}; anchor line item concepts only`,
    nl: (p) => `De wider-narrower-relatie ${p.from} -> ${p.to} verankert ${p.whatNl}; veranker alleen regelitems`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    for (const r of extensionRelationships(ctx, WIDER_NARROWER)) {
      for (const k of [r.from, r.to]) {
        const c = t.concepts[k];
        if (c && (c.abstract || isDimensional(c) || (c.type ?? '').endsWith('}domainItemType'))) {
          ctx.report(
            {
              from: localPart(r.from),
              to: localPart(r.to),
              what: `${c.name}, which is not a line item concept`,
              whatNl: `${c.name}, dat geen regelitem is`,
            },
            r.loc,
          );
          break;
        }
      }
    }
  },
};
