import type { InlineRule } from '../types.js';
import { factLocation } from './duplicates.js';
import { ARC } from './ext.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.prohibitedUseOfDimensions: facts of concepts under kvk:NonDimensionalLineItems MUST NOT have dimensions. */
export const kvkProhibitedDimensions: InlineRule = {
  code: 'NL.NL-KVK.prohibitedUseOfDimensions',
  spec: `${SPEC_KVK}, NL-KVK.prohibitedUseOfDimensions`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `${p.name} is a non-dimensional line item (under kvk:NonDimensionalLineItems) but its context ${p.context} has dimensions; report it without dimensions`,
    nl: (p) =>
      `${p.name} is een niet-dimensioneel regelitem (onder kvk:NonDimensionalLineItems) maar de context ${p.context} heeft dimensies; rapporteer het zonder dimensies`,
  },
  check(ctx) {
    const t = ctx.taxonomy;
    if (!t) return;
    const children = new Map<string, string[]>();
    const roots: string[] = [];
    for (const n of t.networks) {
      if (n.arcrole !== ARC.domainMember) continue;
      for (const r of n.relationships) {
        children.set(r.from, [...(children.get(r.from) ?? []), r.to]);
        if (/\/kvk\/[^}]*\}NonDimensionalLineItems$/.test(r.from)) roots.push(r.from);
      }
    }
    const under = new Set<string>();
    const stack = [...new Set(roots)];
    while (stack.length)
      for (const c of children.get(stack.pop()!) ?? [])
        if (!under.has(c)) {
          under.add(c);
          stack.push(c);
        }
    for (const { instance } of ctx.targets)
      for (const f of instance.facts) {
        if (!under.has(f.concept)) continue;
        const c = f.contextRef !== undefined ? instance.contexts.get(f.contextRef) : undefined;
        if (c && c.dimensions.length) ctx.report({ name: f.element.local, context: c.id }, factLocation(ctx, f));
      }
  },
};
