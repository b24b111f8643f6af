/**
 * References from the instance to the DTS (XBRL 2.1 sections 4.2, 4.4, 4.5): link:schemaRef must point to an
 * XML Schema, resolved against the element's base URI (xml:base included); link:roleRef and link:arcroleRef are
 * unique per role / arcrole URI within the instance and point to the roleType / arcroleType declaring that URI.
 */
import { documentKey } from '../../../dts/discover.js';
import type { MessageParams, SourceLocation } from '../../../findings.js';
import type { RoleRefInfo } from '../../../instance/types.js';
import { attr, baseUrl, resolveUrl } from '../../../xml/parse.js';
import type { Rule, RuleContext } from '../../types.js';
import { LINK_NS, XLINK_NS, loc } from './util.js';

/** A link:schemaRef resolves, with xml:base applied (section 4.2; conformance 307 V-3), to a schema of the DTS. */
export const schemaRefTarget: Rule = {
  code: 'xbrl.4.2:schemaRefTarget',
  spec: 'XBRL 2.1 section 4.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const kinds = new Map<string, string>();
    for (const d of ctx.taxonomy.documents) kinds.set(documentKey(d.url), d.kind);
    for (const el of inst.root.children) {
      if (el.ns !== LINK_NS || el.local !== 'schemaRef') continue;
      const href = attr(el, 'href', XLINK_NS);
      if (href === undefined || href.trim() === '') continue;
      const url = resolveUrl(href.trim(), baseUrl(el));
      const kind = kinds.get(documentKey(url));
      if (kind === 'schema') continue;
      ctx.report({
        params: { href, url, ...(kind === undefined ? { outside: true } : {}) },
        loc: { file: el.doc.url, line: el.line, column: el.column },
      });
    }
  },
};

function checkRefs(
  ctx: RuleContext,
  refs: RoleRefInfo[],
  kind: 'role' | 'arcrole',
  report: (code: string, params: MessageParams, at: SourceLocation) => void,
): void {
  const declared = kind === 'role' ? ctx.taxonomy.roleTypes : ctx.taxonomy.arcroleTypes;
  const sec = kind === 'role' ? '3.5.2.4' : '3.5.2.5';
  const name = `${kind}Ref`;
  const seen = new Map<string, RoleRefInfo>();
  for (const r of refs) {
    const prev = seen.get(r.uri);
    if (prev) {
      report(`xbrl.${sec}:${name}Duplicate`, { kind, uri: r.uri, line: prev.line }, loc(r));
      continue;
    }
    seen.set(r.uri, r);
    if (!r.uri) continue;
    const type = declared[r.uri];
    if (!type) {
      report(`xbrl.${sec}:${name}Target`, { kind, uri: r.uri }, loc(r));
      continue;
    }
    // a shorthand pointer into the declaring schema must name the roleType / arcroleType itself
    const href = r.href.trim();
    const i = href.indexOf('#');
    const frag = i >= 0 ? href.slice(i + 1) : '';
    if (!frag || frag.includes('(') || !type.id || !type.file) continue;
    const url = resolveUrl(href, r.file);
    if (documentKey(url) === documentKey(type.file) && frag !== type.id) {
      report(`xbrl.${sec}:${name}Target`, { kind, uri: r.uri, fragment: frag, id: type.id }, loc(r));
    }
  }
}

/** link:roleRef and link:arcroleRef of an instance: one per URI, pointing to the declaring type (sections 4.4, 4.5). */
export const instanceRoleRefs: Rule = {
  code: 'xbrl.3.5.2.4:roleRefDuplicate',
  spec: 'XBRL 2.1 sections 4.4, 4.5, 3.5.2.4, 3.5.2.5',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const report = (code: string, params: MessageParams, at: SourceLocation) => ctx.report({ code, params, loc: at });
    checkRefs(ctx, inst.roleRefs, 'role', report);
    checkRefs(ctx, inst.arcroleRefs, 'arcrole', report);
  },
};
