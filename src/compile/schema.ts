/**
 * The schema side of a DTS (XBRL 2.1 sections 5.1 and 5.1.3): global element declarations become concepts
 * (item or tuple through substitution-group chains, XBRL 2.1 section 4.6/4.9), named and anonymous types are
 * flattened to simple types with their facets down to XML Schema built-ins, tuple content models become
 * particles, and `link:roleType` / `link:arcroleType` declarations are collected.
 */
import type { ArcroleType, Concept, Facets, Particle, RoleType, SimpleType } from './types.js';
import type { Finding } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { attr, clark, resolveQName, resolveUrl, baseUrl, type XmlElement } from '../xml/parse.js';
import { documentKey, type Dts } from '../dts/discover.js';
import { ITEM, NS, TUPLE } from '../dts/namespaces.js';
import { isNumericBuiltin } from '../xml/xsd-datatypes.js';

const XS = NS.xs;
const XBRLI = NS.xbrli;

/** Built-in list types of XML Schema and their item types. */
const BUILTIN_LISTS: Record<string, string> = { NMTOKENS: 'NMTOKEN', IDREFS: 'IDREF', ENTITIES: 'ENTITY' };

export interface SchemaModel {
  concepts: Record<string, Concept>;
  types: Record<string, SimpleType>;
  roleTypes: Record<string, RoleType>;
  arcroleTypes: Record<string, ArcroleType>;
  /** Global element declarations by key (for locator targets and typed domains). */
  elements: Map<string, XmlElement>;
  /** Simple types of global attribute declarations by key (for comparing arc attribute values by value). */
  attributeTypes: Map<string, SimpleType>;
  findings: Finding[];
}

interface Declared {
  el: XmlElement;
  tns: string;
}

function loc(el: XmlElement) {
  return { file: el.doc.url, line: el.line, column: el.column };
}

/** Options of `buildSchemaModel`. */
export interface SchemaModelOptions {
  /**
   * Schemas whose global element declarations are known (for substitution-group chains, typed domains and
   * `elements`) but become no concept: layering (src/artifact/layer.ts) passes its stubs of base documents, whose
   * concepts it takes from the compiled base and would discard. Default: none.
   */
  declarationsOnly?: (url: string) => boolean;
}

/**
 * Builds concepts, types and role/arcrole types of every schema in the DTS (XBRL 2.1 section 5.1).
 * @returns the `SchemaModel`; concepts keyed by Clark name (`{ns}local`); problems as findings, never thrown
 */
export function buildSchemaModel(dts: Dts, options: SchemaModelOptions = {}): SchemaModel {
  // per document, asked once
  const skipDoc = new Map<XmlElement['doc'], boolean>();
  const skip = (el: XmlElement): boolean => {
    if (!options.declarationsOnly) return false;
    let v = skipDoc.get(el.doc);
    if (v === undefined) skipDoc.set(el.doc, (v = options.declarationsOnly(el.doc.url)));
    return v;
  };
  const findings: Finding[] = [];
  const b = new SchemaBuilder();
  const { elements, typeDecls, attributeDecls } = b;
  // what the DTS's specification schemas give, from an earlier DTS with the same ones (see `specificationSignature`)
  const signature = options.declarationsOnly ? undefined : specificationSignature(dts);
  const known = signature === undefined ? undefined : specModels.get(signature);
  if (known) {
    specModels.delete(signature!); // re-inserted: most recently used last
    specModels.set(signature!, known);
  }
  const roleTypes: Record<string, RoleType> = {};
  const arcroleTypes: Record<string, ArcroleType> = {};

  for (const d of dts.documents.values()) {
    if (d.kind !== 'schema') continue;
    const tnsAttr = attr(d.doc.root, 'targetNamespace');
    if (tnsAttr !== undefined && tnsAttr.trim() === '') {
      // XBRL 2.1 section 5.1 (and XML Schema: a targetNamespace attribute must not be empty)
      findings.push(
        paramFinding('xbrl.5.1:targetNamespaceEmpty', 'error', {}, loc(d.doc.root), 'XBRL 2.1 section 5.1'),
      );
    }
    b.declareGlobals(d.doc.root, d.targetNamespace ?? '', roleTypes, arcroleTypes, findings);
  }

  // ---- concepts ----
  if (known) b.seedSimpleTypes(known.types);
  const concepts: Record<string, Concept> = {};
  for (const [key, { el, tns }] of elements) {
    if (skip(el)) continue;
    const k = known?.concepts.get(key);
    concepts[key] = k && k.el === el ? k.concept : b.conceptOf(key, el, tns);
  }

  // typed domain targets
  for (const c of Object.values(concepts)) {
    if (!c.typedDomainRef) continue;
    const target = resolveElementPointer(c.typedDomainRef.url, dts, elements);
    if (target) c.typedDomainRef.target = target;
  }

  const types: Record<string, SimpleType> = {};
  for (const key of typeDecls.keys()) {
    const t = b.simpleTypeByKey(key);
    if (t) types[key] = t;
  }
  if (signature !== undefined && !known) recordSpecificationModel(signature, b, concepts);
  const elementEls = new Map<string, XmlElement>();
  for (const [k, d] of elements) elementEls.set(k, d.el);
  const attributeTypes = new Map<string, SimpleType>();
  for (const [k, d] of attributeDecls) {
    const t = b.attributeDeclType(d.el);
    if (t) attributeTypes.set(k, t);
  }
  return { concepts, types, roleTypes, arcroleTypes, elements: elementEls, attributeTypes, findings };
}

/**
 * What the specification schemas of a DTS (xbrl-instance, xbrl-linkbase, xl, xlink, xbrldt, ...: documents under
 * xbrl.org and w3.org) give: their concepts and the simple types of their named types, by key, with the declaration
 * each was derived from. Every DTS of a conformance suite or a batch has them; derived once per set of documents.
 */
interface SpecificationModel {
  concepts: Map<string, { el: XmlElement; concept: Concept }>;
  types: Map<string, { el: XmlElement; type: SimpleType | null }>;
}

/** By `specificationSignature`, least recently used first out. Shared: concepts and types are never modified. */
const specModels = new Map<string, SpecificationModel>();
const MAX_SPEC_MODELS = 8;
const SPEC_DOCUMENT = /^https?:\/\/(?:www\.)?(?:xbrl\.org|w3\.org)\//i;
const docIds = new WeakMap<XmlElement['doc'], number>();
let nextDocId = 0;
/** The namespaces bound anywhere in a document (every namespace its QName values can name), and ''. */
const boundNamespaces = new WeakMap<XmlElement['doc'], Set<string>>();

function namespacesBoundIn(doc: XmlElement['doc']): Set<string> {
  let out = boundNamespaces.get(doc);
  if (out) return out;
  out = new Set<string>(['']);
  const stack = [doc.root];
  while (stack.length) {
    const e = stack.pop()!;
    for (const p in e.scope) out.add(e.scope[p]!);
    for (const c of e.children) stack.push(c);
  }
  boundNamespaces.set(doc, out);
  return out;
}

/**
 * The identity of a DTS's specification schemas (each parsed document, its URL and namespace, in DTS order) when what
 * they give does not depend on the DTS's other schemas, else undefined. It does not when no other schema declares
 * anything in a namespace that a specification schema declares or names (every namespace bound in them, no namespace
 * and XML Schema's): their declarations then win every lookup of their keys, which are all that deriving their
 * concepts and types looks up. A specification schema without a targetNamespace (a chameleon include) gives none.
 */
function specificationSignature(dts: Dts): string | undefined {
  const parts: string[] = [];
  const named = new Set<string>([XS]);
  const others: string[] = [];
  for (const d of dts.documents.values()) {
    if (d.kind !== 'schema') continue;
    const tns = d.targetNamespace ?? '';
    if (!SPEC_DOCUMENT.test(d.url)) {
      others.push(tns);
      continue;
    }
    if (attr(d.doc.root, 'targetNamespace') !== tns) return undefined;
    let id = docIds.get(d.doc);
    if (id === undefined) docIds.set(d.doc, (id = nextDocId++));
    parts.push(`${id}\u0001${d.url}\u0001${tns}`);
    named.add(tns);
    for (const n of namespacesBoundIn(d.doc)) named.add(n);
  }
  if (parts.length === 0 || others.some((n) => named.has(n))) return undefined;
  return parts.join('\u0000');
}

/** Keeps what `b` derived from the specification schemas (concepts without a typed domain: that one is per DTS). */
function recordSpecificationModel(signature: string, b: SchemaBuilder, concepts: Record<string, Concept>): void {
  const model: SpecificationModel = { concepts: new Map(), types: new Map() };
  const isSpec = (el: XmlElement) => SPEC_DOCUMENT.test(el.doc.url);
  for (const [key, d] of b.elements) {
    const c = concepts[key];
    if (c && isSpec(d.el) && !c.typedDomainRef) model.concepts.set(key, { el: d.el, concept: c });
  }
  for (const [key, d] of b.typeDecls)
    if (isSpec(d.el)) model.types.set(key, { el: d.el, type: b.simpleTypeByKey(key) });
  specModels.set(signature, model);
  if (specModels.size > MAX_SPEC_MODELS) specModels.delete(specModels.keys().next().value!);
}

/**
 * `required`: use="required"; `prohibited`: use="prohibited"; `known`: the use's simple type is `type`, or
 * anySimpleType (untyped) when `type` is null (false: a type that did not compile, or an unresolved `ref`).
 */
type AttrUse = {
  value: string | null;
  type: SimpleType | null;
  // (every property always present, in this order: one object shape for V8)
  required: boolean;
  prohibited: boolean;
  known: boolean;
};

/** What `SchemaBuilder.attributesOf` finds of a concept's attributes (`allowed` and `required` are set together). */
interface ConceptAttributes {
  defaults: Record<string, string> | undefined;
  types: Record<string, SimpleType> | undefined;
  allowed: string[] | undefined;
  required: string[] | undefined;
}

function builtinType(local: string): SimpleType {
  const item = BUILTIN_LISTS[local];
  if (item)
    return { variety: 'list', itemType: { variety: 'atomic', builtin: item, facets: [] }, facets: [], name: local };
  return { variety: 'atomic', builtin: local, facets: [] };
}

/** Clark name of a QName-valued attribute value resolved on `el`, undefined when absent or unresolvable. */
function typeRef(el: XmlElement, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const q = resolveQName(el, value);
  return q ? clark(q.ns, q.local) : undefined;
}

function facetsOf(restriction: XmlElement): Facets {
  const f: Facets = {};
  for (const c of restriction.children) {
    if (c.ns !== XS) continue;
    const v = attr(c, 'value');
    if (v === undefined) continue;
    switch (c.local) {
      case 'pattern':
        (f.pattern ??= []).push(v);
        break;
      case 'enumeration':
        (f.enumeration ??= []).push(v);
        break;
      case 'length':
      case 'minLength':
      case 'maxLength':
      case 'totalDigits':
      case 'fractionDigits':
        f[c.local] = Number(v.trim());
        break;
      case 'minInclusive':
      case 'maxInclusive':
      case 'minExclusive':
      case 'maxExclusive':
        f[c.local] = v.trim();
        break;
      case 'whiteSpace':
        f.whiteSpace = v.trim() as Facets['whiteSpace'];
        break;
    }
  }
  return f;
}

function withFacets(base: SimpleType, f: Facets): SimpleType {
  return Object.keys(f).length
    ? ({ ...base, facets: [...base.facets, f], name: undefined } as SimpleType)
    : { ...base, name: undefined };
}

/** Whether an attribute declaration is untyped (anySimpleType: any value is valid). */
function untypedAttribute(a: XmlElement): boolean {
  const tk = typeRef(a, attr(a, 'type'));
  if (tk) return tk === `{${XS}}anySimpleType`;
  return !a.children.some((x) => x.ns === XS && x.local === 'simpleType');
}

function occurs(el: XmlElement): { minOccurs: number; maxOccurs: number | 'unbounded' } {
  const min = attr(el, 'minOccurs');
  const max = attr(el, 'maxOccurs');
  return {
    minOccurs: min === undefined ? 1 : Number(min),
    maxOccurs: max === undefined ? 1 : max.trim() === 'unbounded' ? ('unbounded' as const) : Number(max),
  };
}

/**
 * The global declarations of a DTS's schemas and what is derived from them (simple types, attribute uses, tuple
 * content, concepts), each derived once. Small methods rather than one function of closures: V8 optimises them one by
 * one (one function of all of it cost half a second of optimising compiler per attempt, several attempts per run).
 */
class SchemaBuilder {
  readonly elements = new Map<string, Declared>();
  readonly typeDecls = new Map<string, Declared>();
  readonly groups = new Map<string, Declared>();
  readonly attributeDecls = new Map<string, Declared>();
  readonly attributeGroups = new Map<string, Declared>();
  private readonly simpleCache = new Map<string, SimpleType | null>();
  private readonly inProgress = new Set<string>();
  private readonly attrUseCache = new Map<string, Map<string, AttrUse>>();
  /** Attribute-use maps that are not complete: an attributeGroup, attribute `ref` or base type did not resolve. */
  private readonly incompleteUses = new WeakSet<Map<string, AttrUse>>();

  /** Records the global declarations of a schema document (first declaration of a key wins) and its role types. */
  declareGlobals(
    root: XmlElement,
    tns: string,
    roleTypes: Record<string, RoleType>,
    arcroleTypes: Record<string, ArcroleType>,
    findings: Finding[],
  ): void {
    for (const c of root.children) {
      if (c.ns !== XS) continue;
      const name = attr(c, 'name');
      if (c.local === 'element' && name) {
        const key = clark(tns, name);
        // same namespace declared in two documents (e.g. http and https copies): keep the first
        if (this.elements.has(key)) continue;
        this.elements.set(key, { el: c, tns });
      } else if ((c.local === 'complexType' || c.local === 'simpleType') && name) {
        const key = clark(tns, name);
        if (!this.typeDecls.has(key)) this.typeDecls.set(key, { el: c, tns });
      } else if (c.local === 'group' && name) {
        this.groups.set(clark(tns, name), { el: c, tns });
      } else if (c.local === 'attribute' && name) {
        const k = clark(tns, name);
        if (!this.attributeDecls.has(k)) this.attributeDecls.set(k, { el: c, tns });
      } else if (c.local === 'attributeGroup' && name) {
        const k = clark(tns, name);
        if (!this.attributeGroups.has(k)) this.attributeGroups.set(k, { el: c, tns });
      } else if (c.local === 'annotation') {
        collectRoleTypes(c, roleTypes, arcroleTypes, findings);
      }
    }
  }

  // ---- types ----

  /** Simple (content) type of a named type, or null when it has complex content. */
  simpleTypeByKey(key: string): SimpleType | null {
    if (key.startsWith(`{${XS}}`)) {
      const local = key.slice(XS.length + 2);
      return local === 'anyType' ? null : builtinType(local);
    }
    const cached = this.simpleCache.get(key);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(key)) return null; // circular derivation: treated as not simple
    const decl = this.typeDecls.get(key);
    if (!decl) return null;
    this.inProgress.add(key);
    const t = this.simpleTypeOfDecl(decl.el);
    this.inProgress.delete(key);
    if (t) t.name = t.name ?? key;
    this.simpleCache.set(key, t);
    return t;
  }

  /**
   * Takes the simple types of named type definitions derived by an earlier builder from the same declarations (`types`:
   * key → declaration and its type, null for complex content), where this builder has the same declaration.
   */
  seedSimpleTypes(types: Map<string, { el: XmlElement; type: SimpleType | null }>): void {
    for (const [key, t] of types) if (this.typeDecls.get(key)?.el === t.el) this.simpleCache.set(key, t.type);
  }

  simpleTypeOfSimpleTypeEl(st: XmlElement): SimpleType | null {
    for (const c of st.children) {
      if (c.ns !== XS) continue;
      if (c.local === 'restriction') {
        let base: SimpleType | null = null;
        const b = typeRef(c, attr(c, 'base'));
        if (b) base = this.simpleTypeByKey(b);
        else {
          const inner = c.children.find((x) => x.ns === XS && x.local === 'simpleType');
          if (inner) base = this.simpleTypeOfSimpleTypeEl(inner);
        }
        if (!base) return null;
        return withFacets(base, facetsOf(c));
      }
      if (c.local === 'list') {
        const it = typeRef(c, attr(c, 'itemType'));
        let item: SimpleType | null = it ? this.simpleTypeByKey(it) : null;
        if (!it) {
          const inner = c.children.find((x) => x.ns === XS && x.local === 'simpleType');
          if (inner) item = this.simpleTypeOfSimpleTypeEl(inner);
        }
        if (!item) return null;
        return { variety: 'list', itemType: item, facets: [] };
      }
      if (c.local === 'union') {
        const members: SimpleType[] = [];
        for (const m of (attr(c, 'memberTypes') ?? '').split(/\s+/).filter(Boolean)) {
          const k = typeRef(c, m);
          const t = k ? this.simpleTypeByKey(k) : null;
          if (t) members.push(t);
        }
        for (const inner of c.children)
          if (inner.ns === XS && inner.local === 'simpleType') {
            const t = this.simpleTypeOfSimpleTypeEl(inner);
            if (t) members.push(t);
          }
        if (!members.length) return null;
        return { variety: 'union', memberTypes: members, facets: [] };
      }
    }
    return null;
  }

  /** Simple type of a complexType with simple content, or null. */
  simpleTypeOfComplexTypeEl(ct: XmlElement): SimpleType | null {
    const sc = ct.children.find((x) => x.ns === XS && x.local === 'simpleContent');
    if (!sc) return null;
    const der = sc.children.find((x) => x.ns === XS && (x.local === 'restriction' || x.local === 'extension'));
    if (!der) return null;
    const b = typeRef(der, attr(der, 'base'));
    let base: SimpleType | null = b ? this.simpleTypeByKey(b) : null;
    if (der.local === 'restriction') {
      const inner = der.children.find((x) => x.ns === XS && x.local === 'simpleType');
      if (inner) base = this.simpleTypeOfSimpleTypeEl(inner);
      if (!base) return null;
      return withFacets(base, facetsOf(der));
    }
    return base;
  }

  simpleTypeOfDecl(el: XmlElement): SimpleType | null {
    return el.local === 'simpleType' ? this.simpleTypeOfSimpleTypeEl(el) : this.simpleTypeOfComplexTypeEl(el);
  }

  /** The base type key of a named or anonymous complex type (simpleContent/complexContent derivation), if any. */
  baseOfComplex(ct: XmlElement): string | undefined {
    for (const c of ct.children) {
      if (c.ns === XS && (c.local === 'simpleContent' || c.local === 'complexContent')) {
        const der = c.children.find((x) => x.ns === XS && (x.local === 'restriction' || x.local === 'extension'));
        if (der) return typeRef(der, attr(der, 'base'));
      }
    }
    return undefined;
  }

  /** Walks the derivation chain of a type up to an xbrli item type (e.g. monetaryItemType). */
  xbrliTypeOf(typeKey: string | undefined, anon: XmlElement | undefined): string | undefined {
    let key = typeKey;
    if (!key && anon) key = this.baseOfComplex(anon);
    for (let i = 0; key && i < 50; i++) {
      if (key.startsWith(`{${XBRLI}}`)) return key.slice(XBRLI.length + 2);
      const decl = this.typeDecls.get(key);
      if (!decl) return undefined;
      if (decl.el.local === 'simpleType') return undefined;
      key = this.baseOfComplex(decl.el);
    }
    return undefined;
  }

  // ---- attribute uses: defaults and types (XML Schema structures 3.2, 3.4.2) ----

  /** Simple type of an attribute declaration (`type=` or an anonymous simpleType); null when untyped (anySimpleType). */
  attributeDeclType(a: XmlElement): SimpleType | null {
    const tk = typeRef(a, attr(a, 'type'));
    if (tk) return tk === `{${XS}}anySimpleType` ? null : this.simpleTypeByKey(tk);
    const inner = a.children.find((x) => x.ns === XS && x.local === 'simpleType');
    return inner ? this.simpleTypeOfSimpleTypeEl(inner) : null;
  }

  /** Whether an attribute-use map is not complete (see `incompleteUses`). */
  isIncomplete(uses: Map<string, AttrUse>): boolean {
    return this.incompleteUses.has(uses);
  }

  private addAttributeUses(container: XmlElement, out: Map<string, AttrUse>, depth: number): void {
    if (depth > 20) {
      this.incompleteUses.add(out);
      return;
    }
    for (const a of container.children) {
      if (a.ns !== XS) continue;
      if (a.local === 'attribute') {
        const ref = attr(a, 'ref');
        let name: string | undefined;
        let dflt = attr(a, 'fixed') ?? attr(a, 'default');
        let type: SimpleType | null = null;
        let known = false;
        if (ref) {
          const k = typeRef(a, ref);
          if (!k) {
            this.incompleteUses.add(out);
            continue;
          }
          const q = k.startsWith('{}') ? k.slice(2) : k;
          name = q;
          const g = this.attributeDecls.get(k);
          if (g) {
            if (dflt === undefined) dflt = attr(g.el, 'fixed') ?? attr(g.el, 'default');
            type = this.attributeDeclType(g.el);
            known = type !== null || untypedAttribute(g.el);
          } else this.incompleteUses.add(out);
        } else {
          name = attr(a, 'name');
          if (name) {
            const form = (attr(a, 'form') ?? attr(a.doc.root, 'attributeFormDefault') ?? '').trim();
            const tns = attr(a.doc.root, 'targetNamespace');
            if (form === 'qualified' && tns) name = clark(tns, name);
            type = this.attributeDeclType(a);
            known = type !== null || untypedAttribute(a);
          } else this.incompleteUses.add(out);
        }
        if (!name || out.has(name)) continue;
        const use = (attr(a, 'use') ?? '').trim();
        if (use === 'prohibited')
          out.set(name, { value: null, type: null, required: false, prohibited: true, known: false });
        else out.set(name, { value: dflt ?? null, type, required: use === 'required', prohibited: false, known });
      } else if (a.local === 'attributeGroup') {
        const k = typeRef(a, attr(a, 'ref'));
        const g = k ? this.attributeGroups.get(k) : undefined;
        if (g) this.addAttributeUses(g.el, out, depth + 1);
        else this.incompleteUses.add(out);
      }
    }
  }

  /**
   * Attribute uses of a complex type: the default/fixed value (`null` for none, or for a prohibited use, which hides
   * a base type's default) and the simple type (`null` when unknown or prohibited), keyed by local name
   * (unqualified) or `{ns}local` (qualified: through `ref`, or a local declaration with qualified form).
   * Nearer derivation steps win over the types they derive from.
   */
  attributeUsesOfComplex(ct: XmlElement, depth = 0): Map<string, AttrUse> {
    const out = new Map<string, AttrUse>();
    if (depth > 30) return out;
    let baseKey: string | undefined;
    this.addAttributeUses(ct, out, depth);
    for (const c of ct.children) {
      if (c.ns !== XS || (c.local !== 'simpleContent' && c.local !== 'complexContent')) continue;
      const der = c.children.find((x) => x.ns === XS && (x.local === 'restriction' || x.local === 'extension'));
      if (!der) continue;
      this.addAttributeUses(der, out, depth);
      baseKey = typeRef(der, attr(der, 'base'));
    }
    if (baseKey) {
      const baseUses = this.attributeUsesOfType(baseKey, depth + 1);
      if (this.incompleteUses.has(baseUses) || !this.typeResolves(baseKey)) this.incompleteUses.add(out);
      for (const [k, v] of baseUses) {
        const own = out.get(k);
        if (!own) out.set(k, v);
        else if (own.type === null && own.value !== null && v.type)
          out.set(k, { ...own, type: v.type, known: true, required: own.required || v.required });
        else if (!own.prohibited) {
          // an untyped redeclaration of a typed base use: which of the two types applies is not decided here
          const known = own.known === true && !(own.type === null && v.type !== null);
          if (v.required || known !== own.known) out.set(k, { ...own, required: own.required || v.required, known });
        }
      }
    }
    return out;
  }

  /** Whether a type key names a built-in XML Schema type or a type definition of the DTS. */
  typeResolves(key: string): boolean {
    return key.startsWith(`{${XS}}`) || this.typeDecls.has(key);
  }

  attributeUsesOfType(key: string, depth = 0): Map<string, AttrUse> {
    const cached = this.attrUseCache.get(key);
    if (cached) return cached;
    const decl = this.typeDecls.get(key);
    if (!decl || decl.el.local !== 'complexType' || depth > 30) {
      const none = new Map<string, AttrUse>();
      if (depth > 30) this.incompleteUses.add(none);
      return none;
    }
    const pending = new Map<string, AttrUse>();
    this.incompleteUses.add(pending); // a circular derivation meets this map: incomplete
    this.attrUseCache.set(key, pending);
    const m = this.attributeUsesOfComplex(decl.el, depth);
    this.attrUseCache.set(key, m);
    return m;
  }

  // ---- tuple content ----

  particleOf(el: XmlElement, depth = 0): Particle | undefined {
    if (depth > 50) return undefined;
    if (el.local === 'element') {
      const r = attr(el, 'ref');
      const k = r ? typeRef(el, r) : `#local:${attr(el, 'name') ?? ''}`;
      return { kind: 'element', ref: k ?? `#unresolved:${r}`, ...occurs(el) };
    }
    if (el.local === 'any') return { kind: 'any', ...occurs(el) };
    if (el.local === 'group') {
      const g = typeRef(el, attr(el, 'ref'));
      const gd = g ? this.groups.get(g) : undefined;
      const inner = gd?.el.children.find((x) => x.ns === XS && ['sequence', 'choice', 'all'].includes(x.local));
      const p = inner ? this.particleOf(inner, depth + 1) : undefined;
      if (!p) return undefined;
      return { ...p, ...occurs(el) } as Particle;
    }
    if (el.local === 'sequence' || el.local === 'choice' || el.local === 'all') {
      const particles: Particle[] = [];
      for (const c of el.children) {
        if (c.ns !== XS || !['element', 'any', 'group', 'sequence', 'choice', 'all'].includes(c.local)) continue;
        const p = this.particleOf(c, depth + 1);
        if (p) particles.push(p);
      }
      return { kind: el.local, particles, ...occurs(el) };
    }
    return undefined;
  }

  contentOfComplex(ct: XmlElement, depth = 0): Particle | undefined {
    if (depth > 20) return undefined;
    for (const c of ct.children) {
      if (c.ns !== XS) continue;
      if (['sequence', 'choice', 'all', 'group'].includes(c.local)) return this.particleOf(c);
      if (c.local === 'complexContent') {
        const der = c.children.find((x) => x.ns === XS && (x.local === 'restriction' || x.local === 'extension'));
        if (!der) return undefined;
        const own = der.children.find((x) => x.ns === XS && ['sequence', 'choice', 'all', 'group'].includes(x.local));
        const ownP = own ? this.particleOf(own) : undefined;
        if (der.local === 'restriction') return ownP ?? { kind: 'sequence', particles: [], minOccurs: 1, maxOccurs: 1 };
        const b = typeRef(der, attr(der, 'base'));
        const bd = b ? this.typeDecls.get(b) : undefined;
        const baseP = bd && bd.el.local === 'complexType' ? this.contentOfComplex(bd.el, depth + 1) : undefined;
        const parts = [baseP, ownP].filter((p): p is Particle => !!p);
        return { kind: 'sequence', particles: parts, minOccurs: 1, maxOccurs: 1 };
      }
    }
    return { kind: 'sequence', particles: [], minOccurs: 1, maxOccurs: 1 };
  }

  // ---- concepts ----

  /** The substitution groups of a global element declaration, nearest first (cycles cut). */
  sgChain(key: string): string[] {
    const chain: string[] = [];
    let cur: string | undefined = key;
    const seen = new Set<string>();
    for (;;) {
      const d: Declared | undefined = cur ? this.elements.get(cur) : undefined;
      if (!d) break;
      const sg = attr(d.el, 'substitutionGroup');
      if (!sg) break;
      const q = resolveQName(d.el, sg);
      if (!q) break;
      const k = clark(q.ns, q.local);
      if (seen.has(k)) break;
      seen.add(k);
      chain.push(k);
      cur = k;
    }
    return chain;
  }

  /** The concept of the global element declaration `el` (key `{tns}name`). */
  conceptOf(key: string, el: XmlElement, tns: string): Concept {
    const name = attr(el, 'name')!;
    const groupsChain = this.sgChain(key);
    const kind: Concept['kind'] = groupsChain.includes(ITEM) ? 'item' : groupsChain.includes(TUPLE) ? 'tuple' : 'other';
    const typeAttr = attr(el, 'type');
    const typeKey = typeRef(el, typeAttr);
    const anon = el.children.find((x) => x.ns === XS && (x.local === 'complexType' || x.local === 'simpleType'));
    const c: Concept = {
      key,
      namespace: tns,
      name,
      kind,
      substitutionGroups: groupsChain,
      numeric: false,
      fraction: false,
      abstract: /^\s*(true|1)\s*$/.test(attr(el, 'abstract') ?? ''),
      nillable: /^\s*(true|1)\s*$/.test(attr(el, 'nillable') ?? ''),
      ...loc(el),
    };
    const id = attr(el, 'id');
    if (id) c.id = id;
    if (groupsChain.length) c.substitutionGroup = groupsChain[0];
    c.type = typeKey ?? (anon ? '#anonymous' : undefined);
    if (!typeKey && !anon && groupsChain.length) {
      // type defaults to that of the substitution group head (XML Schema structures 3.3.2)
      const head = this.elements.get(groupsChain[0]!);
      const ht = head ? typeRef(head.el, attr(head.el, 'type')) : undefined;
      if (ht) c.type = ht;
    }
    const pt = attr(el, `{${XBRLI}}periodType`);
    if (pt !== undefined) c.periodType = pt.trim() as Concept['periodType'];
    const bal = attr(el, `{${XBRLI}}balance`);
    if (bal !== undefined) c.balance = bal.trim() as Concept['balance'];
    const other: Record<string, string> = {};
    for (const [k, v] of el.attrs) if (k.startsWith('{') && !k.startsWith(`{${XBRLI}}`)) other[k] = v;
    if (Object.keys(other).length) c.otherAttributes = other;
    const tdr = attr(el, `{${NS.xbrldt}}typedDomainRef`);
    if (tdr !== undefined) {
      const url = resolveUrl(tdr, baseUrl(el));
      c.typedDomainRef = { href: tdr, url };
    }

    const elDefault = attr(el, 'default');
    if (elDefault !== undefined) c.default = elDefault;
    const elFixed = attr(el, 'fixed');
    if (elFixed !== undefined) c.fixed = elFixed;
    const a = this.attributesOf(c.type && c.type !== '#anonymous' ? c.type : undefined, el, kind, anon);
    if (a.defaults) c.attributeDefaults = a.defaults;
    if (a.types) c.attributeTypes = a.types;
    if (a.allowed) {
      c.allowedAttributes = a.allowed;
      c.requiredAttributes = a.required!;
    }

    if (kind === 'item' || kind === 'other') {
      const realType = c.type && c.type !== '#anonymous' ? c.type : undefined;
      c.xbrliType = this.xbrliTypeOf(realType, anon?.local === 'complexType' ? anon : undefined);
      let vt: SimpleType | null = null;
      if (realType) vt = this.simpleTypeByKey(realType);
      else if (anon)
        vt = anon.local === 'simpleType' ? this.simpleTypeOfSimpleTypeEl(anon) : this.simpleTypeOfComplexTypeEl(anon);
      c.fraction = c.xbrliType === 'fractionItemType';
      if (vt) c.valueType = vt;
      else if (kind === 'item') c.complexContent = true;
      c.numeric = c.fraction || (vt ? isNumericType(vt) : false);
    }
    if (kind === 'tuple') {
      const ct = anon?.local === 'complexType' ? anon : c.type && this.typeDecls.get(c.type)?.el;
      if (ct && ct.local === 'complexType') c.content = this.contentOfComplex(ct);
    }
    return c;
  }

  /**
   * A concept's attribute defaults and types (undefined when none), and its allowed and required attributes when every
   * attribute use was decoded. A plain result rather than writes to the concept: concepts come in many shapes (their
   * optional properties), which made V8 throw away its optimised code for this method again and again.
   */
  private attributesOf(
    realType: string | undefined,
    el: XmlElement,
    kind: Concept['kind'],
    anon: XmlElement | undefined,
  ): ConceptAttributes {
    const out: ConceptAttributes = { defaults: undefined, types: undefined, allowed: undefined, required: undefined };
    const uses =
      anon?.local === 'complexType'
        ? this.attributeUsesOfComplex(anon)
        : realType
          ? this.attributeUsesOfType(realType)
          : undefined;
    if (uses && uses.size) {
      const ad: Record<string, string> = {};
      const at: Record<string, SimpleType> = {};
      for (const [k, u] of uses) {
        if (u.value !== null) ad[k] = u.value;
        if (u.type) at[k] = u.type;
      }
      if (Object.keys(ad).length) out.defaults = ad;
      if (Object.keys(at).length) out.types = at;
    }
    // the attribute uses, when every one of them was decoded (XML Schema structures 3.4.2); a declaration with
    // identity constraints is left out (attributes do not decide it), and so is a tuple with simple content
    const typed = anon?.local === 'complexType' || (realType !== undefined && this.typeResolves(realType));
    const constrained = el.children.some(
      (x) => x.ns === XS && (x.local === 'key' || x.local === 'keyref' || x.local === 'unique'),
    );
    // a tuple's type: complex, without simple content (its content is `content`)
    const typeEl = anon?.local === 'complexType' ? anon : realType ? this.typeDecls.get(realType)?.el : undefined;
    const tupleOk =
      kind !== 'tuple' ||
      (typeEl?.local === 'complexType' && !typeEl.children.some((x) => x.ns === XS && x.local === 'simpleContent'));
    // an element of an abstract type is never valid without xsi:type (XML Schema 1.0 Part 1 cvc-type.2)
    const abstractType = /^\s*(true|1)\s*$/.test((typeEl && attr(typeEl, 'abstract')) ?? '');
    if (tupleOk && typed && !abstractType && !constrained && !(uses && this.incompleteUses.has(uses))) {
      const all = [...(uses ?? new Map<string, AttrUse>())];
      out.allowed = all
        .filter(([, u]) => !u.prohibited && u.known)
        .map(([k]) => k)
        .sort();
      out.required = all
        .filter(([, u]) => !u.prohibited && u.required)
        .map(([k]) => k)
        .sort();
    }
    return out;
  }
}

/** True when the simple type derives from a numeric built-in (decimal, float, double and the integer family). */
export function isNumericType(t: SimpleType): boolean {
  if (t.variety === 'atomic') return isNumericBuiltin(t.builtin);
  if (t.variety === 'union') return t.memberTypes.length > 0 && t.memberTypes.every(isNumericType);
  return false;
}

/** Resolves `url#fragment` (shorthand id or element() scheme) to the key of a global element declaration. */
function resolveElementPointer(url: string, dts: Dts, elements: Map<string, Declared>): string | undefined {
  const i = url.indexOf('#');
  if (i < 0) return undefined;
  const d = dts.documents.get(documentKey(url));
  if (!d || d.kind !== 'schema') return undefined;
  const el = findByFragment(d.doc.root, url.slice(i + 1));
  if (!el || el.parent !== d.doc.root || el.ns !== XS || el.local !== 'element') return undefined;
  const name = attr(el, 'name');
  if (!name) return undefined;
  const key = clark(d.targetNamespace ?? '', name);
  return elements.get(key)?.el === el ? key : elements.has(key) ? key : undefined;
}

const idIndexes = new WeakMap<XmlElement, Map<string, XmlElement>>();

/**
 * Finds the element a fragment identifier points to (XBRL 2.1 section 3.5.4): a shorthand pointer (id) or an
 * `element()` scheme pointer (`element(id)`, `element(/1/2)`, `element(id/3)`).
 */
export function findByFragment(root: XmlElement, fragment: string): XmlElement | undefined {
  let frag = fragment;
  try {
    frag = decodeURIComponent(fragment);
  } catch {
    /* keep as is */
  }
  let ids = idIndexes.get(root);
  const byId = (id: string) => {
    if (!ids) {
      ids = new Map();
      const stack = [root];
      while (stack.length) {
        const e = stack.pop()!;
        const v = e.attrs.get('id');
        if (v !== undefined && !ids.has(v)) ids.set(v, e);
        for (const c of e.children) stack.push(c);
      }
      idIndexes.set(root, ids);
    }
    return ids.get(id);
  };
  const f = frag.trim();
  if (!f.includes('(')) return byId(f);
  // A pointer of one or more element() scheme parts (XPointer framework, XBRL 2.1 section 3.5.4): the first part
  // that identifies an element wins. Any other scheme (e.g. xmlns()) is not allowed in XBRL 2.1.
  const parts: string[] = [];
  const re = /\s*([A-Za-z_][\w.-]*)\(([^()^]*(?:\^.[^()^]*)*)\)\s*/y;
  let pos = 0;
  while (pos < f.length) {
    re.lastIndex = pos;
    const m = re.exec(f);
    if (!m || m[1] !== 'element') return undefined;
    parts.push(m[2]!);
    pos = re.lastIndex;
  }
  for (const p of parts) {
    const el = elementScheme(root, p, byId);
    if (el) return el;
  }
  return undefined;
}

function elementScheme(
  root: XmlElement,
  pointer: string,
  byId: (id: string) => XmlElement | undefined,
): XmlElement | undefined {
  const parts = pointer.split('/');
  let cur: XmlElement | undefined;
  let start: number;
  if (parts[0] !== '') {
    cur = byId(parts[0]!);
    start = 1;
  } else {
    // absolute: /1 is the root element
    const n = Number(parts[1]);
    cur = n === 1 ? root : undefined;
    start = 2;
  }
  for (let i = start; cur && i < parts.length; i++) {
    const n = Number(parts[i]);
    cur = Number.isInteger(n) && n >= 1 ? cur.children[n - 1] : undefined;
  }
  return cur;
}

function collectRoleTypes(
  ann: XmlElement,
  roleTypes: Record<string, RoleType>,
  arcroleTypes: Record<string, ArcroleType>,
  findings: Finding[],
): void {
  for (const ai of ann.children) {
    if (ai.ns !== XS || ai.local !== 'appinfo') continue;
    for (const c of ai.children) {
      if (c.ns !== NS.link || (c.local !== 'roleType' && c.local !== 'arcroleType')) continue;
      const isArc = c.local === 'arcroleType';
      const uriAttr = isArc ? 'arcroleURI' : 'roleURI';
      const rawUri = attr(c, uriAttr);
      const uri = (rawUri ?? '').trim();
      const sec = isArc ? '5.1.4' : '5.1.3';
      const what = isArc ? 'arcroleType' : 'roleType';
      // The content of roleType/arcroleType as the XBRL linkbase schema defines it (sections 5.1.3, 5.1.4): appinfo
      // content is not checked by XML Schema validation of the taxonomy schema, so it is checked here.
      if (rawUri === undefined || uri === '' || !isUriReference(uri)) {
        findings.push(
          paramFinding(
            `xbrl.${sec}:${isArc ? 'arcroleURI' : 'roleURI'}`,
            'error',
            { element: what, attribute: uriAttr, ...(rawUri === undefined ? { missing: true } : { uri }) },
            loc(c),
            `XBRL 2.1 section ${sec}`,
          ),
        );
      }
      const idAttr = attr(c, 'id');
      if (idAttr !== undefined && !NCNAME.test(idAttr.trim())) {
        findings.push(
          paramFinding(
            `xbrl.${sec}:${what}Id`,
            'error',
            { id: idAttr, element: what, uri },
            loc(c),
            `XBRL 2.1 section ${sec}`,
          ),
        );
      }
      if (isArc) {
        const ca = attr(c, 'cyclesAllowed');
        if (ca === undefined || !['any', 'undirected', 'none'].includes(ca.trim())) {
          findings.push(
            paramFinding(
              'xbrl.5.1.4:cyclesAllowed',
              'error',
              { uri, ...(ca === undefined ? {} : { value: ca }) },
              loc(c),
              'XBRL 2.1 section 5.1.4',
            ),
          );
        }
      }
      const usedOn: string[] = [];
      let definition: string | undefined;
      for (const u of c.children) {
        if (u.ns !== NS.link) continue;
        if (u.local === 'usedOn') {
          const q = resolveQName(u, u.text.trim());
          if (q) {
            const k = clark(q.ns, q.local);
            if (usedOn.includes(k)) {
              // sections 5.1.3.4 / 5.1.4.5: no s-equal usedOn elements in one declaration
              const us = isArc ? '5.1.4.5' : '5.1.3.4';
              findings.push(
                paramFinding(
                  `xbrl.${us}:usedOnDuplicate`,
                  'error',
                  { element: what, uri, usedOn: u.text.trim() },
                  loc(u),
                  `XBRL 2.1 section ${us}`,
                ),
              );
            } else usedOn.push(k);
          }
        } else if (u.local === 'definition') definition = u.text.trim();
      }
      const rt: RoleType = { roleURI: uri, usedOn, ...loc(c) };
      const id = attr(c, 'id');
      if (id) rt.id = id;
      if (definition !== undefined) rt.definition = definition;
      // XBRL 2.1 section 5.1.3 / 5.1.4: a roleURI (arcroleURI) is declared once in a DTS unless the declarations are equivalent.
      const table = isArc ? arcroleTypes : roleTypes;
      const prev = table[uri];
      if (isArc) {
        const ca = (attr(c, 'cyclesAllowed') ?? 'any').trim() as ArcroleType['cyclesAllowed'];
        const art: ArcroleType = { ...rt, cyclesAllowed: ca };
        if (prev && documentKey(prev.file) !== documentKey(art.file)) {
          if (!sameDeclaration(prev, art) || (prev as ArcroleType).cyclesAllowed !== ca) {
            findings.push(
              paramFinding(
                'xbrl.5.1.4:arcroleTypeDuplicate',
                'error',
                { uri, file: prev.file, line: prev.line },
                loc(c),
                'XBRL 2.1 section 5.1.4',
              ),
            );
          }
          continue;
        }
        if (prev) {
          findings.push(
            paramFinding('xbrl.5.1.4:arcroleTypeDuplicate', 'error', { uri }, loc(c), 'XBRL 2.1 section 5.1.4'),
          );
          continue;
        }
        arcroleTypes[uri] = art;
      } else {
        if (prev && documentKey(prev.file) !== documentKey(rt.file)) {
          if (!sameDeclaration(prev, rt)) {
            findings.push(
              paramFinding(
                'xbrl.5.1.3:roleTypeDuplicate',
                'error',
                { uri, file: prev.file, line: prev.line },
                loc(c),
                'XBRL 2.1 section 5.1.3',
              ),
            );
          }
          continue;
        }
        if (prev) {
          findings.push(
            paramFinding('xbrl.5.1.3:roleTypeDuplicate', 'error', { uri }, loc(c), 'XBRL 2.1 section 5.1.3'),
          );
          continue;
        }
        roleTypes[uri] = rt;
      }
    }
  }
}

const NCNAME = /^[\p{L}_][\p{L}\p{N}_.\-\u00B7\u0300-\u036F\u203F-\u2040]*$/u;

/** Loose check of an xs:anyURI value (RFC 3986 URI reference): at most one '#', no spaces or angle brackets. */
function isUriReference(v: string): boolean {
  return !/[\s<>"{}|\\^`]/.test(v) && v.indexOf('#') === v.lastIndexOf('#');
}

function sameDeclaration(a: RoleType, b: RoleType): boolean {
  return (
    (a.definition ?? '') === (b.definition ?? '') && [...a.usedOn].sort().join(' ') === [...b.usedOn].sort().join(' ')
  );
}
