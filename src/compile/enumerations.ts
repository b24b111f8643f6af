/**
 * The compiled enumeration model (Extensible Enumerations 1.0, REC 2014-10-29, and 2.0, REC 2020-02-12): for every
 * enumeration concept of the DTS, its `enum:`/`enum2:` domain, linkrole and headUsable attributes and the usable
 * members of its domain of allowed values, so that checking an enumeration fact is a set lookup. Plain JSON data,
 * carried by the validator artifact as the `enumerations` section.
 *
 * Which concepts are enumeration concepts follows from the type derivation chain (1.0 section 2: "a concept with type
 * enum:enumerationItemType, or a type derived from this"; 2.0 section 3), which needs the schema documents; the
 * domain of allowed values (1.0 section 2, 2.0 section 4) follows from the domain-member networks alone. The two steps
 * are separate so that layering an extension on an artifact (src/artifact/layer.ts) reads only the extension's
 * schemas and recomputes the domains over the merged networks (an extension may add members to a base domain: that
 * is what makes the enumerations extensible).
 */
import { NS } from '../dts/namespaces.js';
import { attr, clark, resolveQName, type XmlDocument, type XmlElement } from '../xml/parse.js';
import { ARCROLE, consecutiveRole, isUsable, XdtRelationshipIndex, type RoleRel } from './dimensions.js';
import type {
  CompiledTaxonomy,
  EnumerationConcept,
  EnumerationDeclaration,
  EnumerationModel,
  EnumerationType,
} from './types.js';

// The model's shapes are plain data of the compiled taxonomy (src/compile/types.ts); re-exported for their readers.
export type { EnumerationConcept, EnumerationDeclaration, EnumerationModel, EnumerationType } from './types.js';

/** Extensible Enumerations 1.0 namespace (prefix `enum`). */
export const ENUM1_NS = 'http://xbrl.org/2014/extensible-enumerations';
/** Extensible Enumerations 2.0 namespace (prefix `enum2`). */
export const ENUM2_NS = 'http://xbrl.org/2020/extensible-enumerations-2.0';

/** The base types of the two specifications, by expanded name. */
export const ENUMERATION_BASE_TYPES: Readonly<Record<string, EnumerationType>> = {
  [clark(ENUM1_NS, 'enumerationItemType')]: { version: 1, set: false },
  [clark(ENUM2_NS, 'enumerationItemType')]: { version: 2, set: false },
  [clark(ENUM2_NS, 'enumerationSetItemType')]: { version: 2, set: true },
};

/** A schema document as discovery gives it (src/dts/discover.ts DtsDocument). */
export interface SchemaInput {
  doc: XmlDocument;
  kind: 'schema' | 'linkbase' | 'other';
  targetNamespace?: string;
}

const XS = NS.xs;

/** `base` of the restriction/extension of a complex or simple type element, resolved; undefined when there is none. */
function baseOf(typeEl: XmlElement): string | undefined {
  const derivation = (parent: XmlElement): XmlElement | undefined =>
    parent.children.find((x) => x.ns === XS && (x.local === 'restriction' || x.local === 'extension'));
  let der: XmlElement | undefined;
  if (typeEl.local === 'simpleType') der = derivation(typeEl);
  else {
    const content = typeEl.children.find(
      (x) => x.ns === XS && (x.local === 'simpleContent' || x.local === 'complexContent'),
    );
    if (content) der = derivation(content);
  }
  const base = der ? attr(der, 'base') : undefined;
  if (base === undefined) return undefined;
  const q = resolveQName(der!, base);
  return q ? clark(q.ns, q.local) : undefined;
}

/**
 * Enumeration declarations of the concepts declared in `schemas` (global `xs:element`s in the item substitution group
 * of `concepts` whose type is, or derives from, an enumeration base type).
 * @param inheritedTypes enumeration types known from elsewhere (a compiled base taxonomy), for derivations through them
 * @returns the enumeration types named in `schemas` and the declarations by concept key
 */
export function enumerationDeclarations(
  schemas: Iterable<SchemaInput>,
  concepts: CompiledTaxonomy['concepts'],
  inheritedTypes: Record<string, EnumerationType> = {},
): { types: Record<string, EnumerationType>; declarations: Record<string, EnumerationDeclaration> } {
  const typeEls = new Map<string, XmlElement>();
  const elements: { el: XmlElement; key: string }[] = [];
  for (const d of schemas) {
    if (d.kind !== 'schema') continue;
    const tns = d.targetNamespace ?? attr(d.doc.root, 'targetNamespace') ?? '';
    for (const c of d.doc.root.children) {
      if (c.ns !== XS) continue;
      const name = attr(c, 'name');
      if (!name) continue;
      if (c.local === 'complexType' || c.local === 'simpleType') {
        const k = clark(tns, name);
        if (!typeEls.has(k)) typeEls.set(k, c);
      } else if (c.local === 'element') elements.push({ el: c, key: clark(tns, name) });
    }
  }
  const memo = new Map<string, EnumerationType | null>();
  const typeOf = (start: string | undefined): EnumerationType | undefined => {
    const chain: string[] = [];
    let key = start;
    let found: EnumerationType | undefined;
    for (let i = 0; key !== undefined && i < 64; i++) {
      const known = ENUMERATION_BASE_TYPES[key] ?? inheritedTypes[key];
      if (known) {
        found = known;
        break;
      }
      const m = memo.get(key);
      if (m !== undefined) {
        found = m ?? undefined;
        break;
      }
      chain.push(key);
      const el = typeEls.get(key);
      key = el ? baseOf(el) : undefined;
    }
    for (const k of chain) memo.set(k, found ?? null);
    return found;
  };

  const types: Record<string, EnumerationType> = {};
  for (const k of [...typeEls.keys()].sort()) {
    const t = typeOf(k);
    if (t) types[k] = { version: t.version, set: t.set };
  }
  const declarations: Record<string, EnumerationDeclaration> = {};
  for (const { el, key } of elements) {
    const c = concepts[key];
    if (!c || c.kind !== 'item' || declarations[key]) continue;
    let t: EnumerationType | undefined;
    if (c.type && c.type !== '#anonymous') t = typeOf(c.type);
    else {
      const anon = el.children.find((x) => x.ns === XS && (x.local === 'complexType' || x.local === 'simpleType'));
      t = anon ? typeOf(baseOf(anon)) : undefined;
    }
    if (!t) continue;
    const ns = t.version === 1 ? ENUM1_NS : ENUM2_NS;
    const decl: EnumerationDeclaration = { version: t.version, set: t.set, headUsable: false };
    const domain = attr(el, 'domain', ns);
    if (domain !== undefined) {
      decl.domainQName = domain;
      const q = resolveQName(el, domain);
      if (q) decl.domain = clark(q.ns, q.local);
    }
    const linkrole = attr(el, 'linkrole', ns);
    if (linkrole !== undefined) decl.linkrole = linkrole.trim().replace(/\s+/g, ' ');
    const hu = attr(el, 'headUsable', ns)?.trim();
    decl.headUsable = hu === 'true' || hu === '1';
    declarations[key] = decl;
  }
  return { types, declarations };
}

/**
 * The domain of allowed values of one declaration (1.0 section 2, 2.0 section 4): usable members reached from the
 * domain head by domain-member relationships in the linkrole, following xbrldt:targetRole; a member that is the
 * target of any of these relationships with xbrldt:usable="false" is not usable (XBRL Dimensions 1.0 section 2.5.3.3).
 * Incoming relationships of the head are not considered; the head is a member only when headUsable.
 */
function domainOfAllowedValues(idx: XdtRelationshipIndex, d: EnumerationDeclaration): string[] {
  if (d.domain === undefined || d.linkrole === undefined) return [];
  const usable = new Set<string>();
  const unusable = new Set<string>();
  const seen = new Set<string>([`${d.domain}\u0000${d.linkrole}`]);
  const stack: RoleRel[][] = [idx.from(ARCROLE.domainMember, d.linkrole, d.domain)];
  while (stack.length) {
    for (const r of stack.pop()!) {
      (isUsable(r.rel) ? usable : unusable).add(r.rel.to);
      const next = consecutiveRole(r);
      const sk = `${r.rel.to}\u0000${next}`;
      if (seen.has(sk)) continue;
      seen.add(sk);
      stack.push(idx.from(ARCROLE.domainMember, next, r.rel.to));
    }
  }
  for (const u of unusable) usable.delete(u);
  usable.delete(d.domain);
  if (d.headUsable) usable.add(d.domain);
  return [...usable].sort();
}

/**
 * Compiles the enumeration model of a DTS.
 * @param tax the compiled taxonomy (concepts and networks are read)
 * @param schemas the DTS documents (only schemas are read), or for layering the extension's documents
 * @param base the enumeration model of a compiled base taxonomy, when layering: its declarations are kept and its
 *   types are known, and every domain is recomputed over `tax.networks`
 * @returns the model; undefined when the DTS has no enumeration concept and no enumeration type
 */
export function compileEnumerations(
  tax: Pick<CompiledTaxonomy, 'concepts' | 'networks'>,
  schemas: Iterable<SchemaInput>,
  base?: EnumerationModel,
): EnumerationModel | undefined {
  const docs = [...schemas];
  // no enumeration type can exist without one of the two specification schemas in the DTS (or a compiled base)
  if (
    !base &&
    !docs.some((d) => d.kind === 'schema' && (d.targetNamespace === ENUM1_NS || d.targetNamespace === ENUM2_NS))
  )
    return undefined;
  const { types, declarations } = enumerationDeclarations(docs, tax.concepts, base?.types);
  const all: Record<string, EnumerationDeclaration> = {};
  if (base)
    for (const [k, c] of Object.entries(base.concepts)) {
      const { members: _members, ...decl } = c;
      all[k] = decl;
    }
  Object.assign(all, declarations);
  const keys = Object.keys(all).sort();
  const allTypes = { ...(base?.types ?? {}), ...types };
  if (!keys.length && !Object.keys(allTypes).length) return undefined;
  const idx = keys.length ? new XdtRelationshipIndex(tax) : undefined;
  const concepts: Record<string, EnumerationConcept> = {};
  for (const k of keys) concepts[k] = { ...all[k]!, members: domainOfAllowedValues(idx!, all[k]!) };
  const sortedTypes: Record<string, EnumerationType> = {};
  for (const k of Object.keys(allTypes).sort()) sortedTypes[k] = allTypes[k]!;
  return { types: sortedTypes, concepts };
}

const memberSets = new WeakMap<EnumerationConcept, Set<string>>();

/** The domain of allowed values of an enumeration concept as a Set (built once per compiled concept). */
export function allowedMembers(c: EnumerationConcept): Set<string> {
  let s = memberSets.get(c);
  if (!s) memberSets.set(c, (s = new Set(c.members)));
  return s;
}
