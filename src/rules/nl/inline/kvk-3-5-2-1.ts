import type { InlineRule } from '../types.js';
import { inheritedLang, ixElements, ixLoc, SPEC_KVK } from './util.js';

/** NL-KVK.3.5.2.1: each tagged text fact (ix:nonNumeric) MUST have xml:lang, assigned or inherited. */
export const kvk3521: InlineRule = {
  code: 'NL.NL-KVK.3.5.2.1.undefinedLanguageForTextFact',
  spec: `${SPEC_KVK}, NL-KVK.3.5.2.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The text fact ${p.name} has no language; set xml:lang on it or on the html element`,
    nl: (p) => `Het tekstfeit ${p.name} heeft geen taal; zet xml:lang erop of op het html-element`,
  },
  check(ctx) {
    for (const el of ixElements(ctx, 'nonNumeric'))
      if (!inheritedLang(el)) ctx.report({ name: el.attrs.get('name') ?? '' }, ixLoc(el));
  },
};
