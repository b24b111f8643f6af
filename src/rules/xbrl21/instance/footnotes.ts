/**
 * Footnote links (XBRL 2.1 section 4.11; XLink rules of section 3.5.3.9): the link role, locators that point to facts
 * of this instance, footnote resources with xml:lang, and footnote arcs from fact locators to footnotes.
 */
import { baseUrl, resolveUrl } from '../../../xml/parse.js';
import type { FootnoteLink, Instance } from '../../../instance/types.js';
import type { Rule, RuleContext } from '../../types.js';
import { LINK_NS, loc, qnameText } from './util.js';

export const STANDARD_LINK_ROLE = 'http://www.xbrl.org/2003/role/link';
export const FOOTNOTE_ROLE = 'http://www.xbrl.org/2003/role/footnote';
export const FACT_FOOTNOTE = 'http://www.xbrl.org/2003/arcrole/fact-footnote';
const FOOTNOTE_LINK_KEY = `{${LINK_NS}}footnoteLink`;

function stripFragment(u: string): string {
  const i = u.indexOf('#');
  return i < 0 ? u : u.slice(0, i);
}

/** The footnote link role is the standard link role or a role declared with a roleRef in the instance and usable on link:footnoteLink (sections 4.11.1, 3.5.2.4). */
export const footnoteLinkRole: Rule = {
  code: 'xbrl.4.11.1:footnoteLinkRole',
  spec: 'XBRL 2.1 sections 4.11.1, 3.5.2.4, 5.1.3.4',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const refs = new Set(inst.roleRefs.map((r) => r.uri));
    for (const link of inst.footnoteLinks) {
      if (link.role === undefined || link.role === '') {
        ctx.report({
          params: { missing: true },
          loc: loc(link),
        });
      } else if (link.role !== STANDARD_LINK_ROLE) {
        if (!refs.has(link.role)) {
          ctx.report({
            params: { role: link.role },
            loc: loc(link),
          });
        } else {
          const rt = ctx.taxonomy.roleTypes[link.role];
          if (rt && !rt.usedOn.includes(FOOTNOTE_LINK_KEY)) {
            ctx.report({
              params: { role: link.role, usedOn: true },
              loc: loc(link),
            });
          }
        }
      }
    }
  },
};

function factIds(inst: Instance): Set<string> {
  const ids = new Set<string>();
  for (const f of inst.facts) if (f.id !== undefined) ids.add(f.id);
  return ids;
}

/** A locator in a footnote link points to a fact (item or tuple) of this instance document, by id (section 4.11.1.1). */
export const footnoteLocTarget: Rule = {
  code: 'xbrl.4.11.1.1:footnoteLocTarget',
  spec: 'XBRL 2.1 section 4.11.1.1',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst || inst.footnoteLinks.length === 0) return;
    const facts = factIds(inst);
    const self = stripFragment(resolveUrl('', inst.url));
    for (const link of inst.footnoteLinks) {
      for (const l of link.locs) {
        const href = l.href.trim();
        const hash = href.indexOf('#');
        const docPart = hash < 0 ? href : href.slice(0, hash);
        let frag = hash < 0 ? '' : href.slice(hash + 1);
        const el = /^element\(([^/)]+)\)$/.exec(frag);
        if (el) frag = el[1]!;
        if (docPart !== '' && stripFragment(resolveUrl(docPart, baseUrl(l.element))) !== self) {
          ctx.report({
            params: { label: l.label, href, outside: true },
            loc: loc(l),
          });
        } else if (frag === '') {
          ctx.report({
            params: { label: l.label, href },
            loc: loc(l),
          });
        } else if (!facts.has(frag)) {
          const target = inst.ids.get(frag);
          ctx.report({
            params: { label: l.label, fragment: frag, ...(target ? { target: qnameText(target) } : {}) },
            loc: loc(l),
          });
        }
      }
    }
  },
};

/** A link:footnote resource has xml:lang (section 4.11.1.2), and a role that is standard or declared with a roleRef. */
export const footnoteResource: Rule = {
  code: 'xbrl.4.11.1.2:footnoteLang',
  spec: 'XBRL 2.1 section 4.11.1.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const refs = new Set(inst.roleRefs.map((r) => r.uri));
    for (const link of inst.footnoteLinks) {
      for (const r of link.resources) {
        if (r.element.ns !== LINK_NS || r.element.local !== 'footnote') continue;
        if (r.lang === undefined) {
          ctx.report({
            params: { label: r.label },
            loc: loc(r),
          });
        }
        if (r.role !== undefined && r.role !== FOOTNOTE_ROLE && !refs.has(r.role)) {
          ctx.report({
            code: 'xbrl.4.11.1.2:footnoteRole',
            params: { label: r.label, role: r.role },
            loc: loc(r),
          });
        }
      }
    }
  },
};

function labels(link: FootnoteLink) {
  const locs = new Set(link.locs.map((l) => l.label));
  const resources = new Map<string, boolean>(); // label -> all resources with it are link:footnote
  for (const r of link.resources) {
    const isFootnote = r.element.ns === LINK_NS && r.element.local === 'footnote';
    resources.set(r.label, (resources.get(r.label) ?? true) && isFootnote);
  }
  return { locs, resources };
}

/**
 * Footnote arcs: from and to name a locator or resource of the same link (section 3.5.3.9); a fact-footnote arc goes
 * from fact locators to footnote resources (section 4.11.1.3.1); another arcrole must be declared with an arcroleRef.
 */
export const footnoteArcs: Rule = {
  code: 'xbrl.4.11.1.3.1:factFootnoteArc',
  spec: 'XBRL 2.1 sections 4.11.1.3, 4.11.1.3.1, 3.5.3.9',
  severity: 'error',
  scope: 'instance',
  check(ctx: RuleContext) {
    const inst = ctx.instance;
    if (!inst) return;
    const arcroleRefs = new Set(inst.arcroleRefs.map((r) => r.uri));
    for (const link of inst.footnoteLinks) {
      const { locs, resources } = labels(link);
      for (const a of link.arcs) {
        for (const [side, label] of [
          ['from', a.from],
          ['to', a.to],
        ] as const) {
          if (!locs.has(label) && !resources.has(label)) {
            ctx.report({
              code: 'xbrl.3.5.3.9:arcResource',
              params: { side, label },
              loc: loc(a),
            });
          }
        }
        if (a.arcrole === FACT_FOOTNOTE) {
          if (resources.has(a.from)) {
            ctx.report({
              params: { from: a.from },
              loc: loc(a),
            });
          }
          if (locs.has(a.to) || resources.get(a.to) === false) {
            ctx.report({
              params: { to: a.to },
              loc: loc(a),
            });
          }
        } else if (a.arcrole === undefined || a.arcrole === '') {
          ctx.report({
            code: 'xbrl.4.11.1.3.1:footnoteArcrole',
            params: { missing: true },
            loc: loc(a),
          });
        } else if (!arcroleRefs.has(a.arcrole)) {
          ctx.report({
            code: 'xbrl.4.11.1.3.1:footnoteArcrole',
            params: { arcrole: a.arcrole },
            loc: loc(a),
          });
        }
      }
    }
  },
};
