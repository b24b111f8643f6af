/**
 * Attribute values of facts, contexts and units (XML Schema Part 1 section 3.10.1, lax wildcard processing; XML
 * Schema Part 2). The xbrli item and tuple types, and the context and unit content, allow attributes from other
 * namespaces with `processContents="lax"`: an attribute that the DTS declares globally must be valid for its type.
 * Unqualified attributes that a concept's type declares beyond the standard XBRL ones (checked by other rules) must
 * be valid for their declared types too.
 */
import type { SimpleType } from '../../../compile/types.js';
import { checkSimpleValueReason } from '../../../xml/xsd-datatypes.js';
import type { XmlElement } from '../../../xml/parse.js';
import type { Rule, RuleContext } from '../../types.js';
import { qnameText } from './util.js';

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Unqualified fact attributes whose values other rules check (ids, references, decimals/precision). */
const STANDARD_FACT_ATTRS = new Set(['id', 'contextRef', 'unitRef', 'decimals', 'precision']);

const resolver = (el: XmlElement) => (prefix: string) =>
  prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : el.scope[prefix];

function shown(v: string): string {
  const t = v.trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

function attrText(el: XmlElement, key: string): string {
  if (!key.startsWith('{')) return key;
  const i = key.indexOf('}');
  const ns = key.slice(1, i);
  const local = key.slice(i + 1);
  if (ns === 'http://www.w3.org/XML/1998/namespace') return `xml:${local}`;
  const prefix = Object.keys(el.scope).find((p) => p && el.scope[p] === ns);
  return prefix ? `${prefix}:${local}` : key;
}

/**
 * Checks the attributes of `el`: qualified ones against the element's own attribute types, then the global
 * attribute declarations; unqualified ones (other than `skip`) against the element's own attribute types.
 */
function checkAttributes(
  ctx: RuleContext,
  el: XmlElement,
  own: Record<string, SimpleType> | undefined,
  global: Record<string, SimpleType>,
  where: () => { of: 'fact' | 'context' | 'unit'; name: string; element?: string },
  skip?: Set<string>,
) {
  if (el.attrs.size === 0) return;
  // (forEach: iterating the attributes made a [key, value] pair and an iterator result for each)
  el.attrs.forEach((v, k) => {
    let t: SimpleType | undefined;
    if (k.startsWith('{')) {
      if (k.startsWith(`{${XSI_NS}}`) || k.startsWith(`{${XMLNS_NS}}`)) return;
      t = own?.[k] ?? global[k];
    } else {
      if (skip?.has(k)) return;
      t = own?.[k];
    }
    if (!t) return;
    const reason = checkSimpleValueReason(v, t, resolver(el));
    if (reason !== undefined) {
      ctx.report({
        params: { kind: 'attribute', where: where(), attribute: attrText(el, k), value: shown(v), reason },
        loc: { file: el.doc.url, line: el.line, column: el.column },
      });
    }
  });
}

/** Attributes of facts, contexts and units (and their descendants) are valid for the types the DTS declares. */
export const attributeValues: Rule = {
  code: 'xmlSchema:valueError',
  spec: 'XML Schema Part 1 section 3.10.1 (lax attribute wildcards of XBRL 2.1 sections 4.6, 4.7, 4.8, 4.9); XML Schema Part 2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const global = ctx.taxonomy.attributes ?? {};
    const anyGlobal = Object.keys(global).length > 0;
    for (const f of inst.facts) {
      const c = ctx.taxonomy.concepts[f.concept];
      const own = c?.attributeTypes;
      if (!own && !anyGlobal) continue;
      checkAttributes(
        ctx,
        f.element,
        own,
        global,
        () => ({ of: 'fact', name: ctx.label(f.concept) }),
        STANDARD_FACT_ATTRS,
      );
    }
    if (!anyGlobal) return;
    // (the subject of a message is only written when there is a finding)
    const walk = (root: XmlElement, where: () => { of: 'context' | 'unit'; name: string }) => {
      const stack = [root];
      while (stack.length) {
        const el = stack.pop()!;
        stack.push(...el.children);
        const decl = el === root ? undefined : ctx.taxonomy.concepts[el.ns ? `{${el.ns}}${el.local}` : el.local];
        checkAttributes(
          ctx,
          el,
          decl?.attributeTypes,
          global,
          el === root ? where : () => ({ ...where(), element: qnameText(el) }),
          undefined,
        );
      }
    };
    for (const context of inst.contexts.values()) walk(context.element, () => ({ of: 'context', name: context.id }));
    for (const unit of inst.units.values()) walk(unit.element, () => ({ of: 'unit', name: unit.id }));
  },
};
