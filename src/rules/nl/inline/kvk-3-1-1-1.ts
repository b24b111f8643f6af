import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XBRLI } from './util.js';

/** NL-KVK.3.1.1.1: `xbrli:identifier` MUST be a KvK number: 8 digits, not starting with `00`. */
export const kvk3111: InlineRule = {
  code: 'NL.NL-KVK-RTS_Annex_IV_Par_2_G3-1-1_1.invalidIdentifierFormat',
  spec: `${SPEC_KVK}, NL-KVK.3.1.1.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The entity identifier "${p.id}" is not a KvK number (8 digits, not starting with 00); use the KvK number of the legal entity`,
    nl: (p) =>
      `De entiteitsidentificatie "${p.id}" is geen KvK-nummer (8 cijfers, niet beginnend met 00); gebruik het KvK-nummer van de rechtspersoon`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns !== XBRLI || el.local !== 'identifier') continue;
        const id = el.children
          .filter((c) => typeof c === 'string')
          .join('')
          .trim();
        if (!/^(?!00)\d{8}$/.test(id)) ctx.report({ id }, ixLoc(el));
      }
  },
};
