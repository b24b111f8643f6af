import { descendants } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { recommendedPrefix } from './prefixes.js';
import { at, SPEC_FG_NL } from './util.js';

/** FG-NL-03: an instance SHOULD use the recommended default prefixes for all namespaces (declarations with a prefix). */
export const fgNl03: NtRule = {
  code: 'NL.FG-NL-03',
  spec: `${SPEC_FG_NL}, FG-NL-03`,
  severity: 'warning',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `The namespace ${p.ns} is declared with prefix "${p.prefix}"; the recommended prefix is "${p.recommended}"`,
    nl: (p) =>
      `De namespace ${p.ns} is gedeclareerd met prefix "${p.prefix}"; het aanbevolen prefix is "${p.recommended}"`,
  },
  check(ctx) {
    const root = ctx.doc?.root;
    if (!root) return;
    for (const el of [root, ...descendants(root)]) {
      if (el.parent && el.scope === el.parent.scope) continue;
      for (const prefix of Object.keys(el.scope)) {
        if (prefix === '' || prefix === 'xml') continue;
        const ns = el.scope[prefix]!;
        const recommended = recommendedPrefix(ns);
        if (recommended && recommended !== prefix) ctx.report({ ns, prefix, recommended }, at(el));
      }
    }
  },
};
