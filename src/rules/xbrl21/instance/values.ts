/**
 * Fact values (XBRL 2.1 section 4.6 with section 5.1.1 item types; XML Schema Part 2): the value of a non-nil item
 * must be valid for the concept's simple type; a fraction item has a numerator and a non-zero denominator; segment and
 * scenario content is validated laxly (section 4.7.3.2, 4.7.4: an element the DTS declares must be valid for its type).
 */
import { checkSimpleValueReason } from '../../../xml/xsd-datatypes.js';
import { clark, type XmlElement } from '../../../xml/parse.js';
import type { Rule } from '../../types.js';
import { XBRLI_NS, itemConcept, loc, qnameText } from './util.js';

const resolver = (el: XmlElement) => (prefix: string) =>
  prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : el.scope[prefix];

function shown(v: string): string {
  const t = v.trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

const DECIMAL_RE = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;

/** The value of every non-nil item is valid for its concept's type (XML Schema validation of the fact element). */
export const factValue: Rule = {
  code: 'xmlSchema:valueError',
  spec: 'XBRL 2.1 sections 4.6 and 5.1.1; XML Schema Part 2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const f of ctx.instance?.facts ?? []) {
      const c = itemConcept(ctx, f);
      if (!c) continue;
      if (f.nil) continue;
      const name = ctx.label(f.concept);
      if (c.fraction) {
        const num = f.numerator;
        const den = f.denominator;
        if (num === undefined || den === undefined) {
          ctx.report({
            params: { kind: 'fractionParts', concept: name },
            loc: loc(f),
          });
          continue;
        }
        if (!DECIMAL_RE.test(num.trim())) {
          ctx.report({
            params: { kind: 'fractionPart', concept: name, part: 'numerator', value: shown(num) },
            loc: loc(f),
          });
        }
        if (!DECIMAL_RE.test(den.trim())) {
          ctx.report({
            params: { kind: 'fractionPart', concept: name, part: 'denominator', value: shown(den) },
            loc: loc(f),
          });
        } else if (!/[1-9]/.test(den)) {
          ctx.report({
            params: { kind: 'fractionPart', concept: name, part: 'denominator', value: shown(den), zero: true },
            loc: loc(f),
          });
        }
        continue;
      }
      if (f.element.children.length > 0 && !c.complexContent) {
        ctx.report({
          code: 'xbrl.5.1.1:itemMixedContent',
          params: { concept: name, child: qnameText(f.element.children[0]!) },
          loc: loc(f),
        });
        continue;
      }
      if (!c.valueType) continue;
      const reason = checkSimpleValueReason(f.value, c.valueType, resolver(f.element));
      if (reason !== undefined) {
        ctx.report({ params: { concept: name, value: shown(f.value), reason }, loc: loc(f) });
      }
    }
  },
};

/**
 * Lax validation of segment and scenario content (sections 4.7.3.2 and 4.7.4 declare it `processContents="lax"`):
 * an element that the DTS declares with a simple type must have a valid value.
 */
export const contextContentValue: Rule = {
  code: 'xmlSchema:valueError',
  spec: 'XBRL 2.1 sections 4.7.3.2 and 4.7.4; XML Schema Part 1 section 3.10.1 (lax processing)',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const context of inst.contexts.values()) {
      for (const container of [context.segment, context.scenario]) {
        if (!container) continue;
        const stack = [...container.children];
        while (stack.length) {
          const el = stack.pop()!;
          stack.push(...el.children);
          if (el.ns === XBRLI_NS || el.children.length > 0) continue;
          const c = ctx.taxonomy.concepts[clark(el.ns, el.local)];
          if (!c?.valueType) continue;
          // xsi:nil="true" on a nillable declaration: the element has no value to validate (XML Schema Part 1
          // section 3.3.4, Validation Rule: Element Locally Valid (Element) 3.2)
          const nil = el.attrs.get('{http://www.w3.org/2001/XMLSchema-instance}nil')?.trim();
          if (c.nillable && (nil === 'true' || nil === '1') && el.text === '') continue;
          const reason = checkSimpleValueReason(el.text, c.valueType, resolver(el));
          if (reason !== undefined) {
            ctx.report({
              params: {
                kind: 'context',
                container: container.local,
                context: context.id,
                element: qnameText(el),
                value: shown(el.text),
                reason,
              },
              loc: { file: el.doc.url, line: el.line, column: el.column },
            });
          }
        }
      }
    }
  },
};
