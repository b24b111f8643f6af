import type { InlineRule } from '../types.js';
import { ixFacts, ixLoc, SPEC_KVK } from './util.js';

/** Namespaces of Transformation Rules Registry 4 and later (TRR 4: 2020-02-12; TRR 5: 2022-02-16). */
export const TRR_ALLOWED = [
  'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
];

/** NL-KVK.3.2.3.1: only Transformation Rules Registry 4 or newer MAY be used in `format`. */
export const kvk3231: InlineRule = {
  code: 'NL.NL-KVK.3.2.3.1.incorrectTransformationRuleApplied',
  spec: `${SPEC_KVK}, NL-KVK.3.2.3.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) =>
      `The fact ${p.name} uses the transformation ${p.format} (${p.ns}); use a transformation of Transformation Rules Registry 4 or later`,
    nl: (p) =>
      `Het feit ${p.name} gebruikt de transformatie ${p.format} (${p.ns}); gebruik een transformatie uit Transformation Rules Registry 4 of later`,
  },
  check(ctx) {
    for (const el of ixFacts(ctx)) {
      const format = el.attrs.get('format');
      if (!format) continue;
      const i = format.indexOf(':');
      const ns = el.scope[i >= 0 ? format.slice(0, i) : ''] ?? '';
      if (!TRR_ALLOWED.includes(ns)) ctx.report({ name: el.attrs.get('name') ?? '', format, ns }, ixLoc(el));
    }
  },
};
