import { NS } from '../../../dts/namespaces.js';
import { descendants, type XmlElement } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FG_NL } from './util.js';

/** Prefixes an element uses: its name, its attributes' namespaces (by URI) and QName-valued content of XBRL elements. */
function usedBy(el: XmlElement, usedPrefixes: Set<string>, usedNamespaces: Set<string>): void {
  usedPrefixes.add(el.prefix);
  for (const k of el.attrs.keys()) if (k.startsWith('{')) usedNamespaces.add(k.slice(1, k.indexOf('}')));
  const qnameText =
    (el.ns === NS.xbrli && el.local === 'measure') || (el.ns === NS.xbrldi && el.local === 'explicitMember');
  if (qnameText) {
    const t = el.text.trim();
    if (t.includes(':')) usedPrefixes.add(t.slice(0, t.indexOf(':')));
  }
  const dim = el.ns === NS.xbrldi ? el.attrs.get('dimension') : undefined;
  if (dim?.includes(':')) usedPrefixes.add(dim.trim().slice(0, dim.trim().indexOf(':')));
  const xsiType = el.attrs.get(`{${NS.xsi}}type`);
  if (xsiType?.includes(':')) usedPrefixes.add(xsiType.slice(0, xsiType.indexOf(':')));
}

/** FG-NL-05: unused namespace declarations SHOULD NOT exist in an instance. */
export const fgNl05: NtRule = {
  code: 'NL.FG-NL-05',
  spec: `${SPEC_FG_NL}, FG-NL-05`,
  severity: 'warning',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `The namespace declaration xmlns:${p.prefix}="${p.ns}" is not used; remove it`,
    nl: (p) => `De namespacedeclaratie xmlns:${p.prefix}="${p.ns}" wordt niet gebruikt; verwijder hem`,
  },
  check(ctx) {
    const root = ctx.doc?.root;
    if (!root) return;
    const all = [root, ...descendants(root)];
    const usedPrefixes = new Set<string>();
    const usedNamespaces = new Set<string>();
    for (const el of all) usedBy(el, usedPrefixes, usedNamespaces);
    for (const el of all) {
      if (el.parent && el.scope === el.parent.scope) continue;
      for (const prefix of Object.keys(el.scope)) {
        if (prefix === '' || prefix === 'xml') continue;
        const ns = el.scope[prefix]!;
        if (!usedPrefixes.has(prefix) && !usedNamespaces.has(ns)) ctx.report({ prefix, ns }, at(el));
      }
    }
  },
};
