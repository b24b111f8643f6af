import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionRelationships, SPEC_KVK, WIDER_NARROWER } from './util.js';

/** NL-KVK.4.3.2.1: anchoring relationships MUST be in a dedicated ELR, one without dimensional relationships. */
export const kvk4321: InlineRule = {
  code: 'NL.NL-KVK.4.3.2.1.anchoringRelationshipsForConceptsDefinedInElrContainingDimensionalRelationships',
  spec: `${SPEC_KVK}, NL-KVK.4.3.2.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The ELR ${p.role} has anchoring (wider-narrower) and dimensional relationships; put the anchoring in its own ELR`,
    nl: (p) =>
      `De ELR ${p.role} bevat verankering (wider-narrower) en dimensionele relaties; zet de verankering in een eigen ELR`,
  },
  check(ctx) {
    const dimensional = new Set<string>();
    for (const a of [
      ARC.all,
      ARC.notAll,
      ARC.hypercubeDimension,
      ARC.dimensionDomain,
      ARC.domainMember,
      ARC.dimensionDefault,
    ])
      for (const r of extensionRelationships(ctx, a)) dimensional.add(r.role);
    const reported = new Set<string>();
    for (const r of extensionRelationships(ctx, WIDER_NARROWER)) {
      if (dimensional.has(r.role) && !reported.has(r.role)) {
        reported.add(r.role);
        ctx.report({ role: r.role }, r.loc);
      }
    }
  },
};
