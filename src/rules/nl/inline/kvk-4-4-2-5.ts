import type { CompiledTaxonomy } from '../../../compile/types.js';
import type { InlineContext, InlineRule } from '../types.js';
import { factLocation } from './duplicates.js';
import { SPEC_KVK } from './util.js';

const local = (k: string) => k.replace(/^\{[^}]*\}/, '');
const ns = (k: string) => /^\{([^}]*)\}/.exec(k)?.[1] ?? '';

/** The Title 9 book 2 dictionary (`.../bw2-titel9-cor`, KvK 2024-03-31 under jenv/, 2024-12-31 on under bw2-titel9/). */
const isBw2Titel9 = (n: string) => /^https?:\/\/www\.nltaxonomie\.nl\/.*\/bw2-titel9-cor$/.test(n);
/** The IFRS Accounting Taxonomy's ifrs-full namespace (any release). */
const isIfrsFull = (n: string) => /^https?:\/\/xbrl\.ifrs\.org\/taxonomy\/[^/]+\/ifrs-full$/.test(n);

/**
 * The designated placeholders: the single axis of a scope-only context and its members, each with the number of the
 * KvK role (in the role's definition, `[990010] Items reported in the consolidated financial statements`) and the
 * role URIs the KvK taxonomies from 2024-12-31 give it.
 */
const PLACEHOLDERS: {
  axis: (key: string) => boolean;
  member: string;
  number: string;
  uri: string;
}[] = [
  {
    axis: (k) => local(k) === 'FinancialStatementsTypeAxis' && isBw2Titel9(ns(k)),
    member: 'ConsolidatedMember',
    number: '990010',
    uri: 'https://www.nltaxonomie.nl/kvk/role/lineitems-consolidated-financial-statements-nlgaap',
  },
  {
    axis: (k) => local(k) === 'FinancialStatementsTypeAxis' && isBw2Titel9(ns(k)),
    member: 'SeparateMember',
    number: '990020',
    uri: 'https://www.nltaxonomie.nl/kvk/role/lineitems-separate-financial-statements-nlgaap',
  },
  {
    axis: (k) => local(k) === 'ConsolidatedAndSeparateFinancialStatementsAxis' && isIfrsFull(ns(k)),
    member: 'ConsolidatedMember',
    number: '990015',
    uri: 'https://www.nltaxonomie.nl/kvk/role/lineitems-consolidated-financial-statements-ifrs',
  },
  {
    axis: (k) => local(k) === 'ConsolidatedAndSeparateFinancialStatementsAxis' && isIfrsFull(ns(k)),
    member: 'SeparateMember',
    number: '990025',
    uri: 'https://www.nltaxonomie.nl/kvk/role/lineitems-separate-financial-statements-ifrs',
  },
];

/** The role URIs that are the placeholder `[number]` in this DTS: by the number in a role definition, and the 2024-12-31 URI. */
function placeholderRoles(t: CompiledTaxonomy, number: string, uri: string): Set<string> {
  const s = new Set([uri]);
  for (const r of Object.values(t.roleTypes)) if (r.definition?.trim().startsWith(`[${number}]`)) s.add(r.roleURI);
  return s;
}

/**
 * The ELRs of the has-hypercube relationships a primary item is in (XBRL Dimensions 1.0 section 2.3, its DRSs), counting
 * only hypercubes with an explicit dimension that has domain members, and the non-dimensional placeholder ([990080],
 * `lineitems-nondimensional-usage` from 2024-12-31): the KvK taxonomy puts every core concept under a "null" hypercube
 * (a dimension without members) in [990080] or [990090], which says nothing about placement.
 */
function primaryItemElrs(t: CompiledTaxonomy, concept: string, nonDimensional: Set<string>): Set<string> {
  const dims = t.dimensions!;
  const out = new Set<string>();
  for (const i of dims.primaryItems[concept] ?? []) {
    const drs = dims.drs[i]!;
    const withMembers = drs.hasHypercubes.some((h) =>
      dims.hasHypercubes[h]!.dimensions.some(
        (d) => d.domain !== undefined && dims.domains[d.domain]!.members.length > 0,
      ),
    );
    if (withMembers || nonDimensional.has(drs.elr)) out.add(drs.elr);
  }
  return out;
}

/**
 * NL-KVK.4.4.2.5 (all inline profiles): line items MUST be placed under the designated definition linkbase placeholder
 * (roles [990010], [990015], [990020], [990025]) when the dimensional structure has only one axis, the financial
 * statements type: a fact whose context has exactly one dimension, bw2-titel9:FinancialStatementsTypeAxis (NL-GAAP) or
 * ifrs-full:ConsolidatedAndSeparateFinancialStatementsAxis (IFRS), with the consolidated or separate member, must
 * have a concept that is a primary item in exactly that placeholder's ELR and no other. Concepts that are primary
 * items in an ELR of the extension taxonomy (an own dimensional structure) are left alone, as Arelle does for the KvK
 * conformance suite. One finding per fact.
 */
export const kvk4425: InlineRule = {
  code: 'NL.NL-KVK.4.4.2.5.extensionTaxonomyLineItemNotLinkedToDesignatedPlaceholder',
  spec: `${SPEC_KVK}, NL-KVK.4.4.2.5`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `${p.name} is reported in context ${p.context} (${p.member} only) but is ${p.where}; place it under the designated placeholder [${p.number}] (${p.role}) and no other in the definition linkbase`,
    nl: (p) =>
      `${p.name} is gerapporteerd in context ${p.context} (alleen ${p.member}) maar staat ${p.whereNl}; plaats het onder de aangewezen placeholder [${p.number}] (${p.role}) en geen andere in de definitielinkbase`,
  },
  check(ctx: InlineContext) {
    const t = ctx.taxonomy;
    if (!t?.dimensions) return;
    const roles = PLACEHOLDERS.map((p) => ({ ...p, roles: placeholderRoles(t, p.number, p.uri) }));
    const nonDimensional = placeholderRoles(
      t,
      '990080',
      'https://www.nltaxonomie.nl/kvk/role/lineitems-nondimensional-usage',
    );
    const extensionRoles = new Set(
      Object.values(t.roleTypes)
        .filter((r) => ctx.isExtensionUrl(r.file))
        .map((r) => r.roleURI),
    );
    for (const { instance } of ctx.targets) {
      for (const f of instance.facts) {
        const c = f.contextRef !== undefined ? instance.contexts.get(f.contextRef) : undefined;
        if (!c || c.dimensions.length !== 1) continue;
        const d = c.dimensions[0]!;
        if (!d.member) continue;
        const p = roles.find(
          (r) => r.axis(d.dimension) && local(d.member!) === r.member && ns(d.member!) === ns(d.dimension),
        );
        if (!p) continue;
        const elrs = primaryItemElrs(t, f.concept, nonDimensional);
        if (elrs.size === 1 && p.roles.has([...elrs][0]!)) continue;
        if ([...elrs].some((e) => extensionRoles.has(e))) continue;
        const list = [...elrs].sort().join(', ');
        ctx.report(
          {
            name: f.element.local,
            context: c.id,
            member: local(d.member),
            number: p.number,
            role: [...p.roles].find((r) => r !== p.uri) ?? p.uri,
            where: elrs.size ? `a primary item in ${list}` : 'not a primary item of any hypercube',
            whereNl: elrs.size ? `als primair item in ${list}` : 'onder geen enkele hypercube',
          },
          factLocation(ctx, f),
        );
      }
    }
  },
};
