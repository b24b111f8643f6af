/**
 * Identifiers (XML Schema xs:ID; XBRL 2.1 sections 4.7.1 and 4.8.1): the id of every context, unit, fact and
 * footnote link element is unique within the instance document.
 */
import type { XmlElement } from '../../../xml/parse.js';
import { attr } from '../../../xml/parse.js';
import type { Rule } from '../../types.js';
import { LINK_NS, XBRLI_NS, qnameText } from './util.js';

export const uniqueIds: Rule = {
  code: 'xmlSchema:duplicateId',
  spec: 'XML Schema Part 2 section 3.3.8 (ID); XBRL 2.1 sections 4.7.1, 4.8.1',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    // elements whose id attribute is an xs:ID: the children of xbrli:xbrl, facts in tuples, and footnote link content
    const candidates: XmlElement[] = [];
    for (const el of inst.root.children) {
      candidates.push(el);
      if (el.ns === LINK_NS && el.local === 'footnoteLink') candidates.push(...el.children);
    }
    for (const f of inst.facts) if (f.parent) candidates.push(f.element);
    candidates.sort((a, b) => a.line - b.line || a.column - b.column);
    const first = new Map<string, XmlElement>();
    for (const el of candidates) {
      const id = attr(el, 'id')?.trim();
      if (!id) continue;
      const prev = first.get(id);
      if (!prev) {
        first.set(id, el);
        continue;
      }
      const both = (local: string) =>
        el.ns === XBRLI_NS && el.local === local && prev.ns === XBRLI_NS && prev.local === local;
      const code = both('context') ? 'xbrl.4.7.1:contextId' : both('unit') ? 'xbrl.4.8.1:unitId' : undefined;
      ctx.report({
        ...(code ? { code } : {}),
        params: { id, element: qnameText(el), previous: qnameText(prev), line: prev.line },
        loc: { file: el.doc.url, line: el.line, column: el.column },
      });
    }
  },
};
