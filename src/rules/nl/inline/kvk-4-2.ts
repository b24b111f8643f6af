import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionConcepts, extensionRelationships, SPEC_KVK } from './util.js';

/** NL-KVK.4.2.0.1 (NL-GAAP/IFRS): tuples MUST NOT be defined in the extension taxonomy. */
export const kvk4201: InlineRule = {
  code: 'NL.NL-KVK.4.2.0.1.tupleElementUsed',
  spec: `${SPEC_KVK}, NL-KVK.4.2.0.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension defines the tuple ${p.name}; define items only`,
    nl: (p) => `De extensie definieert de tuple ${p.name}; definieer alleen items`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx)) if (c.kind === 'tuple') ctx.report({ name: c.name }, c);
  },
};

/** NL-KVK.4.2.0.2 (NL-GAAP/IFRS): items of xbrli:fractionItemType MUST NOT be defined in the extension taxonomy. */
export const kvk4202: InlineRule = {
  code: 'NL.NL-KVK.4.2.0.2.fractionElementUsed',
  spec: `${SPEC_KVK}, NL-KVK.4.2.0.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension concept ${p.name} is of fractionItemType; use a decimal type`,
    nl: (p) => `Het extensieconcept ${p.name} is van fractionItemType; gebruik een decimaal type`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx)) if (c.fraction) ctx.report({ name: c.name }, c);
  },
};

/** The domain members of the DTS: targets of dimension-domain arcs and everything below them by domain-member. */
export function domainMembers(ctx: Parameters<InlineRule['check']>[0]): Set<string> {
  const t = ctx.taxonomy;
  const out = new Set<string>();
  if (!t) return out;
  const dm = new Map<string, string[]>();
  for (const n of t.networks) {
    if (n.arcrole === ARC.dimensionDomain) for (const r of n.relationships) out.add(r.to);
    if (n.arcrole === ARC.domainMember)
      for (const r of n.relationships) dm.set(r.from, [...(dm.get(r.from) ?? []), r.to]);
  }
  const stack = [...out];
  while (stack.length) {
    const k = stack.pop()!;
    for (const c of dm.get(k) ?? [])
      if (!out.has(c)) {
        out.add(c);
        stack.push(c);
      }
  }
  return out;
}

/** NL-KVK.4.2.2.2 (NL-GAAP/IFRS): extension domain members MUST have the DTR type domainItemType. */
export const kvk4222: InlineRule = {
  code: 'NL.NL-KVK.4.2.2.2.domainMemberWrongDataType',
  spec: `${SPEC_KVK}, NL-KVK.4.2.2.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension member ${p.name} has the type ${p.type}; domain members must be dtr-types:domainItemType`,
    nl: (p) => `Het extensielid ${p.name} heeft het type ${p.type}; domeinleden moeten dtr-types:domainItemType zijn`,
  },
  check(ctx) {
    const members = domainMembers(ctx);
    for (const c of extensionConcepts(ctx)) {
      if (members.has(c.key) && !(c.type ?? '').endsWith('}domainItemType'))
        ctx.report({ name: c.name, type: (c.type ?? '').replace(/^\{[^}]*\}/, '') }, c);
    }
  },
};

/** NL-KVK.4.2.3.1 (NL-GAAP/IFRS): the extension taxonomy MUST NOT define typed dimensions. */
export const kvk4231: InlineRule = {
  code: 'NL.NL-KVK.4.2.3.1.typedDimensionDefinitionInExtensionTaxonomy',
  spec: `${SPEC_KVK}, NL-KVK.4.2.3.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension defines the typed dimension ${p.name}; use an explicit dimension`,
    nl: (p) => `De extensie definieert de getypeerde dimensie ${p.name}; gebruik een expliciete dimensie`,
  },
  check(ctx) {
    for (const c of extensionConcepts(ctx)) if (c.typedDomainRef) ctx.report({ name: c.name }, c);
  },
};

/** NL-KVK.4.2.1.1 (NL-GAAP/IFRS): all/notAll arcs of the extension MUST have xbrldt:contextElement="scenario". */
export const kvk4211: InlineRule = {
  code: 'NL.NL-KVK.4.2.1.1.scenarioNotUsedInExtensionTaxonomy',
  spec: `${SPEC_KVK}, NL-KVK.4.2.1.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The ${p.arcrole} arc from ${p.from} to ${p.to} has xbrldt:contextElement="${p.ce}"; use "scenario"`,
    nl: (p) =>
      `De ${p.arcrole}-arc van ${p.from} naar ${p.to} heeft xbrldt:contextElement="${p.ce}"; gebruik "scenario"`,
  },
  check(ctx) {
    for (const arcrole of [ARC.all, ARC.notAll])
      for (const r of extensionRelationships(ctx, arcrole)) {
        const ce = r.attributes['{http://xbrl.org/2005/xbrldt}contextElement'] ?? '';
        if (ce !== 'scenario')
          ctx.report(
            {
              arcrole: arcrole.split('/').pop()!,
              from: r.from.replace(/^\{[^}]*\}/, ''),
              to: r.to.replace(/^\{[^}]*\}/, ''),
              ce,
            },
            r.loc,
          );
      }
  },
};
