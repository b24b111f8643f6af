/**
 * Tuple declaration rules (XBRL 2.1 section 4.9) and the schema-document checks that need the raw taxonomy
 * schemas rather than the compiled concepts (mixed content of a tuple's type, xs:redefine).
 *
 * Section 4.9: the content of a tuple is declared by references to global element declarations in the item or
 * tuple substitution groups (no local element declarations); a tuple's type must not have mixed content; tuples
 * must not have attributes in the namespaces the XBRL specification defines (xbrli, link, xlink, xl). Wildcards
 * (xs:any, erratum 2.8; xs:anyAttribute, conformance 104.10d3/d4) are allowed.
 */
import type { CompiledTaxonomy, Concept, Particle } from '../../../compile/types.js';
import type { Finding } from '../../../findings.js';
import { paramFinding } from '../../../messages/index.js';
import { NS } from '../../../dts/namespaces.js';
import { attr, parseXml, resolveQName, clark, type XmlElement } from '../../../xml/parse.js';
import { derived } from '../../../xml/document-cache.js';
import type { Rule } from '../../types.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const SPEC_49 = 'XBRL 2.1 section 4.9';
const ITEM = `{${NS.xbrli}}item`;
const TUPLE = `{${NS.xbrli}}tuple`;

function* elementParticles(p: Particle | undefined): Generator<Extract<Particle, { kind: 'element' }>> {
  if (!p) return;
  if (p.kind === 'element') yield p;
  else if (p.kind !== 'any') for (const c of p.particles) yield* elementParticles(c);
}

/** XBRL 2.1 section 4.9: tuple content consists of references to global item or tuple declarations. */
export const tupleContent: Rule = {
  code: 'xbrl.4.9:tupleContent',
  spec: SPEC_49,
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const c of Object.values(ctx.taxonomy.concepts)) {
      if (c.kind !== 'tuple' || !c.content) continue;
      for (const p of elementParticles(c.content)) {
        if (p.ref.startsWith('#local:')) {
          ctx.report({
            params: { concept: ctx.label(c.key), local: p.ref.slice(7) },
            loc: c,
          });
        } else if (!p.ref.startsWith('#')) {
          const target = ctx.taxonomy.concepts[p.ref];
          // The heads themselves are members of their substitution groups (conformance 397: refs to xbrli:item).
          if (target && target.kind !== 'item' && target.kind !== 'tuple' && p.ref !== ITEM && p.ref !== TUPLE) {
            ctx.report({
              params: { concept: ctx.label(c.key), element: target.name },
              loc: c,
            });
          }
        }
      }
    }
  },
};

/** Namespaces in which a tuple must not have attributes (XBRL 2.1 section 4.9). */
const XBRL_NAMESPACES: string[] = [NS.xbrli, NS.link, NS.xlink, NS.xl];

/** XBRL 2.1 section 4.9: tuples have no attributes in the XBRL-defined namespaces. */
export const tupleAttributes: Rule = {
  code: 'xbrl.4.9:tupleAttribute',
  spec: SPEC_49,
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const c of Object.values(ctx.taxonomy.concepts)) {
      if (c.kind !== 'tuple') continue;
      const keys = new Set([...Object.keys(c.attributeTypes ?? {}), ...Object.keys(c.attributeDefaults ?? {})]);
      for (const k of keys) {
        const ns = /^\{([^}]*)\}/.exec(k)?.[1];
        if (ns !== undefined && XBRL_NAMESPACES.includes(ns)) {
          ctx.report({
            params: { concept: ctx.label(c.key), attribute: k },
            loc: c,
          });
        }
      }
    }
  },
};

export const tupleRules: Rule[] = [tupleContent, tupleAttributes];

/** A schema document's URL and bytes. */
export interface SchemaBytes {
  url: string;
  bytes: Uint8Array | string;
}

const decoder = new TextDecoder();
const textOf = (b: Uint8Array | string): string => (typeof b === 'string' ? b : decoder.decode(b));

/**
 * The parsed root of a schema document whose text contains `mixed=` or `redefine`, else (or when it does not parse)
 * undefined. Derived from the bytes alone, so kept with them by the document cache (src/xml/document-cache.ts): the
 * standard schemas of every DTS of a batch or suite are decoded and parsed here once.
 */
function schemaRootOf(s: SchemaBytes): XmlElement | undefined {
  const scan = (): XmlElement | undefined => {
    const text = textOf(s.bytes);
    if (!/\bmixed\s*=/.test(text) && !/redefine\b/.test(text)) return undefined;
    try {
      return parseXml(text, s.url).root;
    } catch {
      return undefined;
    }
  };
  return typeof s.bytes === 'string' ? scan() : derived('tuple-schema-root', s.url, s.bytes, scan);
}

/**
 * Checks of the taxonomy schema documents themselves that the compiled concepts do not carry:
 * `xbrl.5.1:redefine` (xs:redefine must not be used, XBRL 2.1 section 5.1, erratum 30) and
 * `xbrl.4.9:tupleMixed` (a tuple's type must not have mixed content, section 4.9). Only documents whose text
 * contains `redefine` or `mixed` are parsed.
 */
export function tupleSchemaFindings(taxonomy: CompiledTaxonomy, schemas: SchemaBytes[]): Finding[] {
  const out: Finding[] = [];
  const complexTypes = new Map<string, XmlElement>();
  const elements = new Map<string, XmlElement>();
  for (const s of schemas) {
    const root = schemaRootOf(s);
    if (!root || root.ns !== XS || root.local !== 'schema') continue;
    const tns = attr(root, 'targetNamespace') ?? '';
    for (const c of root.children) {
      if (c.ns !== XS) continue;
      if (c.local === 'redefine') {
        out.push(
          paramFinding(
            'xbrl.5.1:redefine',
            'error',
            { schemaLocation: attr(c, 'schemaLocation') ?? '?' },
            { file: s.url, line: c.line, column: c.column },
            'XBRL 2.1 section 5.1',
          ),
        );
      } else if (c.local === 'complexType' && attr(c, 'name')) complexTypes.set(clark(tns, attr(c, 'name')!), c);
      else if (c.local === 'element' && attr(c, 'name')) elements.set(clark(tns, attr(c, 'name')!), c);
    }
  }
  if (complexTypes.size === 0 && elements.size === 0) return out;
  const isMixed = (ct: XmlElement | undefined): boolean => {
    if (!ct) return false;
    if (/^\s*(true|1)\s*$/.test(attr(ct, 'mixed') ?? '')) return true;
    const cc = ct.children.find((x) => x.ns === XS && x.local === 'complexContent');
    return !!cc && /^\s*(true|1)\s*$/.test(attr(cc, 'mixed') ?? '');
  };
  for (const c of Object.values(taxonomy.concepts) as Concept[]) {
    if (c.kind !== 'tuple') continue;
    const el = elements.get(c.key);
    let ct: XmlElement | undefined;
    if (el) ct = el.children.find((x) => x.ns === XS && x.local === 'complexType');
    if (!ct && c.type && c.type !== '#anonymous') ct = complexTypes.get(c.type);
    if (!ct && el) {
      const q = attr(el, 'type') ? resolveQName(el, attr(el, 'type')!) : undefined;
      if (q) ct = complexTypes.get(clark(q.ns, q.local));
    }
    if (isMixed(ct)) {
      out.push(
        paramFinding(
          'xbrl.4.9:tupleMixed',
          'error',
          { concept: c.name },
          { file: c.file, line: c.line, column: c.column },
          SPEC_49,
        ),
      );
    }
  }
  return out;
}
