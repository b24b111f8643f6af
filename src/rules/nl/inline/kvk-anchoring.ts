import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { lineItems } from './kvk-4-4-2.js';
import { extensionRelationships, isDimensional, SPEC_KVK, WIDER_NARROWER } from './util.js';

const short = (k: string) => k.replace(/^\{[^}]*\}/, '');

/**
 * NL-KVK.RTS_Annex_IV_Par_9_Par_10 (NL-GAAP/IFRS): extension elements MUST be anchored to core elements (wider-narrower
 * relationships). Subtotals (extension concepts that are the total of a summation-item relationship) need no anchor,
 * as in the ESEF Reporting Manual the KvK rules follow.
 */
export const kvkRtsAnnexIVPar9: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_IV_Par_9_Par_10.extensionConceptsNotAnchored',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_IV_Par_9_par_10`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The extension concept ${p.name} is not anchored to a core taxonomy element; add a wider-narrower relationship in the definition linkbase`,
    nl: (p) =>
      `Het extensieconcept ${p.name} is niet verankerd aan een element van de kerntaxonomie; voeg een wider-narrower-relatie toe in de definitielinkbase`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const anchored = new Set<string>();
    for (const n of t.networks) {
      if (n.arcrole === WIDER_NARROWER)
        for (const r of n.relationships) {
          anchored.add(r.from);
          anchored.add(r.to);
        }
      if (n.arcrole === ARC.summation2003 || n.arcrole === ARC.summation2023)
        for (const r of n.relationships) anchored.add(r.from);
    }
    for (const c of lineItems(ctx)) if (!anchored.has(c.key)) ctx.report({ name: c.name }, c);
  },
};

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
              from: short(r.from),
              to: short(r.to),
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

/** NL-KVK.4.3.1.2 (2025+): an extension element SHOULD be anchored to an element with a compatible data type. */
export const kvk4312: InlineRule = {
  code: 'NL.NL-KVK.4.3.1.2.incompatibleDataTypeAnchoringRelationship',
  spec: `${SPEC_KVK}, NL-KVK.4.3.1.2`,
  severity: 'warning',
  applies: '2025',
  message: {
    en: (p) => `${p.from} (${p.ft}) is anchored to ${p.to} (${p.tt}); anchor to an element of a compatible type`,
    nl: (p) => `${p.from} (${p.ft}) is verankerd aan ${p.to} (${p.tt}); veranker aan een element van een passend type`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const group = (x?: string) =>
      x === 'monetaryItemType'
        ? 'monetary'
        : x && /decimal|integer|float|double|shares|pure|percent|perShare/i.test(x)
          ? 'numeric'
          : (x ?? 'unknown');
    for (const r of extensionRelationships(ctx, WIDER_NARROWER)) {
      const a = t.concepts[r.from];
      const b = t.concepts[r.to];
      if (a && b && group(a.xbrliType) !== group(b.xbrliType))
        ctx.report({ from: a.name, to: b.name, ft: a.xbrliType ?? '', tt: b.xbrliType ?? '' }, r.loc);
    }
  },
};

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
