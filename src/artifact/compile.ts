/**
 * Compiles a taxonomy into a validator artifact (`.sbrv`, see format.ts): DTS discovery and compilation as for live
 * validation, plus what validating without the taxonomy needs — the taxonomy-rule findings per label language, the
 * DTS schemas' bytes (XML Schema validation), the document reference graph and the type profiles used to layer a
 * filing's extension schema on the compiled base (layer.ts). Node-free; deterministic: the same inputs give the
 * same bytes (no timestamps, no absolute package paths, canonical header, sections in compile order).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { deflateSync } from 'fflate';
import type { CompiledTaxonomy, Concept } from '../compile/types.js';
import {
  discoverDts,
  documentKey,
  stripFragment,
  type DocumentSource,
  type Dts,
  type DtsDocument,
} from '../dts/discover.js';
import { ITEM, LABEL_ROLE, NS, TUPLE, XLINK_HREF, XLINK_TYPE } from '../dts/namespaces.js';
import { buildSchemaModel } from '../compile/schema.js';
import type { Finding, MessageParam } from '../findings.js';
import { discoverAndCompile, XBRL_INSTANCE_SCHEMA, type LoadedDts } from '../validate/core.js';
import { hashDocuments } from '../compile/compile.js';
import { runRules } from '../rules/engine.js';
import { allRules } from '../rules/index.js';
import { attr, baseUrl, clark, parseXml, resolveUrl, type XmlElement } from '../xml/parse.js';
import { COMPILED_FORMAT_VERSION } from '../compile/types.js';
import { encodeSection } from './codec.js';
import {
  ARTIFACT_FORMAT_VERSION,
  ARTIFACT_MAGIC,
  canonicalJson,
  concatBytes,
  FIXED_PREFIX,
  type ArtifactHeader,
  type ArtifactPackage,
  type SectionEntry,
} from './format.js';

/** Fields of a concept that follow from its type (copied onto extension concepts typed by a base type). */
export const ITEM_PROFILE_FIELDS = [
  'xbrliType',
  'valueType',
  'complexContent',
  'numeric',
  'fraction',
  'attributeDefaults',
  'attributeTypes',
  'allowedAttributes',
  'requiredAttributes',
] as const;
export const TUPLE_PROFILE_FIELDS = [
  'content',
  'attributeDefaults',
  'attributeTypes',
  'allowedAttributes',
  'requiredAttributes',
] as const;
export type Profile = Partial<
  Pick<Concept, (typeof ITEM_PROFILE_FIELDS)[number] | (typeof TUPLE_PROFILE_FIELDS)[number]>
>;

/** Data for layering an extension DTS on the compiled base (see layer.ts). */
export interface Layering {
  /** Discovering references between documents, as indexes into the header's `documents`. */
  edges: [number, number][];
  /** What an item (or tuple) of each named type of the DTS would be given, by type key. */
  itemProfiles: Record<string, Profile>;
  tupleProfiles: Record<string, Profile>;
  relationshipCount: number;
  /**
   * True when discovery from the xbrl-instance schema, reading the artifact's own schemas only, reaches only own
   * schemas and nothing is missing (`instanceSchemasInDts`): for an instance without `xsi:schemaLocation`,
   * validate/core.ts `withInstanceSchemas` then adds nothing to the DTS schemas, whatever the validating side's resolver
   * holds (own schemas are read first), and the Validator skips that discovery. Absent in earlier artifacts.
   */
  instanceSchemasInDts?: boolean;
}

export interface RuleFindings {
  /** Findings of the taxonomy-scope rules per message language; a language that is absent gives the same as `en`. */
  byLang: Record<string, Finding[]>;
}

export interface CompileArtifactOptions {
  /** Taxonomy packages the documents came from (identity only). */
  packages?: { file?: string; identifier?: string; name?: string; version?: string }[];
  /** A Dutch filing-rule profile recorded in the header (`sbr compile --profile`), applied by the Validator by default. */
  profile?: string;
}

export interface CompiledArtifact {
  bytes: Uint8Array;
  header: ArtifactHeader;
  loaded: LoadedDts;
}

/** Compiled-taxonomy keys that are not sections (they are in the header). */
const HEADER_KEYS = new Set(['formatVersion', 'entryPoints', 'documents']);

/**
 * `JSON.stringify(v)` with every character past U+007F written as a `\uXXXX` escape (RFC 8259 section 7): the same
 * JSON value in ASCII only, so that a reader may take the bytes as a one-byte string (Node: `latin1`, no UTF-8
 * decoding; for the KvK 2024 artifact's sections 45-60 ms less on every load, issue 14) and `JSON.parse` gives the
 * same strings. A section written as UTF-8 by an earlier version is read as before (src/artifact/read.ts).
 */
export function asciiJson(v: unknown): string {
  return JSON.stringify(v).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One UTF-16 code unit past U+007F (a pair's two surrogates are escaped one by one, as JSON allows). */
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Compiles the DTS of `entryPoints` into artifact bytes.
 * @param entryPoints absolute URLs or paths of the entry-point schemas or linkbases
 * @throws FatalInputError `sbr:entryPointNotFound` when an entry point cannot be read
 */
export function compileArtifact(
  entryPoints: string[],
  source: DocumentSource,
  options: CompileArtifactOptions = {},
): CompiledArtifact {
  const loaded = discoverAndCompile(
    entryPoints.map((href) => ({ href })),
    source,
  );
  const { dts, taxonomy } = loaded;
  hashDocuments(taxonomy, dts);

  const sections: { name: string; data: Uint8Array; raw?: boolean }[] = [];
  const enc = new TextEncoder();
  const json = (name: string, v: unknown) => sections.push({ name, data: enc.encode(asciiJson(v)) });
  for (const [k, v] of Object.entries(taxonomy))
    if (!HEADER_KEYS.has(k) && v !== undefined)
      json(k, encodeSection(k, k === 'findings' ? (v as Finding[]).map(portableFinding) : v));

  const languages = labelLanguages(taxonomy);
  json('ruleFindings', taxonomyRuleFindings(taxonomy, languages));

  const docIndex = new Map<string, number>();
  taxonomy.documents.forEach((d, i) => docIndex.set(documentKey(d.url), i));
  const relationshipCount = taxonomy.networks.reduce((n, x) => n + x.relationships.length, 0);
  const schemaDocs = [...dts.documents.values()].filter((d) => d.kind === 'schema');
  const layering: Layering = { edges: documentEdges(dts, docIndex), ...typeProfiles(dts), relationshipCount };
  if (instanceSchemasInDts(schemaDocs)) layering.instanceSchemasInDts = true;
  json('layering', layering);

  let off = 0;
  json(
    'schemaIndex',
    schemaDocs.map((d) => {
      const e = { url: d.url, offset: off, length: d.bytes.length };
      off += d.bytes.length;
      return e;
    }),
  );
  sections.push({ name: 'schemaBytes', data: concatBytes(schemaDocs.map((d) => d.bytes)) });

  // standard documents outside the DTS that filings' extensions and Inline XBRL validation read (SUPPORT_DOCUMENTS)
  const supportDocs = supportDocuments(source, new Set(dts.documents.keys()));
  off = 0;
  json(
    'supportIndex',
    supportDocs.map((d) => {
      const e = { url: d.url, offset: off, length: d.bytes.length };
      off += d.bytes.length;
      return e;
    }),
  );
  sections.push({ name: 'supportBytes', data: concatBytes(supportDocs.map((d) => d.bytes)) });

  const { entries, stored, offset } = storeSections(sections, 0);

  const header: ArtifactHeader = {
    format: 'sbr-validator-artifact',
    formatVersion: ARTIFACT_FORMAT_VERSION,
    compiledFormatVersion: COMPILED_FORMAT_VERSION,
    taxonomy: { entryPoints: taxonomy.entryPoints, packages: (options.packages ?? []).map(packageIdentity) },
    documents: taxonomy.documents.map((d) => {
      const x: ArtifactHeader['documents'][number] = { url: d.url, kind: d.kind, sha256: d.hash ?? '' };
      if (d.targetNamespace !== undefined) x.targetNamespace = d.targetNamespace;
      return x;
    }),
    sections: entries,
    payloadLength: offset,
    stats: {
      concepts: Object.keys(taxonomy.concepts).length,
      relationships: relationshipCount,
      labelLanguages: languages,
    },
  };
  if (options.profile) header.profile = options.profile;
  return { bytes: envelope(header, stored), header, loaded };
}

/**
 * Whether the xbrl-instance schema and everything discovery reaches from it are among `schemas` (read from them alone:
 * nothing missing, nothing else reached, no finding): Layering.instanceSchemasInDts.
 */
function instanceSchemasInDts(schemas: DtsDocument[]): boolean {
  const own = new Map(schemas.map((d) => [documentKey(d.url), d.bytes]));
  if (!own.has(documentKey(XBRL_INSTANCE_SCHEMA))) return false;
  const reached = discoverDts([{ href: XBRL_INSTANCE_SCHEMA }], { read: (url) => own.get(documentKey(url)) });
  return (
    reached.findings.length === 0 &&
    [...reached.documents.values()].every((d) => d.kind === 'schema' && own.has(documentKey(d.url)))
  );
}

/** Sections as stored from payload offset `start` on: deflated when that saves 5% or more, else as they are. */
function storeSections(
  sections: { name: string; data: Uint8Array }[],
  start: number,
): { entries: SectionEntry[]; stored: Uint8Array[]; offset: number } {
  const entries: SectionEntry[] = [];
  const stored: Uint8Array[] = [];
  let offset = start;
  for (const s of sections) {
    const z = deflateSync(s.data, { level: 6 });
    const deflate = z.length < s.data.length * 0.95;
    const out = deflate ? z : s.data;
    entries.push({
      name: s.name,
      offset,
      length: out.length,
      size: s.data.length,
      encoding: deflate ? 'deflate' : 'none',
    });
    stored.push(out);
    offset += out.length;
  }
  return { entries, stored, offset };
}

/** The artifact bytes of `header` and the stored payload (format.ts layout): prefix, header, payload, sha256 trailer. */
function envelope(header: ArtifactHeader, payload: Uint8Array[]): Uint8Array {
  const enc = new TextEncoder();
  const headerBytes = enc.encode(canonicalJson(header));
  const prefix = new Uint8Array(FIXED_PREFIX);
  prefix.set(enc.encode(ARTIFACT_MAGIC), 0);
  const dv = new DataView(prefix.buffer);
  dv.setUint16(4, ARTIFACT_FORMAT_VERSION, true);
  dv.setUint32(8, headerBytes.length, true);
  const body = concatBytes([prefix, headerBytes, ...payload]);
  return concatBytes([body, sha256(body)]);
}

/**
 * `artifact` with JSON sections added after its own (`sections`: name and value, written as compileArtifact writes
 * its sections): the same header otherwise, a new sha256 trailer. For what is known only after compiling, such as the
 * `schemaSets` that src/artifact/node.ts `recordCleanSchemaSet` validates.
 * @throws Error when a section of that name is there already
 */
export function appendSections(
  artifact: CompiledArtifact,
  sections: { name: string; value: unknown }[],
): CompiledArtifact {
  const old = artifact.header;
  for (const s of sections)
    if (old.sections.some((e) => e.name === s.name)) throw new Error(`the artifact has a section ${s.name} already`);
  const payloadStart = FIXED_PREFIX + new DataView(artifact.bytes.buffer, artifact.bytes.byteOffset).getUint32(8, true);
  const payload = artifact.bytes.subarray(payloadStart, payloadStart + old.payloadLength);
  const enc = new TextEncoder();
  const { entries, stored, offset } = storeSections(
    sections.map((s) => ({ name: s.name, data: enc.encode(asciiJson(s.value)) })),
    old.payloadLength,
  );
  const header: ArtifactHeader = { ...old, sections: [...old.sections, ...entries], payloadLength: offset };
  return { ...artifact, bytes: envelope(header, [payload, ...stored]), header };
}

/**
 * Standard XBRL International documents that a filing may reference outside the compiled DTS: company extensions
 * import the DTR types, LRR roles/arcroles and Calculations 1.1; Inline XBRL filings are checked against the Inline
 * XBRL 1.1 schema set. The artifact carries those of them (and their import/include closure) that the compiling
 * source can read, so that a filing validates with the artifact alone as it does with the taxonomy packages and cache.
 */
export const SUPPORT_DOCUMENTS = [
  'http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd',
  'http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd',
  'http://www.xbrl.org/dtr/type/nonNumeric-2009-12-16.xsd',
  'http://www.xbrl.org/dtr/type/2020-01-21/types.xsd',
  'http://www.xbrl.org/dtr/type/2022-03-31/types.xsd',
  'http://www.xbrl.org/dtr/type/2024-01-31/types.xsd',
  'https://www.xbrl.org/2023/calculation-1.1.xsd',
  ...[
    'positive-2009-12-16',
    'negative-2009-12-16',
    'negated-2008-03-31',
    'negated-2009-12-16',
    'net-2009-12-16',
    'reference-2009-12-16',
    'restated-2006-02-21',
    'deprecated-2009-12-16',
    'property-2022-09-28',
  ].map((n) => `http://www.xbrl.org/lrr/role/${n}.xsd`),
  ...[
    'factExplanatory-2009-12-16',
    'parent-child-2013-09-19',
    'deprecated-2009-12-16',
    'esma-arcrole-2018-11-21',
    'accounting-arcrole-2023-01-04',
  ].map((n) => `http://www.xbrl.org/lrr/arcrole/${n}.xsd`),
];

/** The support documents `source` can read, with their schema import/include/redefine closure, minus `have` (document keys). */
function supportDocuments(source: DocumentSource, have: Set<string>): { url: string; bytes: Uint8Array }[] {
  const out: { url: string; bytes: Uint8Array }[] = [];
  const seen = new Set(have);
  const queue = [...SUPPORT_DOCUMENTS];
  const latin1 = new TextDecoder('latin1');
  while (queue.length) {
    const url = queue.shift()!;
    const key = documentKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    let bytes: Uint8Array | undefined;
    try {
      bytes = source.read(url);
    } catch {
      bytes = undefined;
    }
    if (!bytes) continue;
    out.push({ url, bytes });
    const text = latin1.decode(bytes).replace(/<!--[\s\S]*?-->/g, '');
    for (const m of text.matchAll(
      /<(?:[\w.-]+:)?(?:import|include|redefine)\b[^>]*?\sschemaLocation\s*=\s*(["'])([^"']+)\1/g,
    )) {
      queue.push(stripFragment(resolveUrl(m[2]!, url)));
    }
  }
  return out;
}

function packageIdentity(p: { file?: string; identifier?: string; name?: string; version?: string }): ArtifactPackage {
  const out: ArtifactPackage = {};
  if (p.identifier !== undefined) out.identifier = p.identifier;
  if (p.name !== undefined) out.name = p.name;
  if (p.version !== undefined) out.version = p.version;
  if (p.file !== undefined) out.file = p.file.split(/[\\/]/).pop()!;
  return out;
}

/** Languages of standard labels (lower case), sorted. */
export function labelLanguages(taxonomy: CompiledTaxonomy): string[] {
  const langs = new Set<string>();
  for (const byRole of Object.values(taxonomy.labels))
    for (const l of Object.keys(byRole[LABEL_ROLE] ?? {})) langs.add(l);
  return [...langs].sort();
}

/**
 * Taxonomy-rule findings for every message language that can change them: each label language, its primary
 * subtag, and `en` (engine.ts conceptLabel: any other language falls back exactly as `en` does).
 */
/**
 * A taxonomy finding as it is stored in an artifact, which is used on other machines (issue 11 item 8): the folders and
 * files of the compiling machine (`looked in: /home/.../xbrl-schemas/...`, a catalog's path) are replaced by what
 * names the source anywhere: the compiled validator, and package names for package paths.
 */
export function portableFinding(f: Finding): Finding {
  const message = portableText(f.message);
  const w = f.params?.['where'];
  const where =
    typeof w === 'string' ? portableText(w) : w && typeof w === 'object' && !Array.isArray(w) ? portableWhere(w) : w;
  if (message === f.message && where === w) return f;
  return { ...f, message, ...(where !== w ? { params: { ...f.params, where } } : {}) };
}

/** The structured `where` of sbr:documentNotFound (messages/en-sbr.ts WhereParam) without the machine's paths. */
function portableWhere(w: { [k: string]: MessageParam }): { [k: string]: MessageParam } {
  const c = w['catalog'] as { entry?: MessageParam } | undefined;
  if (!c && !w['looked']) return w;
  const out: { [k: string]: MessageParam } = { ...w };
  if (c) out['catalog'] = { entry: c.entry };
  if (w['looked']) {
    delete out['looked'];
    out['compiled'] = true;
  }
  return out;
}

/** Text (a message, or the `where` param of sbr:documentNotFound) without the compiling machine's folders. */
function portableText(text: string): string {
  return text
    .replace(/looked in: [^;)]*/g, 'looked in: the packages and cache folders the validator was compiled with')
    .replace(
      /the (\S+) entry of catalog [^\s;)]+ maps it to [^\s;)]+/g,
      'the $1 entry of a catalog of the compiled validator maps it',
    )
    .replace(/(?:\/|[A-Za-z]:\\)[^\s'"()]*?([^\s'"()/\\]+\.zip)(?:\/[^\s'"();]*)?/g, 'package $1');
}

function taxonomyRuleFindings(taxonomy: CompiledTaxonomy, languages: string[]): RuleFindings {
  const rules = allRules.filter((r) => r.scope === 'taxonomy');
  const en = runRules(rules, taxonomy, undefined, { lang: 'en' });
  const byLang: Record<string, Finding[]> = { en };
  const enJson = JSON.stringify(en);
  const candidates = new Set<string>();
  for (const l of languages) {
    candidates.add(l);
    candidates.add(l.split('-')[0]!);
  }
  for (const l of [...candidates].sort()) {
    if (l === 'en') continue;
    const f = runRules(rules, taxonomy, undefined, { lang: l });
    if (JSON.stringify(f) !== enJson) byLang[l] = f;
  }
  return { byLang };
}

/** Discovering references between DTS documents (as discover.ts follows them), as document index pairs. */
function documentEdges(dts: Dts, docIndex: Map<string, number>): [number, number][] {
  const edges = new Set<string>();
  const out: [number, number][] = [];
  for (const d of dts.documents.values()) {
    const from = docIndex.get(documentKey(d.url));
    if (from === undefined) continue;
    const add = (href: string | undefined, el: XmlElement) => {
      if (href === undefined || href.trim() === '') return;
      const url = stripFragment(resolveUrl(href, baseUrl(el)));
      if (url === '') return;
      const to = docIndex.get(documentKey(url));
      if (to === undefined || to === from || edges.has(`${from},${to}`)) return;
      edges.add(`${from},${to}`);
      out.push([from, to]);
    };
    for (const el of walk(d.doc.root)) {
      if (el.ns === NS.xs && (el.local === 'import' || el.local === 'include' || el.local === 'redefine'))
        add(attr(el, 'schemaLocation'), el);
      else if (
        el.ns === NS.link &&
        (el.local === 'linkbaseRef' ||
          el.local === 'roleRef' ||
          el.local === 'arcroleRef' ||
          (el.local === 'loc' && attr(el, XLINK_TYPE) === 'locator'))
      ) {
        add(attr(el, XLINK_HREF), el);
      }
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

const PROFILE_NS = 'urn:sbr-validator:artifact-profiles';

/**
 * Type profiles: the type-dependent fields that an item (and a tuple) declared with each named type of the DTS
 * gets, found by compiling one synthetic element declaration per type and substitution group alongside the DTS.
 */
function typeProfiles(dts: Dts): { itemProfiles: Record<string, Profile>; tupleProfiles: Record<string, Profile> } {
  const typeKeys: string[] = [];
  const seen = new Set<string>();
  for (const d of dts.documents.values()) {
    if (d.kind !== 'schema') continue;
    for (const c of d.doc.root.children) {
      const name = attr(c, 'name');
      if (c.ns !== NS.xs || !name || (c.local !== 'complexType' && c.local !== 'simpleType')) continue;
      const key = clark(d.targetNamespace ?? '', name);
      if (!seen.has(key)) {
        seen.add(key);
        typeKeys.push(key);
      }
    }
  }
  const nsPrefix = new Map<string, string>();
  const qn = (key: string) => {
    const i = key.indexOf('}');
    const ns = key.slice(1, i);
    let p = nsPrefix.get(ns);
    if (!p) nsPrefix.set(ns, (p = `n${nsPrefix.size}`));
    return `${p}:${key.slice(i + 1)}`;
  };
  const els: string[] = [];
  typeKeys.forEach((k, i) => {
    const t = escapeXml(qn(k));
    els.push(
      `<xs:element name="i${i}" type="${t}" substitutionGroup="xbrli:item"/><xs:element name="t${i}" type="${t}" substitutionGroup="xbrli:tuple"/>`,
    );
  });
  const decls = [...nsPrefix].map(([ns, p]) => ` xmlns:${p}="${escapeXml(ns)}"`).join('');
  const xml = `<xs:schema xmlns:xs="${NS.xs}" xmlns:xbrli="${NS.xbrli}"${decls} targetNamespace="${PROFILE_NS}">${els.join('')}</xs:schema>`;
  const url = `${PROFILE_NS}.xsd`;
  const bytes = new TextEncoder().encode(xml);
  const synth: DtsDocument = { url, doc: parseXml(bytes, url), bytes, kind: 'schema', targetNamespace: PROFILE_NS };
  const documents = new Map(dts.documents);
  documents.set(url, synth);
  // the xbrli item/tuple heads must be there for the chains; they are in every DTS through xbrl-instance.xsd
  const model = buildSchemaModel({ entryPoints: dts.entryPoints, documents, findings: [] });
  const itemProfiles: Record<string, Profile> = {};
  const tupleProfiles: Record<string, Profile> = {};
  typeKeys.forEach((k, i) => {
    const item = model.concepts[clark(PROFILE_NS, `i${i}`)];
    const tuple = model.concepts[clark(PROFILE_NS, `t${i}`)];
    if (item && item.substitutionGroups.includes(ITEM)) itemProfiles[k] = pick(item, ITEM_PROFILE_FIELDS);
    if (tuple && tuple.substitutionGroups.includes(TUPLE)) tupleProfiles[k] = pick(tuple, TUPLE_PROFILE_FIELDS);
  });
  return { itemProfiles, tupleProfiles };
}

export function pick(c: Concept, fields: readonly (keyof Concept)[]): Profile {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (c[f] !== undefined) out[f] = c[f];
  return out as Profile;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
