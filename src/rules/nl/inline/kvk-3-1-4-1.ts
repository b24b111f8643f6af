import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

/** NL-KVK.3.1.4.1: all entity identifiers and schemes MUST be identical. */
export const kvk3141: InlineRule = {
  code: 'NL.NL-KVK-RTS_Annex_IV_Par_1_G3-1-4_1.multipleIdentifiers',
  spec: `${SPEC_KVK}, NL-KVK.3.1.4.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The entity identifier ${p.id} differs from ${p.first} used before; report for one entity with one identifier`,
    nl: (p) =>
      `De entiteitsidentificatie ${p.id} verschilt van ${p.first} die eerder is gebruikt; rapporteer voor één entiteit met één identificatie`,
  },
  check(ctx) {
    let first: string | undefined;
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns !== XBRLI || el.local !== 'identifier') continue;
        const id = `${el.attrs.get('scheme') ?? ''}#${el.children
          .filter((c) => typeof c === 'string')
          .join('')
          .trim()}`;
        if (first === undefined) first = id;
        else if (id !== first) ctx.report({ id, first }, ixLoc(el));
      }
  },
};
