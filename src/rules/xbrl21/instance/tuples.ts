/**
 * Tuples (XBRL 2.1 section 4.9): content conforms to the tuple's declared content model, and a tuple carries none
 * of the item attributes (contextRef, unitRef, precision, decimals) nor attributes of the XBRL namespaces.
 */
import { matchContent } from '../../../instance/content-model.js';
import type { Rule } from '../../types.js';
import { LINK_NS, XBRLI_NS, XLINK_NS, XL_NS, loc, tuples } from './util.js';

const ITEM_ATTRIBUTES = ['contextRef', 'unitRef', 'precision', 'decimals'];
const RESERVED_NS = new Set([XBRLI_NS, LINK_NS, XLINK_NS, XL_NS]);

/** The children of a (non-nil) tuple match its content model; a tuple has no text content (section 4.9). */
export const tupleContent: Rule = {
  code: 'xbrl.4.9:tupleContent',
  spec: 'XBRL 2.1 section 4.9; XML Schema Part 1 section 3.8',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const concepts = ctx.taxonomy.concepts;
    const accepts = (ref: string, key: string) =>
      ref === key || (concepts[key]?.substitutionGroups.includes(ref) ?? false);
    for (const [f, c] of tuples(ctx)) {
      if (f.nil) continue;
      const name = ctx.label(f.concept);
      if (f.element.text.trim() !== '') {
        ctx.report({ params: { concept: name, text: true }, loc: loc(f) });
      }
      if (!c.content) continue;
      const keys = f.children.map((ch) => ch.concept);
      const m = matchContent(c.content, keys, accepts);
      if (m.ok) continue;
      const expected = m.expected.map((k) => ctx.label(k));
      if (m.failAt < f.children.length) {
        const ch = f.children[m.failAt]!;
        ctx.report({
          params: { concept: name, child: ctx.label(ch.concept), expected },
          loc: loc(ch),
        });
      } else {
        ctx.report({
          params: { concept: name, incomplete: true, expected },
          loc: loc(f),
        });
      }
    }
  },
};

/** A tuple has no contextRef, unitRef, precision or decimals, and no attributes in the xbrli, link, xlink or xl namespaces (section 4.9). */
export const tupleAttributes: Rule = {
  code: 'xbrl.4.9:tupleAttributes',
  spec: 'XBRL 2.1 section 4.9',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const [f] of tuples(ctx)) {
      const name = ctx.label(f.concept);
      for (const a of ITEM_ATTRIBUTES) {
        if (f.element.attrs.has(a)) ctx.report({ params: { concept: name, attribute: a }, loc: loc(f) });
      }
      for (const key of f.element.attrs.keys()) {
        const m = /^\{([^}]*)\}(.*)$/.exec(key);
        if (m && RESERVED_NS.has(m[1]!)) {
          ctx.report({
            params: { concept: name, attribute: m[2], namespace: m[1] },
            loc: loc(f),
          });
        }
      }
    }
  },
};
