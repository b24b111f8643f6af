/**
 * The extension taxonomy's place in the dimensional model, shared by the NL-KVK rules that read it: the domain members
 * of the DTS (NL-KVK.4.2.2.2) and the extension line items (NL-KVK.4.4.2.4, 4.4.6.1, RTS_Annex_IV_Par_9_par_10).
 */
import type { Concept } from '../../../compile/types.js';
import type { InlineContext } from '../types.js';
import { ARC } from './ext.js';
import { extensionConcepts, isDimensional } from './util.js';

/** The domain members of the DTS: targets of dimension-domain arcs and everything below them by domain-member. */
export function domainMembers(ctx: InlineContext): Set<string> {
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

/** Extension line items: non-abstract items that are not dimensions, hypercubes or domain members. */
export function lineItems(ctx: InlineContext): Concept[] {
  const members = domainMembers(ctx);
  return extensionConcepts(ctx).filter(
    (c) => c.kind === 'item' && !c.abstract && !isDimensional(c) && !members.has(c.key),
  );
}
