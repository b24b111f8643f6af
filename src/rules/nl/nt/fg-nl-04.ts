import { NS } from '../../../dts/namespaces.js';
import type { XmlElement } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FG_NL } from './util.js';

const ORDER = [
  'link:schemaRef',
  'link:linkbaseRef',
  'link:roleRef',
  'link:arcroleRef',
  'xbrli:context',
  'xbrli:unit',
  'fact',
  'link:footnoteLink',
];

function rank(el: XmlElement): number {
  if (el.ns === NS.link) {
    const i = ORDER.indexOf(`link:${el.local}`);
    return i >= 0 ? i : 6;
  }
  if (el.ns === NS.xbrli && (el.local === 'context' || el.local === 'unit')) return ORDER.indexOf(`xbrli:${el.local}`);
  return 6;
}

/**
 * FG-NL-04: an instance SHOULD order its elements so that referents precede references: schemaRef, linkbaseRef,
 * roleRef, arcroleRef, contexts, units, facts, footnote links.
 */
export const fgNl04: NtRule = {
  code: 'NL.FG-NL-04',
  spec: `${SPEC_FG_NL}, FG-NL-04`,
  severity: 'warning',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `${p.element} comes after a ${p.after}; order the children of xbrli:xbrl as schemaRef, linkbaseRef, roleRef, arcroleRef, contexts, units, facts, footnote links`,
    nl: (p) =>
      `${p.element} staat na een ${p.after}; zet de kinderen van xbrli:xbrl in de volgorde schemaRef, linkbaseRef, roleRef, arcroleRef, contexten, units, feiten, voetnootlinks`,
  },
  check(ctx) {
    const root = ctx.doc?.root;
    if (!root) return;
    let max = -1;
    for (const el of root.children) {
      const r = rank(el);
      if (r < max) {
        ctx.report({ element: `${el.prefix ? el.prefix + ':' : ''}${el.local}`, after: ORDER[max]! }, at(el));
        return;
      }
      max = r;
    }
  },
};
