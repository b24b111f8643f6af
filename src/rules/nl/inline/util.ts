/** Helpers of the NL-KVK rule modules: ix elements, inherited xml:lang, styles, the extension taxonomy. */
import type { CompiledTaxonomy, Concept } from '../../../compile/types.js';
import type { SourceLocation } from '../../../findings.js';
import { IX_NS } from '../../../ixbrl/extract.js';
import { ixDescendants, type IxElement } from '../../../ixbrl/xhtml.js';
import { XML_NS } from '../../../xml/parse.js';
import type { InlineContext, InlineDocument } from '../types.js';

export const SPEC_KVK = 'KvK Inline XBRL reporting manual / RTS SBR domain Handelsregister';
export const XBRLI = 'http://www.xbrl.org/2003/instance';
export const XBRLDI = 'http://xbrl.org/2006/xbrldi';
export const LINK = 'http://www.xbrl.org/2003/linkbase';
export const XHTML = 'http://www.w3.org/1999/xhtml';
export const WIDER_NARROWER = 'http://www.esma.europa.eu/xbrl/esef/arcrole/wider-narrower';
export const KVK_LANGS = ['nl', 'en', 'de', 'fr'];

export function ixLoc(el: IxElement): SourceLocation {
  return { file: el.doc.url, line: el.line, column: el.column };
}

/** All elements of a document, root first. */
export function allElements(d: InlineDocument): IxElement[] {
  return [d.doc.root, ...ixDescendants(d.doc.root)];
}

/** ix elements of a local name in every document. */
export function ixElements(ctx: InlineContext, ...locals: string[]): IxElement[] {
  const out: IxElement[] = [];
  for (const d of ctx.documents)
    for (const el of allElements(d)) if (el.ns === IX_NS && locals.includes(el.local)) out.push(el);
  return out;
}

/** Tagged facts: ix:nonFraction, ix:nonNumeric, ix:fraction. */
export function ixFacts(ctx: InlineContext): IxElement[] {
  return ixElements(ctx, 'nonFraction', 'nonNumeric', 'fraction');
}

/** The in-scope xml:lang of an element (inherited), or undefined. */
export function inheritedLang(el: IxElement | undefined): string | undefined {
  for (let e = el; e; e = e.parent) {
    const l = e.attrs.get(`{${XML_NS}}lang`) ?? (e.ns === XHTML ? e.attrs.get('lang') : undefined);
    if (l !== undefined) return l;
  }
  return undefined;
}

/** Whether the element is inside ix:hidden. */
export function inHidden(el: IxElement): boolean {
  for (let e = el.parent; e; e = e.parent) if (e.ns === IX_NS && e.local === 'hidden') return true;
  return false;
}

/** CSS declarations of a `style` attribute, property (lower case) -> value. */
export function styleOf(el: IxElement): Map<string, string> {
  const m = new Map<string, string>();
  for (const decl of (el.attrs.get('style') ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) m.set(decl.slice(0, i).trim().toLowerCase(), decl.slice(i + 1).trim());
  }
  return m;
}

/** The concept of an ix fact (its `name` QName resolved), as a key `{ns}local`. */
export function factConceptKey(el: IxElement): string | undefined {
  const name = el.attrs.get('name');
  if (!name) return undefined;
  const i = name.indexOf(':');
  const prefix = i >= 0 ? name.slice(0, i) : '';
  const ns = el.scope[prefix];
  return ns === undefined ? undefined : `{${ns}}${name.slice(i + 1)}`;
}

/** Concepts of the extension taxonomy. */
export function extensionConcepts(ctx: InlineContext): Concept[] {
  const t = ctx.taxonomy;
  if (!t) return [];
  return Object.values(t.concepts).filter(
    (c) => ctx.extensionNamespaces.has(c.namespace) && (c.kind === 'item' || c.kind === 'tuple'),
  );
}

/** Whether a concept is a dimension, hypercube or domain member of the dimensional model (not a line item). */
export function isDimensional(c: Concept): boolean {
  return c.substitutionGroups.some((g) => g.endsWith('}dimensionItem') || g.endsWith('}hypercubeItem'));
}

export function conceptName(c: Concept | undefined, key: string): string {
  return c ? c.name : key.replace(/^\{[^}]*\}/, '');
}

/** Relationships of an arcrole that the extension taxonomy defines (their linkbase is an extension document). */
export function extensionRelationships(
  ctx: InlineContext,
  arcrole: string,
): { role: string; from: string; to: string; attributes: Record<string, string>; loc: SourceLocation }[] {
  const t: CompiledTaxonomy | undefined = ctx.taxonomy;
  if (!t) return [];
  const out: { role: string; from: string; to: string; attributes: Record<string, string>; loc: SourceLocation }[] = [];
  for (const n of t.networks) {
    if (n.arcrole !== arcrole) continue;
    for (const r of n.relationships)
      if (ctx.isExtensionUrl(r.file))
        out.push({
          role: n.role,
          from: r.from,
          to: r.to,
          attributes: r.attributes,
          loc: { file: r.file, line: r.line, column: r.column },
        });
  }
  return out;
}

/** The {base}-{date}-{lang}.{extension} parts of a report file name (NL-KVK.3.6.3.1, 3.6.3.2). */
export function reportNameParts(name: string): { base: string; date: string; lang: string; ext: string } | undefined {
  const m = /^(.+)-(\d{4}-\d{2}-\d{2})-([a-z]{2})\.([A-Za-z]+)$/.exec(name);
  return m ? { base: m[1]!, date: m[2]!, lang: m[3]!, ext: m[4]! } : undefined;
}

/** {base}-{date}[_{suffix}][-{lang}].{extension} of an extension document name (NL-KVK.4.1.5.1, 4.1.5.2). */
export function extensionNameParts(name: string): { base: string } | undefined {
  const m = /^(.+?)-(\d{4}-\d{2}-\d{2})(_(cal|def|lab|pre|ref|for))?(-[a-z]{2})?\.(xsd|xml)$/.exec(name);
  return m ? { base: m[1]! } : undefined;
}

/** The local name of a concept key `{namespace}name`. */
export function localPart(key: string): string {
  return key.replace(/^\{[^}]*\}/, '');
}

/** ix:nonNumeric facts of the KvK concept `local` (an nltaxonomie.nl namespace) whose value is false (NL-KVK.7.1.4.2, 7.2.1.2). */
export function factsReportedFalse(ctx: InlineContext, local: string): IxElement[] {
  return ixElements(ctx, 'nonNumeric').filter((el) => {
    const k = factConceptKey(el) ?? '';
    return k.endsWith(`}${local}`) && /nltaxonomie\.nl/.test(k) && /^(false|0|nee)$/i.test(textOf(el).trim());
  });
}

/** Text content of an element and its descendants, in document order. */
export function textOf(el: IxElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
