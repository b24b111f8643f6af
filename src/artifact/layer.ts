/**
 * Layering a filing's own extension DTS on a compiled base taxonomy (the KvK case: the company extension schema
 * imports the base entry point). Only the extension's documents are read and parsed; every base document that the
 * extension references is replaced by a small stub made from the compiled data (its concepts' names and ids, its role
 * types, its resources' ids), so discovery stops there and locators into the base still resolve.
 *
 * Merge (XBRL 2.1 sections 3.2, 3.5.3.9, 5):
 * - concepts: base, plus the extension's, whose type and substitution-group chain are completed from the base
 *   (type profiles computed at compile time, `Layering.itemProfiles`);
 * - role/arcrole types, named types, attribute types: base plus the extension's;
 * - networks: the extension's relationships are added; prohibition and override of base relationships work as in a
 *   single DTS, because the base relationships between concepts (and resources) that the extension's locators point
 *   to are put back as arcs of an overlay linkbase compiled together with the extension;
 * - labels: recomputed for the concepts the extension labels or whose base labels it prohibits;
 * - dimensions: recompiled over the merged networks.
 * The extension's relationships come before the base's in a network, as discovery from the filing orders them.
 *
 * Limits: a type declared in the extension that derives from a base type is not resolved through the base (its
 * concepts lose the type's facets); locators into the base by element() pointer (not id) are not resolved.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { compileDimensions } from '../compile/dimensions.js';
import { compileEnumerations } from '../compile/enumerations.js';
import type {
  ArcroleType,
  CompiledTaxonomy,
  Concept,
  Network,
  Relationship,
  Resource,
  RoleType,
  SimpleType,
} from '../compile/types.js';
import { discoverDts, documentKey, type DocumentSource, type DtsDocument, type DtsStart } from '../dts/discover.js';
import { buildNetworks } from '../compile/linkbase.js';
import { ARCROLE, ITEM, NS, TUPLE, XLINK_HREF, XLINK_TYPE } from '../dts/namespaces.js';
import { buildSchemaModel } from '../compile/schema.js';
import { formulaEngine, hasFormulaResource } from '../formula/engine.js';
import type { FormulaModel } from '../formula/model.js';
import type { Finding } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import {
  checkEntryPoints,
  sharedTaxonomyRuleFindings,
  withInstanceSchemas,
  type LoadedTaxonomy,
  type SchemaDoc,
} from '../validate/core.js';
import { attr, baseUrl, clark, parseXml, resolveUrl, type XmlDocument, type XmlElement } from '../xml/parse.js';
import {
  escapeXml as escapeAll,
  ITEM_PROFILE_FIELDS,
  TUPLE_PROFILE_FIELDS,
  type Layering,
  type Profile,
} from './compile.js';
import type { ArtifactHeader } from './format.js';

/** What layering needs of the base (a Validator). */
export interface LayerBase {
  header: ArtifactHeader;
  taxonomy: CompiledTaxonomy;
  layering(): Layering;
  schemaDocs(): SchemaDoc[];
  schemaSource(documents: DocumentSource | undefined): DocumentSource;
  /** How many layered extensions to keep for reuse (default `LAYER_CACHE_SIZE`; 0: layer every filing afresh). */
  layerCacheSize?: number;
}

const OVERLAY_URL = 'urn:sbr-validator:base-overlay.xml';
const LABEL_ROLE_DEFAULT = 'http://www.xbrl.org/2003/role/label';
const LINK_ROLE = 'http://www.xbrl.org/2003/role/link';

const NEEDS_ESCAPE = /[&<>"]/;
/** escapeXml (compile.ts) for the stubs' and overlay's tens of thousands of names, ids and URLs, most of which need none. */
const escapeXml = (s: string): string => (NEEDS_ESCAPE.test(s) ? escapeAll(s) : s);

function splitClark(key: string): { ns: string; local: string } {
  const i = key.indexOf('}');
  return key.startsWith('{') && i > 0 ? { ns: key.slice(1, i), local: key.slice(i + 1) } : { ns: '', local: key };
}

/** Prefix allocation for synthetic XML. */
class Prefixes {
  readonly #map = new Map<string, string>();
  qname(key: string): string {
    const { ns, local } = splitClark(key);
    if (ns === '') return local;
    let p = this.#map.get(ns);
    if (!p) this.#map.set(ns, (p = `p${this.#map.size}`));
    return `${p}:${local}`;
  }
  decls(): string {
    return [...this.#map].map(([ns, p]) => ` xmlns:${p}="${escapeXml(ns)}"`).join('');
  }
}

const XMLNS_STD = `xmlns:xs="${NS.xs}" xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}"`;

/**
 * What every layering on one base needs, computed once per base and kept as long as the base (a loaded Validator):
 * the base's documents by key, its stub documents (bytes and parsed form, shared read-only by every filing), and the
 * ids of its concepts and resources per document. The base itself is never modified.
 */
class BaseIndex {
  readonly docs: Map<string, ArtifactHeader['documents'][number]>;
  readonly #bt: CompiledTaxonomy;
  readonly #stubs = new Map<string, Uint8Array>();
  /** Layered extensions kept for reuse, by their starts (layerExtension). */
  readonly layered = new Map<string, Layered>();
  readonly #parsed = new Map<string, { doc: XmlDocument; bytes: Uint8Array }>();
  #conceptsByDoc: Map<string, Concept[]> | undefined;
  #resourcesByDoc: Map<string, Resource[]> | undefined;
  #ids: Map<string, Map<string, string>> | undefined;
  #networkIndex: Map<string, number> | undefined;
  readonly #from = new Map<number, Map<string, number[]>>();
  readonly #keys = new Map<string, string>();
  readonly #entries = new Map<string, readonly (readonly [string, unknown])[]>();

  constructor(base: LayerBase) {
    this.#bt = base.taxonomy;
    this.docs = new Map(base.header.documents.map((d) => [documentKey(d.url), d]));
  }

  /**
   * `documentKey` of a file URL of the base's compiled data (concepts, resources, role types: a few distinct URL
   * strings shared by tens of thousands of objects), computed once per string.
   */
  keyOf(file: string): string {
    let k = this.#keys.get(file);
    if (k === undefined) this.#keys.set(file, (k = documentKey(file)));
    return k;
  }

  /** The base endpoint (concept key or `#resource:n`) with this id in the document with this key. */
  endpoint(docKey: string, id: string): string | undefined {
    if (!this.#ids) {
      // per document: concepts by id (a later declaration of an id wins), then resources whose id no concept has
      const ids = new Map<string, Map<string, string>>();
      const of = (k: string) => {
        let m = ids.get(k);
        if (!m) ids.set(k, (m = new Map()));
        return m;
      };
      for (const c of Object.values(this.#bt.concepts)) if (c.id !== undefined) of(this.keyOf(c.file)).set(c.id, c.key);
      this.#bt.resources.forEach((r, i) => {
        if (r.id === undefined) return;
        const m = of(this.keyOf(r.file));
        if (!m.has(r.id)) m.set(r.id, `#resource:${i}`);
      });
      this.#ids = ids;
    }
    return this.#ids.get(docKey)?.get(id);
  }

  /** `Object.entries` of a base record (made once: the merge copies every base concept and label per layering). */
  entries(name: 'concepts' | 'labels'): readonly (readonly [string, unknown])[] {
    let e = this.#entries.get(name);
    if (!e) this.#entries.set(name, (e = Object.entries(this.#bt[name])));
    return e;
  }

  /** Base network indexes by `key(network)` (the same key function every time). */
  networkIndex(key: (n: Network) => string): Map<string, number> {
    if (!this.#networkIndex) {
      const m = new Map<string, number>();
      this.#bt.networks.forEach((n, i) => m.set(key(n), i));
      this.#networkIndex = m;
    }
    return this.#networkIndex;
  }

  /** Positions of a base network's relationships by their `from` endpoint, ascending. */
  relationshipsFrom(network: number): Map<string, number[]> {
    let m = this.#from.get(network);
    if (!m) {
      m = new Map();
      this.#bt.networks[network]!.relationships.forEach((r, i) => {
        const l = m!.get(r.from);
        if (l) l.push(i);
        else m!.set(r.from, [i]);
      });
      this.#from.set(network, m);
    }
    return m;
  }

  /** The stub of a base document (its concepts' names and ids and its role types; a linkbase's resources with ids). */
  stub(key: string): Uint8Array {
    let b = this.#stubs.get(key);
    if (!b) this.#stubs.set(key, (b = this.#makeStub(key)));
    return b;
  }

  /** The stub parsed under `url` (discovery parses each document under the URL it was referenced by). */
  parsedStub(url: string): { doc: XmlDocument; bytes: Uint8Array } | undefined {
    let p = this.#parsed.get(url);
    if (!p) {
      const bytes = this.stub(documentKey(url));
      let doc: XmlDocument;
      try {
        doc = parseXml(bytes, url);
      } catch {
        return undefined; // discovery parses it again and reports
      }
      this.#parsed.set(url, (p = { doc, bytes }));
    }
    return p;
  }

  #makeStub(key: string): Uint8Array {
    const bt = this.#bt;
    const info = this.docs.get(key)!;
    const enc = new TextEncoder();
    if (info.kind === 'schema') {
      if (!this.#conceptsByDoc) {
        const byDoc = new Map<string, Concept[]>();
        for (const c of Object.values(bt.concepts)) {
          const k = this.keyOf(c.file);
          const l = byDoc.get(k);
          if (l) l.push(c);
          else byDoc.set(k, [c]);
        }
        this.#conceptsByDoc = byDoc;
      }
      const px = new Prefixes();
      const roles: string[] = [];
      const roleStub = (r: RoleType, arc: boolean) => {
        if (this.keyOf(r.file) !== key) return;
        const usedOn = r.usedOn.map((u) => `<link:usedOn>${escapeXml(px.qname(u))}</link:usedOn>`).join('');
        roles.push(
          arc
            ? `<link:arcroleType arcroleURI="${escapeXml(r.roleURI)}"${r.id ? ` id="${escapeXml(r.id)}"` : ''} cyclesAllowed="${(r as ArcroleType).cyclesAllowed}">${usedOn}</link:arcroleType>`
            : `<link:roleType roleURI="${escapeXml(r.roleURI)}"${r.id ? ` id="${escapeXml(r.id)}"` : ''}>${usedOn}</link:roleType>`,
        );
      };
      for (const r of Object.values(bt.roleTypes)) roleStub(r, false);
      for (const r of Object.values(bt.arcroleTypes)) roleStub(r, true);
      const els = (this.#conceptsByDoc.get(key) ?? []).map(
        (c) => `<xs:element name="${escapeXml(c.name)}"${c.id ? ` id="${escapeXml(c.id)}"` : ''}/>`,
      );
      const tns = info.targetNamespace !== undefined ? ` targetNamespace="${escapeXml(info.targetNamespace)}"` : '';
      const ann = roles.length ? `<xs:annotation><xs:appinfo>${roles.join('')}</xs:appinfo></xs:annotation>` : '';
      return enc.encode(`<xs:schema ${XMLNS_STD}${px.decls()}${tns}>${ann}${els.join('')}</xs:schema>`);
    }
    if (info.kind === 'linkbase') {
      if (!this.#resourcesByDoc) {
        const byDoc = new Map<string, Resource[]>();
        for (const r of bt.resources) {
          if (r.id === undefined) continue;
          const k = this.keyOf(r.file);
          const l = byDoc.get(k);
          if (l) l.push(r);
          else byDoc.set(k, [r]);
        }
        this.#resourcesByDoc = byDoc;
      }
      const px = new Prefixes();
      const res = (this.#resourcesByDoc.get(key) ?? []).map((r) => {
        const q = px.qname(r.element);
        return `<${q} xlink:type="resource" xlink:label="r" id="${escapeXml(r.id!)}"${r.role ? ` xlink:role="${escapeXml(r.role)}"` : ''}${r.lang !== undefined ? ` xml:lang="${escapeXml(r.lang)}"` : ''}>${escapeXml(r.text)}</${q}>`;
      });
      return enc.encode(
        `<link:linkbase ${XMLNS_STD}${px.decls()}><link:labelLink xlink:type="extended" xlink:role="${LINK_ROLE}">${res.join('')}</link:labelLink></link:linkbase>`,
      );
    }
    return enc.encode('<sbr-stub/>');
  }
}

const baseIndexes = new WeakMap<CompiledTaxonomy, BaseIndex>();

function indexOfBase(base: LayerBase): BaseIndex {
  let x = baseIndexes.get(base.taxonomy);
  if (!x) baseIndexes.set(base.taxonomy, (x = new BaseIndex(base)));
  return x;
}

/** A layered taxonomy and what is needed to tell whether it can serve another filing. */
interface Layered {
  taxonomy: CompiledTaxonomy;
  documentCount: number;
  /** The extension's schemas and the DTS roots, for XML Schema validation of the instance. */
  extSchemas: SchemaDoc[];
  roots: string[];
  /** Every document discovery read from the filing's source, with the bytes it got. */
  reads: { url: string; bytes: Uint8Array }[];
  /** Every URL whose host alias discovery asked for (none had one). */
  aliasAsked: string[];
  /** False when something in the result depends on more than those bytes (a failed read, a host alias). */
  reusable: boolean;
}

/** How many layered extensions a base keeps for reuse (least recently used first out). */
export const LAYER_CACHE_SIZE = 4;

const startsKey = (starts: DtsStart[]) =>
  JSON.stringify(starts.map((s) => [s.href, s.base ?? null, s.from?.file ?? null, s.from?.line, s.from?.column]));

const sameBytes = (a: Uint8Array, b: Uint8Array | undefined) => {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * The compiled taxonomy of a filing's DTS whose entry points are outside the compiled base.
 *
 * A layered taxonomy is kept with the base (up to `LAYER_CACHE_SIZE`) and serves a later filing with the same entry
 * points (same schemaRefs, at the same place of the same file) when every extension document reads back byte for byte
 * as it did: discovery, compile and layering depend on nothing else, so the result is the one layering again would
 * give. A layering with a failed read or a host alias is not kept. The kept taxonomy is shared read-only, as
 * `sharedTaxonomySource` shares live ones (src/validate/core.ts).
 * @throws FatalInputError `sbr:entryPointNotFound` (or the start's own `xml:*` finding) when an entry point cannot be read (checkEntryPoints)
 */
export function layerExtension(base: LayerBase, starts: DtsStart[], source: DocumentSource): LoadedTaxonomy {
  const index = indexOfBase(base);
  const size = base.layerCacheSize ?? LAYER_CACHE_SIZE;
  const key = startsKey(starts);
  let layered = size > 0 ? index.layered.get(key) : undefined;
  if (
    layered &&
    layered.reads.every((r) => {
      try {
        return sameBytes(r.bytes, source.read(r.url));
      } catch {
        return false;
      }
    }) &&
    layered.aliasAsked.every((u) => source.aliasOf?.(u) === undefined)
  ) {
    index.layered.delete(key); // re-inserted: most recently used last
  } else {
    index.layered.delete(key);
    layered = layer(base, index, starts, source);
  }
  if (layered.reusable && size > 0) {
    index.layered.set(key, layered);
    while (index.layered.size > size) index.layered.delete(index.layered.keys().next().value!);
  }
  const { extSchemas, roots, taxonomy } = layered;
  return {
    taxonomy,
    documentCount: layered.documentCount,
    // the taxonomy rules run once per layered taxonomy and language, as the artifact carries them for its base
    taxonomyRuleFindings: (lang) => sharedTaxonomyRuleFindings(taxonomy, lang),
    schemas: (doc) =>
      withInstanceSchemas({ schemas: [...extSchemas, ...base.schemaDocs()], roots }, doc, base.schemaSource(source)),
  };
}

function layer(base: LayerBase, index: BaseIndex, starts: DtsStart[], source: DocumentSource): Layered {
  const bt = base.taxonomy;
  const baseDocs = index.docs;
  const reads: Layered['reads'] = [];
  const aliasAsked: string[] = [];
  let reusable = true;
  const stubSource: DocumentSource = {
    read: (url) => {
      if (baseDocs.has(documentKey(url))) return index.stub(documentKey(url));
      let b: Uint8Array | undefined;
      try {
        b = source.read(url);
      } catch (e) {
        reusable = false;
        throw e;
      }
      if (b) reads.push({ url, bytes: b });
      else reusable = false;
      return b;
    },
    describe: source.describe ? (url) => source.describe!(url) : undefined,
    whereParts: source.whereParts ? (url) => source.whereParts!(url) : undefined,
    aliasOf: source.aliasOf
      ? (url) => {
          const a = source.aliasOf!(url);
          if (a === undefined) aliasAsked.push(url);
          else reusable = false;
          return a;
        }
      : undefined,
    parsed: (url) => (baseDocs.has(documentKey(url)) ? index.parsedStub(url) : undefined),
  };
  const dts = discoverDts(starts, stubSource);
  checkEntryPoints(starts, dts);
  // file URLs of this layering's objects: a few distinct strings, each keyed once
  const fileKeys = new Map<string, string>();
  const keyOf = (file: string) => {
    let k = fileKeys.get(file);
    if (k === undefined) fileKeys.set(file, (k = documentKey(file)));
    return k;
  };
  const isBase = (file: string) => baseDocs.has(keyOf(file)) || keyOf(file) === OVERLAY_URL;
  const extDocs = [...dts.documents.values()].filter((d) => !baseDocs.has(documentKey(d.url)));

  // ---- schema side ----
  // the stubs' element declarations resolve the extension's substitution groups; their concepts come from the base
  const schema = buildSchemaModel(dts, { declarationsOnly: (url) => baseDocs.has(documentKey(url)) });
  const layering = base.layering();
  const concepts: Record<string, Concept> = {};
  const extConcepts: Record<string, Concept> = {};
  for (const [k, c] of Object.entries(schema.concepts)) {
    if (isBase(c.file) || bt.concepts[k]) continue;
    extConcepts[k] = c;
  }
  const constrained = identityConstrained(extDocs);
  for (const c of Object.values(extConcepts)) {
    completeConcept(c, extConcepts, bt, schema.types, layering);
    // a type's attribute uses decide an element's attributes only without identity constraints (src/compile/schema.ts)
    if (constrained.has(c.key)) {
      delete c.allowedAttributes;
      delete c.requiredAttributes;
    }
  }
  // extension first, as discovery from the filing orders them
  Object.assign(concepts, extConcepts);
  for (const [k, c] of index.entries('concepts')) concepts[k] = c as Concept;
  const roleTypes: Record<string, RoleType> = { ...bt.roleTypes };
  for (const [k, r] of Object.entries(schema.roleTypes)) if (!isBase(r.file) && !roleTypes[k]) roleTypes[k] = r;
  const arcroleTypes: Record<string, ArcroleType> = { ...bt.arcroleTypes };
  for (const [k, r] of Object.entries(schema.arcroleTypes))
    if (!isBase(r.file) && !arcroleTypes[k]) arcroleTypes[k] = r;
  const types: Record<string, SimpleType> = { ...bt.types, ...schema.types };
  const attributeTypes = new Map<string, SimpleType>(Object.entries(bt.attributes ?? {}));
  for (const [k, t] of schema.attributeTypes) attributeTypes.set(k, t);

  // ---- base endpoints the extension's locators point to ----
  const baseEndpoint = (docKey: string, id: string): string | undefined => index.endpoint(docKey, id);
  const targets = new Set<string>();
  for (const d of extDocs) {
    for (const el of walk(d.doc.root)) {
      if (attr(el, XLINK_TYPE) !== 'locator') continue;
      const href = attr(el, XLINK_HREF);
      if (!href) continue;
      const url = resolveUrl(href, baseUrl(el));
      const i = url.indexOf('#');
      if (i < 0 || !baseDocs.has(documentKey(url.slice(0, i)))) continue;
      let frag = url.slice(i + 1);
      try {
        frag = decodeURIComponent(frag);
      } catch {
        /* as is */
      }
      const ep = baseEndpoint(documentKey(url.slice(0, i)), frag.trim());
      if (ep) targets.add(ep);
    }
  }

  // ---- overlay: base relationships among those endpoints, as arcs compiled together with the extension ----
  const overlay: { net: number; rel: Relationship }[] = [];
  if (targets.size) {
    // per network, in network order: the relationships from a target (the base's index) whose end is a target too
    bt.networks.forEach((n, ni) => {
      const byFrom = index.relationshipsFrom(ni);
      const at: number[] = [];
      for (const t of targets) {
        const l = byFrom.get(t);
        if (l) for (const x of l) if (targets.has(n.relationships[x]!.to)) at.push(x);
      }
      at.sort((a, b) => a - b);
      for (const x of at) overlay.push({ net: ni, rel: n.relationships[x]! });
    });
  }
  const documents = new Map<string, DtsDocument>(dts.documents);
  const overlayLine = new Map<number, number>();
  if (overlay.length) {
    const px = new Prefixes();
    const href = (ep: string): string | undefined => {
      if (ep.startsWith('#resource:')) {
        const r = bt.resources[Number(ep.slice(10))];
        return r?.id !== undefined ? `${r.file}#${r.id}` : undefined;
      }
      const c = bt.concepts[ep];
      return c?.id !== undefined ? `${c.file}#${c.id}` : undefined;
    };
    const lines: string[] = [];
    overlay.forEach(({ net, rel }, oi) => {
      const n = bt.networks[net]!;
      const fh = href(rel.from);
      const th = href(rel.to);
      if (!fh || !th) return;
      const link = px.qname(n.link);
      const arc = px.qname(n.arc);
      let attrs = '';
      for (const [k, v] of Object.entries(rel.attributes)) attrs += ` ${escapeXml(px.qname(k))}="${escapeXml(v)}"`;
      lines.push(
        `<${link} xlink:type="extended" xlink:role="${escapeXml(n.role)}"><link:loc xlink:type="locator" xlink:href="${escapeXml(fh)}" xlink:label="f"/><link:loc xlink:type="locator" xlink:href="${escapeXml(th)}" xlink:label="t"/><${arc} xlink:type="arc" xlink:arcrole="${escapeXml(n.arcrole)}" xlink:from="f" xlink:to="t" order="${rel.order}" priority="${rel.priority}"${attrs}/></${link}>`,
      );
      overlayLine.set(lines.length + 1, oi); // line of this extended link (the root element is on line 1)
    });
    const xml = `<link:linkbase ${XMLNS_STD}${px.decls()}>\n${lines.join('\n')}\n</link:linkbase>`;
    const bytes = new TextEncoder().encode(xml);
    documents.set(OVERLAY_URL, { url: OVERLAY_URL, doc: parseXml(bytes, OVERLAY_URL), bytes, kind: 'linkbase' });
  }

  // ---- linkbase side ----
  const conceptOf = (el: XmlElement): string | undefined => {
    if (el.ns !== NS.xs || el.local !== 'element' || el.parent !== el.doc.root) return undefined;
    const name = attr(el, 'name');
    if (!name) return undefined;
    const d = documents.get(documentKey(el.doc.url));
    const key = clark(d?.targetNamespace ?? attr(el.doc.root, 'targetNamespace') ?? '', name);
    return concepts[key] ? key : undefined;
  };
  const lb = buildNetworks(
    { entryPoints: dts.entryPoints, documents, findings: [] },
    conceptOf,
    roleTypes,
    arcroleTypes,
    attributeTypes,
  );

  // resources: stubs' map back to the base, the extension's are appended
  const resources = [...bt.resources];
  const resMap = new Map<string, string>();
  lb.resources.forEach((r, i) => {
    const k = `#resource:${i}`;
    if (isBase(r.file)) {
      const ep = r.id !== undefined ? baseEndpoint(keyOf(r.file), r.id) : undefined;
      if (ep) resMap.set(k, ep);
    } else {
      resMap.set(k, `#resource:${resources.length}`);
      resources.push(r);
    }
  });
  const mapEp = (ep: string) => (ep.startsWith('#resource:') ? (resMap.get(ep) ?? ep) : ep);

  // networks: extension relationships first, base relationships that the overlay did not keep removed
  const baseKey = (n: Network) => `${n.arcrole}\u0000${n.role}\u0000${n.link}\u0000${n.arc}`;
  const kept = new Set<number>();
  const extByNet = new Map<string, { net: Network; rels: Relationship[] }>();
  for (const n of lb.networks) {
    const k = baseKey(n);
    for (const r of n.relationships) {
      if (keyOf(r.file) === OVERLAY_URL) {
        const oi = overlayLine.get(r.line);
        if (oi !== undefined) kept.add(oi);
        continue;
      }
      let e = extByNet.get(k);
      if (!e) extByNet.set(k, (e = { net: n, rels: [] }));
      const from = mapEp(r.from);
      const to = mapEp(r.to);
      e.rels.push(from === r.from && to === r.to ? r : { ...r, from, to });
    }
  }
  const removed = new Map<number, Set<Relationship>>();
  const emitted = new Set(overlayLine.values());
  overlay.forEach(({ net, rel }, oi) => {
    if (kept.has(oi) || !emitted.has(oi)) return;
    let s = removed.get(net);
    if (!s) removed.set(net, (s = new Set()));
    s.add(rel);
  });
  const front: Network[] = [];
  const rest: Network[] = [];
  const baseIndex = index.networkIndex(baseKey);
  const touched = new Set<number>();
  // the label networks of `networks`, in order, as the extension's relationships and the base network they precede
  const labelParts: { ext: readonly Relationship[]; base?: number }[] = [];
  for (const [k, { net, rels }] of extByNet) {
    const bi = baseIndex.get(k);
    if (net.arcrole === ARCROLE.conceptLabel) labelParts.push({ ext: rels, base: bi });
    if (bi === undefined) {
      front.push({ arcrole: net.arcrole, role: net.role, link: net.link, arc: net.arc, relationships: rels });
      continue;
    }
    touched.add(bi);
    const bn = bt.networks[bi]!;
    const gone = removed.get(bi);
    front.push({
      ...bn,
      relationships: [...rels, ...(gone ? bn.relationships.filter((r) => !gone.has(r)) : bn.relationships)],
    });
  }
  bt.networks.forEach((n, i) => {
    if (touched.has(i)) return;
    if (n.arcrole === ARCROLE.conceptLabel) labelParts.push({ ext: [], base: i });
    const gone = removed.get(i);
    if (!gone) rest.push(n);
    else {
      const rels = n.relationships.filter((r) => !gone.has(r));
      if (rels.length) rest.push({ ...n, relationships: rels });
    }
  });
  const networks = [...front, ...rest];

  // labels: recomputed for concepts whose label relationships changed
  const affected = new Set<string>();
  for (const { net, rels } of extByNet.values())
    if (net.arcrole === ARCROLE.conceptLabel) for (const r of rels) affected.add(r.from);
  for (const [ni, s] of removed)
    if (bt.networks[ni]!.arcrole === ARCROLE.conceptLabel) for (const r of s) affected.add(r.from);
  const labels: CompiledTaxonomy['labels'] = {};
  const fresh: CompiledTaxonomy['labels'] = {};
  const take = (r: Relationship) => {
    if (!affected.has(r.from) || !r.to.startsWith('#resource:')) return;
    const res = resources[Number(r.to.slice(10))];
    if (!res) return;
    const byRole = (fresh[r.from] ??= {});
    const byLang = (byRole[res.role ?? LABEL_ROLE_DEFAULT] ??= {});
    const lang = (res.lang ?? '').toLowerCase();
    if (byLang[lang] === undefined) byLang[lang] = res.text;
  };
  // the label networks' relationships from affected concepts in network order, without walking the base networks:
  // a base network's relationships from those concepts are found by the base's index and taken in their order
  if (affected.size)
    for (const { ext, base: bi } of labelParts) {
      for (const r of ext) take(r);
      if (bi === undefined) continue;
      const byFrom = index.relationshipsFrom(bi);
      const at: number[] = [];
      for (const a of affected) {
        const l = byFrom.get(a);
        if (l) for (const x of l) at.push(x);
      }
      if (!at.length) continue;
      at.sort((a, b) => a - b);
      const rels = bt.networks[bi]!.relationships;
      const gone = removed.get(bi);
      for (const x of at) if (!gone?.has(rels[x]!)) take(rels[x]!);
    }
  Object.assign(labels, fresh);
  for (const [k, v] of index.entries('labels'))
    if (!affected.has(k)) labels[k] = v as CompiledTaxonomy['labels'][string];

  // ---- findings, documents, dimensions ----
  const own = (f: Finding) => !isBase(f.file);
  const findings: Finding[] = [
    ...bt.findings,
    ...dts.findings.filter(own),
    ...schema.findings.filter(own),
    ...lb.findings.filter(own),
  ];
  // the artifact covers the filing only when its DTS reaches an entry point the artifact was compiled for (the filing's
  // extension imports it); otherwise the base is layered under a DTS that never names it: say so, once per filing
  const entryPoints = base.header.taxonomy.entryPoints;
  if (!entryPoints.some((ep) => dts.documents.has(documentKey(ep))))
    findings.push(
      paramFinding(
        'sbr:validatorMismatch',
        'warning',
        { urls: dts.entryPoints, entryPoints },
        starts[0]?.from ?? { file: dts.entryPoints[0] ?? '' },
      ),
    );
  const extInfo = extDocs.map((d) => {
    const x: CompiledTaxonomy['documents'][number] = { url: d.url, kind: d.kind, hash: bytesToHex(sha256(d.bytes)) };
    if (d.targetNamespace !== undefined) x.targetNamespace = d.targetNamespace;
    return x;
  });
  const merged: CompiledTaxonomy = {
    formatVersion: bt.formatVersion,
    entryPoints: dts.entryPoints,
    documents: [...extInfo, ...bt.documents],
    concepts,
    types,
    roleTypes,
    arcroleTypes,
    networks,
    resources,
    labels,
    findings,
    attributes: Object.fromEntries(attributeTypes),
  };
  merged.dimensions = compileDimensions(merged, (f) => findings.push(f));
  const enumerations = compileEnumerations(merged, extDocs, bt.enumerations);
  if (enumerations) merged.enumerations = enumerations;
  // XBRL Formula: the base taxonomy's compiled assertions (plain data, no resource indexes), then the extension's
  // own formula linkbases, compiled from the extension documents over the merged networks (a company's assertions
  // run with an artifact as with live discovery). An extension resource related to a base formula resource (its
  // filter, say) is not resolved through the base: the formula compiler reports the missing resource.
  // (skipped when no extension document has a formula resource: compileFormula would find none and return nothing)
  // (the processor: src/formula/engine.ts, FormulaEngineNotLoaded when not loaded; validateParsed loads it, runs again)
  const extFormula = extDocs.some(hasFormulaResource)
    ? formulaEngine().compileFormula(
        { entryPoints: dts.entryPoints, documents: new Map(extDocs.map((d) => [documentKey(d.url), d])), findings: [] },
        merged,
      )
    : { findings: [] };
  findings.push(...extFormula.findings);
  const formula = mergeFormula(bt.formula, extFormula.model);
  if (formula) merged.formula = formula;

  const roots = dts.entryPoints.filter(
    (u) => dts.documents.get(documentKey(u))?.kind === 'schema' && !baseDocs.has(documentKey(u)),
  );
  for (const u of dts.entryPoints) {
    const d = baseDocs.get(documentKey(u));
    if (d?.kind === 'schema') roots.push(u);
  }
  return {
    taxonomy: merged,
    documentCount: base.header.documents.length + extDocs.length,
    extSchemas: extDocs.filter((d) => d.kind === 'schema').map((d) => ({ url: d.url, bytes: d.bytes })),
    roots,
    reads,
    aliasAsked,
    reusable,
  };
}

/**
 * Completes an extension concept compiled without the base documents: the substitution-group chain continues through
 * the base concept it reaches, the kind follows from it, and a type declared in the base gives its profile.
 */
function completeConcept(
  c: Concept,
  ext: Record<string, Concept>,
  bt: CompiledTaxonomy,
  extTypes: Record<string, SimpleType>,
  layering: Layering,
): void {
  const chain = [...c.substitutionGroups];
  const last = chain[chain.length - 1];
  // the chain stopped at the first head that is not declared in the extension
  if (last !== undefined && !ext[last] && bt.concepts[last]) {
    for (const k of bt.concepts[last]!.substitutionGroups) {
      if (chain.includes(k)) break;
      chain.push(k);
    }
  }
  const kind: Concept['kind'] = chain.includes(ITEM) ? 'item' : chain.includes(TUPLE) ? 'tuple' : 'other';
  c.substitutionGroups = chain;
  if (chain.length) c.substitutionGroup = chain[0];
  c.kind = kind;
  if (c.type === undefined && chain.length) {
    const head = ext[chain[0]!] ?? bt.concepts[chain[0]!];
    if (head?.type && head.type !== '#anonymous') c.type = head.type;
  }
  const t = c.type;
  const fromBase = t !== undefined && t !== '#anonymous' && !t.startsWith(`{${NS.xs}}`) && !extTypes[t];
  if (fromBase) {
    const profile: Profile | undefined = kind === 'tuple' ? layering.tupleProfiles[t] : layering.itemProfiles[t];
    const fields = kind === 'tuple' ? TUPLE_PROFILE_FIELDS : ITEM_PROFILE_FIELDS;
    for (const f of fields) {
      const v = profile?.[f];
      if (v === undefined) delete (c as unknown as Record<string, unknown>)[f];
      else (c as unknown as Record<string, unknown>)[f] = v;
    }
    if (kind === 'tuple') {
      c.numeric = false;
      c.fraction = false;
    }
  } else if (kind === 'item' && !c.valueType && !c.complexContent) {
    c.complexContent = true;
  }
  if (c.typedDomainRef && c.typedDomainRef.target === undefined) {
    const u = c.typedDomainRef.url;
    const i = u.indexOf('#');
    if (i > 0) {
      const k = documentKey(u.slice(0, i));
      const id = u.slice(i + 1);
      const target = Object.values(bt.concepts).find((x) => x.id === id && documentKey(x.file) === k);
      if (target) c.typedDomainRef.target = target.key;
    }
  }
}

/** Keys of the global element declarations of `docs` with an identity constraint (xs:key, xs:keyref, xs:unique). */
function identityConstrained(docs: DtsDocument[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs) {
    if (d.kind !== 'schema') continue;
    for (const el of d.doc.root.children) {
      if (el.ns !== NS.xs || el.local !== 'element') continue;
      const name = attr(el, 'name');
      if (
        name !== undefined &&
        el.children.some((x) => x.ns === NS.xs && (x.local === 'key' || x.local === 'keyref' || x.local === 'unique'))
      )
        out.add(clark(d.targetNamespace ?? '', name));
    }
  }
  return out;
}

function* walk(root: XmlElement): Generator<XmlElement> {
  const stack = [root];
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }
}

/** The base's formula model followed by the extension's (parameters, variable sets, ... of both, base first). */
function mergeFormula(base: FormulaModel | undefined, ext: FormulaModel | undefined): FormulaModel | undefined {
  if (!base || !ext) return base ?? ext;
  return {
    parameters: [...base.parameters, ...ext.parameters],
    variableSets: [...base.variableSets, ...ext.variableSets],
    consistencyAssertions: [...base.consistencyAssertions, ...ext.consistencyAssertions],
    customFunctions: [...base.customFunctions, ...ext.customFunctions],
    resourceCount: base.resourceCount + ext.resourceCount,
  };
}
