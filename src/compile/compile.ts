/**
 * Compiles a discovered DTS into the plain-data `CompiledTaxonomy` that every rule module reads.
 * No XML nodes or functions survive compilation, so the result can be serialised as a validator artifact.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { buildNetworks } from './linkbase.js';
import { documentKey, type Dts } from '../dts/discover.js';
import { ARCROLE, NS } from '../dts/namespaces.js';
import { buildSchemaModel } from './schema.js';
import { attr, clark, type XmlElement } from '../xml/parse.js';
import { COMPILED_FORMAT_VERSION, type CompiledTaxonomy, type SimpleType } from './types.js';

/**
 * Fills `documents[].hash` (sha256, hex) from the DTS's bytes. Only what needs document identity calls it (a
 * validator artifact, the taxonomy-check cache): hashing 35 MB on every taxonomy load would cost ~0.25 s.
 */
export function hashDocuments(taxonomy: CompiledTaxonomy, dts: Dts): void {
  for (const d of taxonomy.documents) {
    if (d.hash !== undefined) continue;
    const doc = dts.documents.get(documentKey(d.url));
    if (doc) d.hash = sha256HexOf(doc.bytes);
  }
}

/** sha256 of bytes by their array: the DTS documents of discovery are one array per content (src/xml/document-cache.ts). */
const hashes = new WeakMap<Uint8Array, string>();

/** Records that `bytes` hash to `hex` (a sha256 known from elsewhere, e.g. an artifact's header), for `sha256HexOf`. */
export function knownSha256(bytes: Uint8Array, hex: string): void {
  if (!hashes.has(bytes)) hashes.set(bytes, hex);
}

/**
 * sha256 (hex) of `bytes`, computed once per array (the array's bytes must never change, as those of DTS documents
 * and the document cache do not).
 */
export function sha256HexOf(bytes: Uint8Array): string {
  let h = hashes.get(bytes);
  if (h === undefined) hashes.set(bytes, (h = bytesToHex(sha256(bytes))));
  return h;
}

/**
 * Compiles the DTS (XBRL 2.1 sections 3 and 5): concepts with types and facets, role and arcrole types,
 * relationship networks after prohibition/override, and labels per concept, role and language.
 *
 * @returns the compiled taxonomy; discovery and compile findings are in `findings`
 */
export function compileDts(dts: Dts): CompiledTaxonomy {
  const schema = buildSchemaModel(dts);
  // Memoised per element: a concept is the target of many locators (a label per language, references), and the same
  // key string each time is hashed once by the maps downstream.
  const conceptKeys = new Map<XmlElement, string | undefined>();
  const conceptOf = (el: XmlElement): string | undefined => {
    if (el.ns !== NS.xs || el.local !== 'element' || el.parent !== el.doc.root) return undefined;
    if (conceptKeys.has(el)) return conceptKeys.get(el);
    const name = attr(el, 'name');
    let key: string | undefined;
    if (name) {
      const d = dts.documents.get(documentKey(el.doc.url));
      key = clark(d?.targetNamespace ?? attr(el.doc.root, 'targetNamespace') ?? '', name);
      if (!schema.concepts[key]) key = undefined;
    }
    conceptKeys.set(el, key);
    return key;
  };
  const lb = buildNetworks(dts, conceptOf, schema.roleTypes, schema.arcroleTypes, schema.attributeTypes);

  const labels: CompiledTaxonomy['labels'] = {};
  for (const n of lb.networks) {
    if (n.arcrole !== ARCROLE.conceptLabel) continue;
    for (const r of n.relationships) {
      if (!r.to.startsWith('#resource:')) continue;
      const res = lb.resources[Number(r.to.slice(10))];
      if (!res) continue;
      const role = res.role ?? 'http://www.xbrl.org/2003/role/label';
      const byRole = (labels[r.from] ??= {});
      const byLang = (byRole[role] ??= {});
      const lang = (res.lang ?? '').toLowerCase();
      if (byLang[lang] === undefined) byLang[lang] = res.text;
    }
  }

  const documents = [...dts.documents.values()].map((d) => {
    const info: CompiledTaxonomy['documents'][number] = { url: d.url, kind: d.kind };
    if (d.targetNamespace !== undefined) info.targetNamespace = d.targetNamespace;
    return info;
  });

  const attributes: Record<string, SimpleType> = {};
  for (const [k, t] of schema.attributeTypes) attributes[k] = t;

  return {
    formatVersion: COMPILED_FORMAT_VERSION,
    entryPoints: dts.entryPoints,
    documents,
    concepts: schema.concepts,
    types: schema.types,
    roleTypes: schema.roleTypes,
    arcroleTypes: schema.arcroleTypes,
    networks: lb.networks,
    resources: lb.resources,
    labels,
    attributes,
    findings: [...dts.findings, ...schema.findings, ...lb.findings],
  };
}
