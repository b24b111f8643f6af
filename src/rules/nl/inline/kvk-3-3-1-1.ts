import type { InlineRule } from '../types.js';
import { ixElements, ixLoc, SPEC_KVK, textOf } from './util.js';

/** ids of the footnotes that an ix:relationship links (toRefs). */
export function linkedFootnotes(ctx: Parameters<InlineRule['check']>[0]): Set<string> {
  const s = new Set<string>();
  for (const r of ixElements(ctx, 'relationship'))
    for (const id of (r.attrs.get('toRefs') ?? '').split(/\s+/)) if (id) s.add(id);
  return s;
}

/** NL-KVK.3.3.1.1: every non-empty footnote MUST be linked to at least one fact. */
export const kvk3311: InlineRule = {
  code: 'NL.NL-KVK.3.3.1.1.unusedFootnote',
  spec: `${SPEC_KVK}, NL-KVK.3.3.1.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The footnote ${p.id} is not linked to any fact; link it with ix:relationship or remove it`,
    nl: (p) => `De voetnoot ${p.id} is aan geen enkel feit gekoppeld; koppel hem met ix:relationship of verwijder hem`,
  },
  check(ctx) {
    const linked = linkedFootnotes(ctx);
    for (const fn of ixElements(ctx, 'footnote')) {
      const id = fn.attrs.get('id') ?? '';
      if (textOf(fn).trim() && !linked.has(id)) ctx.report({ id }, ixLoc(fn));
    }
  },
};
