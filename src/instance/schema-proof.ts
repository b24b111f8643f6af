/**
 * A conservative proof of XML Schema validity (XML Schema 1.0 Part 1, section 3: validation rules) of an XBRL instance
 * against the schemas of its DTS, from the parsed document and the compiled taxonomy: `certain` when the instance is
 * certainly schema-valid, otherwise a reason why this module cannot say so (it never says "invalid": libxml2 then runs
 * as before and every finding stays libxml2's). A wrong `certain` would be a false valid, so only what is fully
 * understood is covered, against the standard schemas (xbrl-instance, xbrl-linkbase, xl, xlink 2003-12-31, xbrldi 2006):
 *
 * - the root `xbrli:xbrl`: schemaRef+, linkbaseRef*, roleRef*, arcroleRef*, then contexts, units, items and tuples
 *   (the content model as libxml2 is given it, src/xml/schema-prepare.ts `widenXbrlRoot`); attributes `id` and an
 *   `xml:lang` language tag; the link:*Ref attributes of xl:simpleType;
 * - contexts (entity with identifier and segment, period, scenario) and units (measures, divide);
 * - items: declared, in the item substitution group, not abstract, simple content whose value is valid for the
 *   compiled `valueType` (after its whiteSpace facet), attributes only those of the type's compiled attribute uses
 *   (`Concept.allowedAttributes`, required ones present, values of their types), `xsi:nil` as `nillable` allows;
 * - tuples whose compiled content model has element references and model groups only (children matched exactly,
 *   each validated against its own declaration);
 * - xs:ID values unique and every xs:IDREF (contextRef, unitRef) resolved (section 3.15.5, ID/IDREF table);
 * - segment and scenario content (lax wildcard, section 3.10.4): `xbrldi:explicitMember` / `xbrldi:typedMember` when
 *   the xbrldi schema is in the set, elements with a global declaration validated against it, undeclared elements
 *   and their attributes only in namespaces no schema of the set has (nothing to validate them against);
 * - `xsi:schemaLocation` on the root, with any value (hints libxml2 ignores when it is given the schema set).
 *
 * Everything else is "don't know": footnoteLink, xsi:type, xsi:schemaLocation elsewhere, a DOCTYPE, attributes in other
 * namespaces (wildcards), xml:* on facts, tuple wildcards and substitution, segment/scenario elements of a declared
 * namespace that have no declaration, non-ASCII names, and values of types or lexical forms where libxml2 may judge
 * otherwise (ID/IDREF/ENTITY/NOTATION and list types, binary, durations, decimals over 18 digits, bounds on dates and
 * floats, patterns on non-ASCII text, URIs outside plain RFC 3986, ...: `safeLexical`).
 *
 * What the caller must make sure of (src/validate/core.ts `schemaProofOf`): the schema set compiles and validates
 * whole without any finding, `schemaSetNotCovered` is undefined for it, `schemaNamespaces` are the target namespaces
 * of every schema document in it, and the instance's text passes `plainXmlDeclaration`, `plainNamespaceDeclarations`
 * and `noWhitespaceReferences`.
 */
import type { CompiledTaxonomy, Concept, Particle, SimpleType } from '../compile/types.js';
import { NS } from '../dts/namespaces.js';
import type { XmlDocument, XmlElement } from '../xml/parse.js';
import { checkSimpleValue, isDecimalBuiltin, normalizeValue } from '../xml/xsd-datatypes.js';
import { matchContent } from './content-model.js';

/** The proof's answer: certainly schema-valid, or why not known (a short phrase, for tests and diagnostics). */
export type SchemaProof = { certain: true } | { certain: false; reason: string };

const XBRLI = NS.xbrli;
const LINK = NS.link;
const XLINK = NS.xlink;
const XSI = NS.xsi;
const XBRLDI = NS.xbrldi;
const XSI_NIL = `{${XSI}}nil`;
const XSI_SCHEMA_LOCATION = `{${XSI}}schemaLocation`;
const XML_LANG = `{${NS.xml}}lang`;
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
/** Namespaces a schema processor may know declarations of without a schema document in the set. */
const RESERVED = new Set<string>([XSI, NS.xs, NS.xml]);
/** Namespace names longer than this are left out of libxml2's root wildcard (src/xml/schema-validate.ts). */
const MAX_NAMESPACE_LENGTH = 4096;

class Unknown extends Error {}
function unknown(reason: string): never {
  throw new Unknown(reason);
}

/**
 * Whether `doc` is certainly valid against the schema set of `taxonomy`'s DTS.
 * @param schemaNamespaces target namespaces of every schema document of the set ('' for a schema without one)
 * @returns `{ certain: true }` or `{ certain: false, reason }`; never throws for any document
 */
export function proveSchemaValidity(
  doc: XmlDocument,
  taxonomy: CompiledTaxonomy,
  schemaNamespaces: ReadonlySet<string>,
): SchemaProof {
  try {
    new Proof(taxonomy, schemaNamespaces).instance(doc);
    return { certain: true };
  } catch (e) {
    if (e instanceof Unknown) return { certain: false, reason: e.message };
    throw e;
  }
}

const DATE_UNION: SimpleType = {
  variety: 'union',
  memberTypes: [
    { variety: 'atomic', builtin: 'date', facets: [] },
    { variety: 'atomic', builtin: 'dateTime', facets: [] },
  ],
  facets: [],
};
const QNAME: SimpleType = { variety: 'atomic', builtin: 'QName', facets: [] };

class Proof {
  private readonly ids = new Set<string>();
  private readonly idrefs: string[] = [];
  constructor(
    private readonly taxonomy: CompiledTaxonomy,
    private readonly schemaNamespaces: ReadonlySet<string>,
  ) {}

  instance(doc: XmlDocument): void {
    if (doc.doctype !== undefined) unknown('DOCTYPE');
    const root = doc.root;
    asciiNames(root);
    if (root.ns !== XBRLI || root.local !== 'xbrl') unknown('root element');
    for (const [k, v] of root.attrs) {
      if (k === 'id') this.id(v);
      else if (k === XML_LANG) this.xmlLang(v, root);
      // libxml2, given the schema set, does not assemble schemas from the hints nor check their value (a value of
      // odd length, or naming missing documents, gives no finding); what the hints add to the set handed to it
      // (src/validate/core.ts `withInstanceSchemas`) the caller checks: every schema of the set is a DTS schema
      else if (k === XSI_SCHEMA_LOCATION) continue;
      else unknown(`root attribute ${k}`);
    }
    elementOnly(root);
    // xbrli:xbrl content: schemaRef+ linkbaseRef* roleRef* arcroleRef* (item | context | unit)*
    const order = ['schemaRef', 'linkbaseRef', 'roleRef', 'arcroleRef'];
    let phase = 0;
    let schemaRefs = 0;
    for (const c of root.children) {
      if (c.ns === LINK) {
        const p = order.indexOf(c.local);
        if (p < 0 || p < phase || phase === 4) unknown(`root child link:${c.local}`);
        phase = p;
        if (p === 0) schemaRefs++;
        this.simpleLink(c);
      } else if (schemaRefs === 0) unknown('schemaRef missing');
      else if (c.ns === XBRLI) {
        phase = 4;
        if (c.local === 'context') this.context(c);
        else if (c.local === 'unit') this.unit(c);
        else unknown(`root child xbrli:${c.local}`);
      } else {
        phase = 4;
        this.item(c);
      }
    }
    if (schemaRefs === 0) unknown('schemaRef missing');
    for (const r of this.idrefs) if (!this.ids.has(r)) unknown(`IDREF ${r} unresolved`);
  }

  /**
   * `xml:lang` where a lax wildcard of the XML namespace allows it (the root, link:*Ref): a language tag that every
   * published xml.xsd accepts (xs:language, or its union with ""), and, when the set has a schema of the XML namespace,
   * valid for the compiled declaration too (section 3.10.4: lax, validated when declared).
   */
  private xmlLang(v: string, el: XmlElement): void {
    if (!LANGUAGE_TAG.test(collapse(v))) unknown('xml:lang value');
    if (!this.schemaNamespaces.has(NS.xml)) return;
    const type = this.taxonomy.attributes?.[XML_LANG];
    if (!type) unknown('xml:lang declaration');
    this.value(v, type, el);
  }

  /** An xs:ID value: an NCName (ASCII, to be sure of libxml2's Name characters) not used before. */
  private id(v: string): void {
    const n = collapse(v);
    if (!ASCII_NCNAME.test(n)) unknown('ID value');
    if (this.ids.has(n)) unknown(`duplicate ID ${n}`);
    this.ids.add(n);
  }

  private idref(v: string): void {
    const n = collapse(v);
    if (!ASCII_NCNAME.test(n)) unknown('IDREF value');
    this.idrefs.push(n);
  }

  /** link:schemaRef, linkbaseRef, roleRef, arcroleRef (xl:simpleType, xbrl-linkbase-2003-12-31.xsd): empty content. */
  private simpleLink(el: XmlElement): void {
    empty(el);
    const required = [`{${XLINK}}type`, `{${XLINK}}href`];
    if (el.local === 'linkbaseRef') required.push(`{${XLINK}}arcrole`);
    if (el.local === 'roleRef') required.push('roleURI');
    if (el.local === 'arcroleRef') required.push('arcroleURI');
    for (const r of required) if (!el.attrs.has(r)) unknown(`${el.local} without ${r}`);
    for (const [k, v] of el.attrs) {
      switch (k) {
        case `{${XLINK}}type`:
          if (v !== 'simple') unknown('xlink:type');
          break;
        case `{${XLINK}}href`:
          uri(v, false);
          break;
        case `{${XLINK}}arcrole`:
        case `{${XLINK}}role`:
          uri(v, true);
          break;
        case `{${XLINK}}title`:
          break;
        case XML_LANG:
          this.xmlLang(v, el);
          break;
        case `{${XLINK}}show`:
          if (!['new', 'replace', 'embed', 'other', 'none'].includes(v)) unknown('xlink:show');
          break;
        case `{${XLINK}}actuate`:
          if (!['onLoad', 'onRequest', 'other', 'none'].includes(v)) unknown('xlink:actuate');
          break;
        case 'roleURI':
          if (el.local !== 'roleRef') unknown(`${el.local} attribute ${k}`);
          uri(v, true);
          break;
        case 'arcroleURI':
          if (el.local !== 'arcroleRef') unknown(`${el.local} attribute ${k}`);
          uri(v, true);
          break;
        default:
          unknown(`${el.local} attribute ${k}`);
      }
    }
  }

  private context(el: XmlElement): void {
    const id = el.attrs.get('id');
    if (id === undefined || el.attrs.size !== 1) unknown('context attributes');
    this.id(id);
    elementOnly(el);
    const [entity, period, scenario, ...rest] = el.children;
    if (!isX(entity, 'entity') || !isX(period, 'period') || (scenario && !isX(scenario, 'scenario')) || rest.length)
      unknown('context content');
    noAttributes(entity);
    elementOnly(entity);
    const [identifier, segment, ...more] = entity.children;
    if (!isX(identifier, 'identifier') || (segment && !isX(segment, 'segment')) || more.length)
      unknown('entity content');
    const scheme = identifier.attrs.get('scheme');
    if (scheme === undefined || identifier.attrs.size !== 1) unknown('identifier attributes');
    uri(scheme, true);
    if (identifier.children.length) unknown('identifier content'); // xs:token: any character data
    if (segment) this.openContent(segment);
    noAttributes(period);
    elementOnly(period);
    const p = period.children;
    const names = p.map((c) => (c.ns === XBRLI ? c.local : '#other')).join(' ');
    if (names === 'startDate endDate' || names === 'instant') {
      for (const c of p) {
        noAttributes(c);
        if (c.children.length) unknown('period content');
        this.value(c.text, DATE_UNION, c);
      }
    } else if (names === 'forever') {
      noAttributes(p[0]!);
      empty(p[0]!);
    } else unknown('period content');
    if (scenario) this.openContent(scenario);
  }

  private unit(el: XmlElement): void {
    const id = el.attrs.get('id');
    if (id === undefined || el.attrs.size !== 1) unknown('unit attributes');
    this.id(id);
    elementOnly(el);
    const first = el.children[0];
    if (isX(first, 'divide')) {
      if (el.children.length !== 1) unknown('unit content');
      noAttributes(first);
      elementOnly(first);
      const [num, den, ...rest] = first.children;
      if (!isX(num, 'unitNumerator') || !isX(den, 'unitDenominator') || rest.length) unknown('divide content');
      this.measures(num);
      this.measures(den);
    } else this.measures(el, true);
  }

  /** measure+ (xbrli:measuresType, or the unit's own choice when `ownAttributesChecked`). */
  private measures(el: XmlElement, ownAttributesChecked = false): void {
    if (!ownAttributesChecked) noAttributes(el);
    elementOnly(el);
    if (el.children.length === 0) unknown('no measure');
    for (const m of el.children) {
      if (!isX(m, 'measure')) unknown('measure expected');
      noAttributes(m);
      if (m.children.length) unknown('measure content');
      this.value(m.text, QNAME, m);
    }
  }

  /** xbrli:segment / xbrli:scenario: `<any namespace="##other" processContents="lax" minOccurs="1" maxOccurs="unbounded"/>`. */
  private openContent(el: XmlElement): void {
    noAttributes(el);
    elementOnly(el);
    if (el.children.length === 0) unknown(`empty ${el.local}`);
    for (const c of el.children) {
      if (c.ns === XBRLI || c.ns === '') unknown(`${el.local} child not ##other`);
      if (c.ns === XBRLDI && this.schemaNamespaces.has(XBRLDI)) this.dimensionMember(c);
      else this.lax(c);
    }
  }

  /** xbrldi:explicitMember (QName content, `dimension` QName) or xbrldi:typedMember (`dimension`, one ##other element, strict). */
  private dimensionMember(el: XmlElement): void {
    const dimension = el.attrs.get('dimension');
    if (dimension === undefined || el.attrs.size !== 1) unknown(`${el.local} attributes`);
    this.value(dimension, QNAME, el);
    if (el.local === 'explicitMember') {
      if (el.children.length) unknown('explicitMember content');
      this.value(el.text, QNAME, el);
    } else if (el.local === 'typedMember') {
      elementOnly(el);
      const [member, ...rest] = el.children;
      if (!member || rest.length || member.ns === XBRLDI || member.ns === '') unknown('typedMember content');
      const c = this.taxonomy.concepts[`{${member.ns}}${member.local}`];
      if (!c) unknown('typed member undeclared');
      this.simpleElement(member, c);
    } else unknown(`xbrldi:${el.local}`);
  }

  /**
   * An element of a lax wildcard (section 3.10.4): one with a global declaration is validated against it (an item,
   * tuple or simple-typed element); one without is certain only when no schema of the set can declare it or its
   * attributes, and then so must its children be.
   */
  private lax(el: XmlElement): void {
    if (el.ns.length > MAX_NAMESPACE_LENGTH || RESERVED.has(el.ns)) unknown('reserved namespace in lax content');
    if (this.schemaNamespaces.has(el.ns)) {
      const c = this.taxonomy.concepts[`{${el.ns}}${el.local}`];
      if (!c) unknown(`lax content {${el.ns}}${el.local} in a declared namespace`);
      if (c.kind === 'tuple') this.tuple(el, c);
      else this.simpleElement(el, c);
      return;
    }
    for (const k of el.attrs.keys()) {
      const ns = k.startsWith('{') ? k.slice(1, k.indexOf('}')) : '';
      if (RESERVED.has(ns) || this.schemaNamespaces.has(ns)) unknown(`lax attribute ${k}`);
    }
    for (const c of el.children) this.lax(c);
  }

  /** A fact at the root: an item or a tuple, validated against its global declaration (libxml2's strict wildcard). */
  private item(el: XmlElement): void {
    // in libxml2's root wildcard only as `plainNamespaceDeclarations` lets it in
    if (el.ns === '' || !PLAIN_NAMESPACE.test(el.ns)) unknown('fact namespace');
    const c = this.taxonomy.concepts[`{${el.ns}}${el.local}`];
    if (!c) unknown('undeclared fact');
    if (c.kind === 'item') this.simpleElement(el, c);
    else if (c.kind === 'tuple') this.tuple(el, c);
    else unknown(`fact of kind ${c.kind}`);
  }

  /**
   * A tuple: its attributes as an item's, element-only content matching the compiled content model (`content`) with
   * element particles that reference global declarations (only the declared element itself: substitution and
   * wildcards are not covered), each child validated against its own declaration (XML Schema 1.0 Part 1 section 3.8).
   */
  private tuple(el: XmlElement, c: Concept): void {
    if (c.abstract) unknown('abstract concept');
    const content = c.content;
    if (!content || !coveredParticle(content)) unknown('tuple content model not covered');
    const nil = this.attributes(el, c);
    elementOnly(el);
    if (nil) {
      if (el.children.length || el.text !== '') unknown('content in a nil tuple');
      return;
    }
    // a content model without element particles is empty: no character data at all (cvc-complex-type 2.1)
    if (!hasElementParticle(content)) empty(el);
    const keys = el.children.map((x) => `{${x.ns}}${x.local}`);
    if (!matchContent(content, keys, (ref, key) => ref === key).ok) unknown('tuple content');
    el.children.forEach((child, i) => {
      const d = this.taxonomy.concepts[keys[i]!];
      if (!d) unknown('undeclared tuple child');
      if (d.kind === 'tuple') this.tuple(child, d);
      else this.simpleElement(child, d);
    });
  }

  /** An element with a simple-content declaration: value, attributes, nil (sections 3.3.4, 3.4.4, 3.2.4). */
  private simpleElement(el: XmlElement, c: Concept): void {
    if (c.abstract) unknown('abstract concept');
    if (!c.valueType || c.complexContent) unknown('complex content');
    const nil = this.attributes(el, c);
    if (el.children.length) unknown('element content in a simple-content fact');
    if (nil) {
      if (el.text !== '') unknown('content in a nil fact');
      return;
    }
    if (identityKind(c.valueType) !== 'none') unknown('value of an identity type');
    this.value(el.text, c.valueType, el);
  }

  /**
   * The attributes of an element against its declaration's compiled attribute uses (section 3.4.4 clause 3, 3.2.4),
   * xs:ID and xs:IDREF values recorded; whether it is nil (xsi:nil true, section 3.3.4 clause 3.2).
   */
  private attributes(el: XmlElement, c: Concept): boolean {
    if (c.default !== undefined || c.fixed !== undefined) unknown('default or fixed value');
    const allowed = c.allowedAttributes;
    if (!allowed) unknown('attribute uses not compiled');
    for (const r of c.requiredAttributes ?? []) if (!el.attrs.has(r)) unknown(`required attribute ${r} missing`);
    let nil = false;
    for (const [k, v] of el.attrs) {
      if (k === XSI_NIL) {
        if (!c.nillable) unknown('xsi:nil on a concept that is not nillable');
        const b = collapse(v);
        if (b === 'true' || b === '1') nil = true;
        else if (b !== 'false' && b !== '0') unknown('xsi:nil value');
        continue;
      }
      if (!allowed.includes(k)) unknown(`attribute ${k}`);
      const dflt = c.attributeDefaults?.[k];
      const type = c.attributeTypes?.[k];
      if (dflt !== undefined && (!type || normalizeValue(dflt, type) !== normalizeValue(v, type)))
        unknown(`attribute ${k} with a default or fixed value`);
      if (!type) continue; // anySimpleType
      const idKind = identityKind(type);
      if (idKind === 'ID') this.id(v);
      else if (idKind === 'IDREF') this.idref(v);
      else if (idKind === 'other') unknown(`attribute ${k} of an identity type`);
      this.value(v, type, el);
    }
    for (const [k, d] of Object.entries(c.attributeDefaults ?? {})) {
      const type = c.attributeTypes?.[k];
      if (!el.attrs.has(k) && type && identityKind(type) !== 'none') unknown(`default ${k}=${d} of an identity type`);
    }
    return nil;
  }

  /** A value certainly valid for `type`, by this module's checker and by libxml2's (`safeLexical`). */
  private value(v: string, type: SimpleType, el: XmlElement): void {
    const resolve = (p: string) => el.scope[p];
    if (checkSimpleValue(v, type, resolve) !== undefined) unknown('invalid value');
    if (!safeLexical(v, type, resolve)) unknown('value outside the covered lexical forms');
  }
}

/** A particle of element references to global declarations and model groups only (no wildcard, no local declaration). */
function coveredParticle(p: Particle): boolean {
  if (p.kind === 'any') return false;
  if (p.kind === 'element') return p.ref.startsWith('{');
  return p.particles.every(coveredParticle);
}

function hasElementParticle(p: Particle): boolean {
  if (p.kind === 'element' || p.kind === 'any') return true;
  return p.particles.some(hasElementParticle);
}

/**
 * Element and attribute names in ASCII only: where XML 1.0 editions (and so the parser here and libxml2) differ on
 * name characters, nothing is proven.
 */
function asciiNames(root: XmlElement): void {
  // a document repeats a few names (interned by the parser): each is tested once; an attribute key `{ns}local` by
  // its local part
  const ok = new Set<string>();
  const ascii = (name: string, local = name) => {
    if (ok.has(name)) return true;
    if (!ASCII_NCNAME.test(local)) return false;
    ok.add(name);
    return true;
  };
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (!ascii(el.local) || (el.prefix !== '' && !ascii(el.prefix))) unknown('non-ASCII element name');
    for (const k of el.attrs.keys()) if (!ascii(k, k.slice(k.indexOf('}') + 1))) unknown('attribute name');
    for (const c of el.children) stack.push(c);
  }
}

function isX(el: XmlElement | undefined, local: string): el is XmlElement {
  return !!el && el.ns === XBRLI && el.local === local;
}

function noAttributes(el: XmlElement): void {
  if (el.attrs.size) unknown(`attributes on ${el.local}`);
}

/** Element-only content: character data only whitespace (section 3.4.4, cvc-complex-type 2.3). */
function elementOnly(el: XmlElement): void {
  if (/[^ \t\r\n]/.test(el.text)) unknown(`character data in ${el.local}`);
}

/** Empty content: no children and no character data at all (cvc-complex-type 2.1). */
function empty(el: XmlElement): void {
  if (el.children.length || el.text !== '') unknown(`content in empty ${el.local}`);
}

function collapse(v: string): string {
  return v.replace(/[\t\n\r ]+/g, ' ').trim();
}

const ASCII_NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
/** Characters of URI references (RFC 3986: unreserved, sub-delims, ':', '/', '?', '@', '%'-escapes), one '#' at most. */
const URI_CHARS =
  /^(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$/;
const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** An authority without user information: a host name or IPv4 address and an optional port of digits. */
const URI_AUTHORITY = /^[A-Za-z0-9._~-]*(?::\d*)?$/;

/**
 * Whether libxml2 certainly accepts a (whitespace-collapsed) value as xs:anyURI: at most 2,048 characters of RFC 3986,
 * a scheme (a letter first) or else no ':' in the first path segment, and a plain authority after '//'.
 */
function safeUri(n: string): boolean {
  if (n.length > 2048 || !URI_CHARS.test(n)) return false;
  const scheme = URI_SCHEME.exec(n);
  const rest = scheme ? n.slice(scheme[0].length) : n;
  if (!scheme && /^[^/?#]*:/.test(rest)) return false;
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    if (!URI_AUTHORITY.test(end < 0 ? rest.slice(2) : rest.slice(2, 2 + end))) return false;
  }
  return true;
}

function uri(v: string, nonEmpty: boolean): void {
  const n = collapse(v);
  if ((nonEmpty && n === '') || !safeUri(n)) unknown('URI value');
}

/** Whether a simple type is (derived from) xs:ID or xs:IDREF, another identity type, or none. */
function identityKind(t: SimpleType): 'ID' | 'IDREF' | 'other' | 'none' {
  if (t.variety === 'atomic') {
    if (t.builtin === 'ID' || t.builtin === 'IDREF') return t.builtin;
    return ['IDREFS', 'ENTITY', 'ENTITIES', 'NOTATION'].includes(t.builtin) ? 'other' : 'none';
  }
  if (t.variety === 'list') return identityKind(t.itemType) === 'none' ? 'none' : 'other';
  return t.memberTypes.some((m) => identityKind(m) !== 'none') ? 'other' : 'none';
}

const TZ = '(?:Z|[+-](?:0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,6})?';
const YEAR = '[1-9]\\d{3}';
const SAFE_FORMS: Record<string, RegExp> = {
  date: new RegExp(`^${YEAR}-\\d{2}-\\d{2}${TZ}$`),
  dateTime: new RegExp(`^${YEAR}-\\d{2}-\\d{2}T${TIME}${TZ}$`),
  time: new RegExp(`^${TIME}${TZ}$`),
  gYear: new RegExp(`^${YEAR}${TZ}$`),
  gYearMonth: new RegExp(`^${YEAR}-\\d{2}${TZ}$`),
  boolean: /^(?:true|false|1|0)$/,
  float: /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,2})?|INF|-INF|NaN)$/,
  double: /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?|INF|-INF|NaN)$/,
  QName: /^(?:[A-Za-z_][A-Za-z0-9._-]*:)?[A-Za-z_][A-Za-z0-9._-]*$/,
  NCName: ASCII_NCNAME,
  ID: ASCII_NCNAME,
  IDREF: ASCII_NCNAME,
  Name: /^[A-Za-z_:][A-Za-z0-9._:-]*$/,
  NMTOKEN: /^[A-Za-z0-9._:-]+$/,
  language: /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/,
};
const STRINGS = new Set(['string', 'normalizedString', 'token']);

/**
 * Whether libxml2 certainly reads `v` as this module's checker does: the lexical forms of the types covered, in the
 * ranges where libxml2's own representation holds them (decimals of at most 18 digits: libxml2 keeps 24; no year
 * 0000 or below, no hour 24; ASCII names; strings without characters beyond U+FFFF, whose length libxml2 and
 * JavaScript could count differently). Unions: some member accepts the value and is covered.
 */
function safeLexical(v: string, t: SimpleType, resolve: (p: string) => string | undefined): boolean {
  if (t.variety === 'list') return false;
  if (t.variety === 'union')
    return t.memberTypes.some((m) => checkSimpleValue(v, m, resolve) === undefined && safeLexical(v, m, resolve));
  const n = normalizeValue(v, t);
  let pattern = false;
  let bounded = false;
  let digitFacets = false;
  for (const x of t.facets) {
    if (x.pattern !== undefined) pattern = true;
    if (
      x.minInclusive !== undefined ||
      x.maxInclusive !== undefined ||
      x.minExclusive !== undefined ||
      x.maxExclusive !== undefined
    )
      bounded = true;
    if (x.totalDigits !== undefined || x.fractionDigits !== undefined) digitFacets = true;
  }
  // patterns: the XSD regular expressions agree with libxml2's on ASCII text
  if (pattern && /[^\x20-\x7e]/.test(n)) return false;
  if (STRINGS.has(t.builtin)) return !/[\uD800-\uDFFF]/.test(n);
  if (isDecimalBuiltin(t.builtin)) {
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(n) || digitCount(n) > 18) return false;
    // digit facets: only a canonical form (no leading or trailing zeros), whose digits nobody counts otherwise
    return !digitFacets || /^[+-]?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(n);
  }
  // bounds on dates (a partial order with time zones) and on floating-point values (INF, NaN) are not covered
  if (bounded && !isDecimalBuiltin(t.builtin)) return false;
  if (t.builtin === 'anyURI') return safeUri(n);
  const form = SAFE_FORMS[t.builtin];
  if (!form || !form.test(n)) return false;
  if (t.builtin === 'float' || t.builtin === 'double')
    // libxml2 takes INF, -INF and NaN only as written, without surrounding white space (a break case: ' INF ')
    return digitCount(n) <= 17 && (/\d/.test(n) || n === v);
  return true;
}

/** How many characters of `s` are ASCII digits (what `\d` matches without the `u` flag). */
function digitCount(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) k++;
  }
  return k;
}

/** Attributes of the schema language whose values are QNames (or lists of them): compared as expanded names. */
const QNAME_ATTRIBUTES = new Set(['type', 'base', 'ref', 'substitutionGroup', 'itemType', 'memberTypes', 'refer']);

/**
 * A canonical text of a schema document: its XML Schema components as written, without annotations, comments,
 * character data, namespace prefixes (QName-valued attributes as expanded names) and schemaLocation attributes (the
 * copies of one standard schema differ in those only). Two documents with the same canonical text declare the
 * same components.
 */
export function canonicalSchemaText(doc: XmlDocument): string {
  const out: string[] = [];
  const walk = (el: XmlElement): void => {
    if (el.ns === NS.xs && (el.local === 'annotation' || el.local === 'documentation' || el.local === 'appinfo'))
      return;
    const attrs = [...el.attrs]
      .filter(([k]) => k !== 'schemaLocation')
      .map(([k, v]) => {
        let value = collapse(v);
        if (el.ns === NS.xs && QNAME_ATTRIBUTES.has(k))
          value = value
            .split(' ')
            .map((q) => {
              const i = q.indexOf(':');
              const ns = el.scope[i < 0 ? '' : q.slice(0, i)];
              return ns === undefined ? `?${q}` : `{${ns}}${q.slice(i + 1)}`;
            })
            .join(' ');
        return `${k}=${JSON.stringify(value)}`;
      })
      .sort();
    out.push(`<{${el.ns}}${el.local} ${attrs.join(' ')}>`);
    for (const c of el.children) walk(c);
    out.push('</>');
  };
  walk(doc.root);
  return out.join('');
}

/**
 * sha256 (hex) of `canonicalSchemaText` of the standard schemas the proof is written against, by target namespace:
 * xbrl-instance, xbrl-linkbase, xl and xlink 2003-12-31 (errata 2008-07-02) and xbrldi 2006, as published; and of the
 * built-in ones that stand for them without --cache (src/resolve/builtin/), whose components are those of the
 * published schemas (tests/resolve/builtin-standard.test.ts compares them; tests/rules/schema-documents-shared.test.ts
 * checks these digests against the built-in documents).
 */
const STANDARD_SCHEMAS: Record<string, readonly string[]> = {
  [XBRLI]: [
    '4da73d02594c0f73d48e3bb356caab81536698f0b7cc74819ab126a313fd610c',
    '0cc0bdd705bb47e8eca322cc19fe1b14fbee74d38ab68279111e5f0b9e3c9ae8', // built-in
  ],
  [LINK]: [
    '928a082a9a930e06e19e12818145192ebd0ff97369cfa90acdb4d9bdc0aaab43',
    '9b7b128392aa6dd04521852b405c8d85a4aeecc3b87b03f42ac14d5cda5563cf', // built-in
  ],
  [NS.xl]: [
    'd0e98ecc601f8e204b320947e67d7ab56a28b0d8e9632fd5da0c24f2ad19cb5d',
    '6b90fc6ed25f36aeaade738ba342fffefe43298ad605154a7b76bb7e106ccc52', // built-in
  ],
  [XLINK]: ['158f471b641843fefda0264ad4f444e8b426644a9c8444a9d215c5c221fa8747'], // (the built-in has this one too)
  [XBRLDI]: ['0a13d154cd47d249f03d300b24b904b265ef880b6f97020485dc84acdd6f4fbb'],
};
/** The standard namespaces every instance schema set has (xbrldi only when a DTS imports it). */
const REQUIRED_NAMESPACES = [XBRLI, LINK, NS.xl, XLINK];

/** A schema document of the set libxml2 is given: its URL, target namespace (as the DTS read it) and text. */
export interface SchemaSetDocument {
  url: string;
  /** undefined: a schema without targetNamespace (or one that is not in the DTS). */
  targetNamespace: string | undefined;
  /** The document's text, read once here (each document is parsed or scanned only when its namespace asks for it). */
  text(): string;
  /** The document parsed. */
  parse(): XmlDocument;
}

/**
 * Whether the proof covers a schema set (the schema documents handed to libxml2 for an instance): every document has a
 * targetNamespace (no chameleon includes), none mentions xs:redefine, and each standard namespace is declared by
 * exactly one document whose components are those of the standard schema (`canonicalSchemaText`, by sha256).
 * @param sha256Hex hex sha256 of a text's UTF-8 bytes (given by the caller: this module does no hashing itself)
 * @returns undefined when covered, else why not
 */
export function schemaSetNotCovered(
  docs: SchemaSetDocument[],
  sha256Hex: (text: string) => string,
): string | undefined {
  const byNamespace = new Map<string, SchemaSetDocument[]>();
  for (const d of docs) {
    const tns = d.targetNamespace;
    if (tns === undefined || tns === '') return `${d.url} has no targetNamespace`;
    const list = byNamespace.get(tns);
    if (list) list.push(d);
    else byNamespace.set(tns, [d]);
  }
  for (const ns of REQUIRED_NAMESPACES) if (!byNamespace.has(ns)) return `no schema for ${ns}`;
  for (const [ns, digests] of Object.entries(STANDARD_SCHEMAS)) {
    const list = byNamespace.get(ns);
    if (!list) continue;
    if (list.length !== 1) return `${list.length} schemas for ${ns}`;
    const doc = list[0]!.parse();
    if (doc.root.attrs.get('targetNamespace') !== ns || !digests.includes(canonicalDigest(doc, sha256Hex)))
      return `${list[0]!.url} is not the standard schema`;
  }
  // (a mention in a comment is counted too)
  for (const d of docs) if (/<(?:[\w.-]+:)?redefine[\s/>]/.test(d.text())) return `${d.url} may redefine`;
  return undefined;
}

/** `sha256Hex(canonicalSchemaText(doc))` by parsed document and hash function (a shared parse is walked once). */
const digests = new WeakMap<(text: string) => string, WeakMap<XmlDocument, string>>();

function canonicalDigest(doc: XmlDocument, sha256Hex: (text: string) => string): string {
  let byDoc = digests.get(sha256Hex);
  if (!byDoc) digests.set(sha256Hex, (byDoc = new WeakMap()));
  let d = byDoc.get(doc);
  if (d === undefined) byDoc.set(doc, (d = sha256Hex(canonicalSchemaText(doc))));
  return d;
}

/** Namespace names written so that libxml2's root wildcard (src/xml/schema-prepare.ts `widenXbrlRoot`) takes them as they are. */
const PLAIN_NAMESPACE = /^[A-Za-z0-9\-._~:/?@!$()*+,;=]{0,4096}$/;

/** Whether a namespace name is written so that libxml2's root wildcard takes it as it is (`PLAIN_NAMESPACE`). */
export function isPlainNamespace(ns: string): boolean {
  return PLAIN_NAMESPACE.test(ns);
}

/**
 * Whether every namespace declaration in an instance's text (as src/xml/schema-validate.ts `instanceNamespacesOf`
 * finds them: in comments and CDATA too) is a plain URI, which the schema wrapper libxml2 compiles for that instance
 * can list without a new schema error.
 */
export function plainNamespaceDeclarations(text: string): boolean {
  // each quote closes only its own kind (a name in single quotes may hold '"'), and a plain name is also a URI that
  // libxml2 accepts as xs:anyURI (a break case: xmlns:ex="1:x" was a schema error of the wrapper's wildcard)
  for (const m of text.matchAll(/\sxmlns(?::[^\s=]+)?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const ns = m[1] ?? m[2]!;
    if (!PLAIN_NAMESPACE.test(ns) || (ns !== '' && !safeUri(ns))) return false;
  }
  return true;
}

/**
 * Whether an instance's text has no CDATA section. libxml2 takes every CDATA section as character content, an empty
 * or white one too, so in empty, element-only or nilled content it is an error (a break case:
 * `<xbrli:context id="Q1"><![CDATA[ ]]>...`), where this project's tree keeps no trace of it.
 */
export function noCdataSections(text: string): boolean {
  return !text.includes('<![CDATA[');
}

/**
 * Whether an instance's text has no character reference to a white space character (`&#9;`, `&#x20;`, ...):
 * libxml2 does not collapse such white space in values as XML Schema's whiteSpace facet would (a mutant's
 * `&#9;2020-06-01` was no xs:date to it).
 */
export function noWhitespaceReferences(text: string): boolean {
  return !/&#(?:[xX]0*(?:9|[aAdD]|20)|0*(?:9|10|13|32));/.test(text);
}

/**
 * Whether an instance's text (decoded as UTF-8) starts as libxml2 certainly reads it as this project's parser does:
 * no byte order mark but UTF-8's, and an XML declaration, if any, of version 1.0 with no encoding or UTF-8 (libxml2
 * refuses encodings it does not support, such as Shift_JIS, which the parser here may still read).
 */
export function plainXmlDeclaration(text: string): boolean {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!t.startsWith('<?xml')) return t.charCodeAt(0) === 0x3c; // '<': no declaration, no other byte order mark
  const end = t.indexOf('?>');
  if (end < 0) return false;
  const decl = t.slice(0, end);
  const version = /\sversion\s*=\s*["']([^"']*)["']/.exec(decl);
  const encoding = /\sencoding\s*=\s*["']([^"']*)["']/.exec(decl);
  return version?.[1] === '1.0' && (!encoding || /^utf-8$/i.test(encoding[1]!));
}
