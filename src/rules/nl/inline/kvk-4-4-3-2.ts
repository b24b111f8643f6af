import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionConcepts, extensionRelationships, SPEC_KVK } from './util.js';

const AXIS_DEFAULTS_ROLE = 'https://www.nltaxonomie.nl/kvk/role/axis-defaults';

/** NL-KVK.4.4.3.2 (NL-GAAP/IFRS): each extension dimension MUST have a default member in the ELR https://www.nltaxonomie.nl/kvk/role/axis-defaults. */
export const kvk4432: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.3.extensionTaxonomyDimensionNotAssignedDefaultMemberInDedicatedPlaceholder',
  spec: `${SPEC_KVK}, NL-KVK.4.4.3.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension dimension ${p.name} has no default member in ${AXIS_DEFAULTS_ROLE}; add a dimension-default arc there`,
    nl: (p) =>
      `De extensiedimensie ${p.name} heeft geen standaardlid in ${AXIS_DEFAULTS_ROLE}; voeg daar een dimension-default-arc toe`,
  },
  check(ctx) {
    const withDefault = new Set(
      extensionRelationships(ctx, ARC.dimensionDefault)
        .filter((r) => r.role === AXIS_DEFAULTS_ROLE)
        .map((r) => r.from),
    );
    for (const c of extensionConcepts(ctx))
      if (
        c.substitutionGroups.some((g) => g.endsWith('}dimensionItem')) &&
        !c.typedDomainRef &&
        !withDefault.has(c.key)
      )
        ctx.report({ name: c.name }, c);
  },
};
