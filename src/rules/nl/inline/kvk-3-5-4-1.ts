import type { IxElement } from '../../../ixbrl/xhtml.js';
import { IX_NS } from '../../../ixbrl/extract.js';
import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, styleOf } from './util.js';

function hasFact(el: IxElement): boolean {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.ns === IX_NS && c.local === 'header') continue;
    if (c.ns === IX_NS && ['nonFraction', 'nonNumeric', 'fraction'].includes(c.local)) return true;
    if (hasFact(c)) return true;
  }
  return false;
}

/** NL-KVK.3.5.4.1: CSS MUST NOT hide tagged facts (display:none on an element holding facts, outside ix:hidden). */
export const kvk3541: InlineRule = {
  code: 'NL.NL-KVK.3.5.4.1.displayNoneUsedToHideTaggedFacts',
  spec: `${SPEC_KVK}, NL-KVK.3.5.4.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `<${p.element}> has display:none and holds tagged facts; show them, or put facts meant to be hidden in ix:hidden`,
    nl: (p) =>
      `<${p.element}> heeft display:none en bevat getagde feiten; toon ze, of zet te verbergen feiten in ix:hidden`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if ((styleOf(el).get('display') ?? '').toLowerCase() !== 'none') continue;
        if (el.ns === IX_NS && el.local === 'header') continue;
        if (hasFact(el)) ctx.report({ element: el.qname }, ixLoc(el));
      }
  },
};
