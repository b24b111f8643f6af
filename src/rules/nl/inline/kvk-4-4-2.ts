import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { domainMembers } from './kvk-4-2.js';
import { extensionConcepts, extensionRelationships, isDimensional, SPEC_KVK } from './util.js';

const CLOSED = '{http://xbrl.org/2005/xbrldt}closed';
const short = (k: string) => k.replace(/^\{[^}]*\}/, '');

/** NL-KVK.4.4.2.1 (NL-GAAP/IFRS): the extension MUST NOT define notAll definition arcs. */
export const kvk4421: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.1.notAllArcroleUsedInDefinitionLinkbase',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension has a notAll arc ${p.from} -> ${p.to}; use positive (all) hypercubes only`,
    nl: (p) => `De extensie heeft een notAll-arc ${p.from} -> ${p.to}; gebruik alleen positieve (all) hypercubes`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.notAll))
      ctx.report({ from: short(r.from), to: short(r.to) }, r.loc);
  },
};

/** NL-KVK.4.4.2.2 (NL-GAAP/IFRS): hypercubes targeted by all arcs MUST have xbrldt:closed="true". */
export const kvk4422: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.2.openPositiveHypercubeInDefinitionLinkbase',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The all arc ${p.from} -> ${p.to} is open (xbrldt:closed="${p.closed}"); set xbrldt:closed="true"`,
    nl: (p) => `De all-arc ${p.from} -> ${p.to} is open (xbrldt:closed="${p.closed}"); zet xbrldt:closed="true"`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.all)) {
      const c = r.attributes[CLOSED] ?? 'false';
      if (c !== 'true' && c !== '1') ctx.report({ from: short(r.from), to: short(r.to), closed: c }, r.loc);
    }
  },
};

/** NL-KVK.4.4.2.3 (NL-GAAP/IFRS): hypercubes targeted by notAll arcs MUST have xbrldt:closed="false". */
export const kvk4423: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.3.closedNegativeHypercubeInDefinitionLinkbase',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.3`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The notAll arc ${p.from} -> ${p.to} is closed; set xbrldt:closed="false"`,
    nl: (p) => `De notAll-arc ${p.from} -> ${p.to} is gesloten; zet xbrldt:closed="false"`,
  },
  check(ctx) {
    for (const r of extensionRelationships(ctx, ARC.notAll)) {
      const c = r.attributes[CLOSED] ?? 'false';
      if (c === 'true' || c === '1') ctx.report({ from: short(r.from), to: short(r.to) }, r.loc);
    }
  },
};

/**
 * NL-KVK.4.4.2.4 (NL-GAAP/IFRS): extension line items (non-abstract items that are not dimensions, hypercubes or members)
 * MUST be linked to a hypercube: they must be primary items of the dimensional model.
 */
export const kvk4424: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.4.extensionTaxonomyLineItemNotLinkedToAnyHypercube',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.4`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension line item ${p.name} is not linked to any hypercube; place it under the line items of a hypercube in the definition linkbase`,
    nl: (p) =>
      `Het extensieregelitem ${p.name} is aan geen hypercube gekoppeld; plaats het onder de regelitems van een hypercube in de definitielinkbase`,
  },
  check(ctx) {
    const dims = ctx.taxonomy?.dimensions;
    if (!dims) return;
    for (const c of lineItems(ctx)) if (!dims.primaryItems[c.key]) ctx.report({ name: c.name }, c);
  },
};

/** Extension line items: non-abstract items that are not dimensions, hypercubes or domain members. */
export function lineItems(ctx: Parameters<InlineRule['check']>[0]) {
  const members = domainMembers(ctx);
  return extensionConcepts(ctx).filter(
    (c) => c.kind === 'item' && !c.abstract && !isDimensional(c) && !members.has(c.key),
  );
}
