/**
 * The Node-free validation core: given a filing's bytes (already read) and a source of compiled taxonomies, it
 * parses the document, finds its DTS entry points, obtains the compiled taxonomy, loads the instance and runs the
 * rules. It touches no Node built-in, so it runs in a browser as well: `src/validate/node.ts` wraps it for local files
 * and a Resolver, the validator artifact (`src/artifact/`) wraps it for a precompiled taxonomy.
 *
 * Data flow: parse → entry points → taxonomy (live DTS discovery + compile, or an artifact) → instance → rules →
 * (optional) XML Schema validation → deduplicated, sorted findings.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { paramFinding } from '../messages/index.js';
import { compileDts, hashDocuments, sha256HexOf } from '../compile/compile.js';
import { compileDimensions } from '../compile/dimensions.js';
import { compileEnumerations } from '../compile/enumerations.js';
import {
  assertFormulaEngineFor,
  compileFormulaIfAny,
  FormulaEngineNotLoaded,
  loadFormulaEngine,
  withFormulaEngine,
} from '../formula/engine.js';
import type { CompiledTaxonomy } from '../compile/types.js';
import {
  discoverDts,
  documentKey,
  stripFragment,
  type DocumentSource,
  type Dts,
  type DtsStart,
} from '../dts/discover.js';
import { NS, XLINK_HREF } from '../dts/namespaces.js';
import { taxonomySchemaInput, type TaxonomySchemaInput } from '../dts/taxonomy-schemas.js';
import { compareFindings, FatalInputError, finding, type Finding } from '../findings.js';
import { loadInstance } from '../instance/load.js';
import {
  isPlainNamespace,
  noCdataSections,
  noWhitespaceReferences,
  plainNamespaceDeclarations,
  plainXmlDeclaration,
  proveSchemaValidity,
  schemaSetNotCovered,
  type SchemaSetDocument,
} from '../instance/schema-proof.js';
import type { Instance } from '../instance/types.js';
import { runRules } from '../rules/engine.js';
import { allRules } from '../rules/index.js';
import { checkTaxonomyDocuments } from '../rules/xbrl21/taxonomy/schema-validity.js';
import type { FormulaOptions, Rule } from '../rules/types.js';
import { foldSchemaFindings } from '../report/fold.js';
import { dtsNamespaces, missingUrlOf, rootCausesFirst } from '../report/root-cause.js';
import { parseXml, resolveUrl, type XmlDocument } from '../xml/parse.js';
import { holdsBytes, parseXmlShared } from '../xml/document-cache.js';
import { squeezeIgnorableWhitespace } from '../xml/whitespace.js';

export interface DocumentResult {
  file: string;
  /**
   * `unvalidated`: the input could not be validated at all (its one finding says why; CLI exit 2); `reportPackage`: a
   * report package whose structure is invalid (its rpe: finding; exit 1).
   */
  kind: 'instance' | 'taxonomy' | 'unvalidated' | 'reportPackage';
  valid: boolean;
  findings: Finding[];
  stats: {
    documents: number;
    concepts: number;
    relationships: number;
    contexts: number;
    units: number;
    facts: number;
    ms: number;
  };
}

/** A schema document for XML Schema validation. */
export interface SchemaDoc {
  url: string;
  bytes: Uint8Array;
  /** The bytes never change (a loaded artifact's schemas): XML Schema validation keeps what it scans of them. */
  immutable?: boolean;
}

/** XML Schema validation of an instance against the DTS schemas (xmllint-wasm in Node; absent in the browser). */
export type SchemaValidator = (
  instance: SchemaDoc,
  schemas: SchemaDoc[],
  rootSchemas: string[],
  /** pruneUnusedElements false = compile every declaration; moreDocuments = also validate these in the same run. */
  options?: { pruneUnusedElements?: boolean; moreDocuments?: SchemaDoc[] },
) => Promise<Finding[]>;

/** What a taxonomy source returns for a filing's entry points. */
export interface LoadedTaxonomy {
  taxonomy: CompiledTaxonomy;
  /** Number of DTS documents (for stats). */
  documentCount: number;
  /** Number of relationships (for stats), when known without walking the networks. */
  relationshipCount?: number;
  /**
   * Findings of the taxonomy-scope rules when they are known in advance (a compiled artifact carries them per
   * label language); undefined = run the taxonomy rules here.
   */
  taxonomyRuleFindings?(lang: string): Finding[] | undefined;
  /**
   * Schema documents of the DTS and the entry-point schemas, for XML Schema validation of the instance. Given the
   * instance, a source may add the schemas its `xsi:schemaLocation` hints name and the xbrl-instance schema.
   */
  schemas(instance?: XmlDocument): { schemas: SchemaDoc[]; roots: string[] };
  /** For taxonomy-only validation: the taxonomy documents and the schemas to validate them against (src/dts/taxonomy-schemas.ts). */
  taxonomyDocuments?(): TaxonomySchemaInput;
  /** Where documents outside the DTS are read from (formula expressions' fn:doc); undefined = none are available. */
  documents?: DocumentSource;
  /**
   * `schemaSetDigest` of the schema sets known to be covered by the schema-validity proof and validated whole without
   * any finding (`validateWholeSchemaSet`) when the artifact was compiled (`sbr compile`, src/artifact/node.ts
   * `recordCleanSchemaSet`): such a set skips the validator from its first proven filing on, not its third.
   */
  cleanSchemaSets?: ReadonlySet<string>;
}

/** Gives the compiled taxonomy of a DTS from its entry points (XBRL 2.1 section 3.2). */
export interface TaxonomySource {
  /** @throws FatalInputError `sbr:entryPointNotFound` when an entry point itself cannot be read */
  load(starts: DtsStart[]): LoadedTaxonomy;
  /**
   * The same taxonomies with a filing's own documents (its extension taxonomy) read from `documents` instead: a report
   * package puts its own catalog in front of the resolver (src/ixbrl/inline.ts), so its filings need this source.
   */
  withDocuments?(documents: DocumentSource): TaxonomySource;
  /** Standard documents the source carries beyond taxonomies (a validator artifact: the Inline XBRL schema set, ...), read after the resolver. */
  documents?: DocumentSource;
}

export interface PipelineOptions {
  /** Language for concept labels in messages (default `en`). */
  lang?: string;
  /** Calculations 1.1 rounding mode (default `round`). */
  calcMode?: 'round' | 'truncate';
  /** XBRL Formula options: `mode` run (default) or none, parameter values (src/rules/types.ts FormulaOptions). */
  formula?: FormulaOptions;
  /** XML Schema validation of instances; skipped when undefined. */
  schemaValidator?: SchemaValidator;
  /**
   * With `schemaValidator`: an instance that src/instance/schema-proof.ts proves schema-valid is not handed to it, once
   * the schema set has been validated whole without a finding (default true; false = every instance to the validator).
   */
  schemaProof?: boolean;
}

export interface LoadedDts {
  dts: Dts;
  taxonomy: CompiledTaxonomy;
}

/**
 * Discovers and compiles a DTS (discovery, compile, dimensional model, formula linkbases) from entry points;
 * `discovered`: the DTS discovered already from these entry points (FormulaEngineNotLoaded `dts`).
 * @throws FatalInputError `sbr:entryPointNotFound` when an entry point itself cannot be resolved
 * @throws FormulaEngineNotLoaded when the DTS has formula linkbases and the formula processor is not loaded
 * (src/formula/engine.ts; `validateParsed` loads it and runs again)
 */
export function discoverAndCompile(
  starts: DtsStart[],
  source: DocumentSource,
  discovered?: Dts,
  options: { shareByContent?: boolean } = {},
): LoadedDts & { shared?: boolean } {
  const dts = discovered ?? discoverDts(starts, source);
  checkEntryPoints(starts, dts);
  assertFormulaEngineFor(dts); // before compiling: a caller that loads the processor then compiles once
  const key = options.shareByContent ? dtsContentKey(dts) : undefined;
  if (key !== undefined) {
    const hit = compiledByContent.get(key);
    if (hit) {
      compiledByContent.delete(key); // re-inserted: most recently used last
      compiledByContent.set(key, hit);
      return { dts, taxonomy: hit, shared: true };
    }
  }
  const taxonomy = compileOnly(dts);
  if (key === undefined) return { dts, taxonomy };
  compiledByContent.set(key, taxonomy);
  if (compiledByContent.size > MAX_COMPILED_BY_CONTENT)
    compiledByContent.delete(compiledByContent.keys().next().value!);
  return { dts, taxonomy, shared: true };
}

/** The compile of a discovered DTS (`discoverAndCompile` after discovery and its checks). */
function compileOnly(dts: Dts): CompiledTaxonomy {
  const taxonomy = compileDts(dts);
  taxonomy.dimensions = compileDimensions(taxonomy, (f) => taxonomy.findings.push(f));
  const enumerations = compileEnumerations(taxonomy, dts.documents.values());
  if (enumerations) taxonomy.enumerations = enumerations;
  const formula = compileFormulaIfAny(dts, taxonomy);
  if (formula.model) taxonomy.formula = formula.model;
  taxonomy.findings.push(...formula.findings);
  return taxonomy;
}

/**
 * Compiled taxonomies by the content of their DTS (`dtsContentKey`), least recently used first out: the variations of
 * a conformance suite (each its own DTS, often the same documents: 70 of XBRL 2.1's 548 share one 3,485-concept schema)
 * compile each DTS once. Immutable once stored (nothing downstream of compile writes to a taxonomy).
 */
const compiledByContent = new Map<string, CompiledTaxonomy>();
const MAX_COMPILED_BY_CONTENT = 4;
/** A number per array of document bytes (by identity: the document cache gives equal documents one array). */
const bytesIds = new WeakMap<Uint8Array, number>();
let nextBytesId = 0;

/**
 * The identity of a discovered DTS by content, undefined when it has none that a later discovery could meet: the entry
 * points, each document in discovery order (key, URL, kind, target namespace, and its bytes' array, which the document
 * cache hands out for every read of equal bytes under that URL: src/xml/document-cache.ts `holdsBytes`), the
 * discovery findings and the unresolved references. Compile reads nothing else, so an equal key means an equal
 * compiled taxonomy; a document the cache does not hold (outside its scope, or evicted) makes the key undefined.
 */
function dtsContentKey(dts: Dts): string | undefined {
  const parts: string[] = [dts.entryPoints.join('\u0000')];
  for (const [k, d] of dts.documents) {
    if (!holdsBytes(d.url, d.bytes)) return undefined;
    let id = bytesIds.get(d.bytes);
    if (id === undefined) bytesIds.set(d.bytes, (id = nextBytesId++));
    parts.push(`${k}\u0001${d.url}\u0001${d.kind}\u0001${d.targetNamespace ?? '\u0002'}\u0001${id}`);
  }
  parts.push(JSON.stringify(dts.findings), [...(dts.unresolved ?? [])].join('\u0000'));
  return parts.join('\u0003');
}

/** Findings of the taxonomy-scope rules by language, for taxonomies used by more than one filing. */
const taxonomyRuleFindingsOf = new WeakMap<CompiledTaxonomy, Map<string, Finding[]>>();
const TAXONOMY_RULES: Rule[] = allRules.filter((r) => r.scope === 'taxonomy');

/**
 * The taxonomy rules' findings on a taxonomy that several filings use (one `compiledByContent` shares, a layered
 * extension, src/artifact/layer.ts) in `lang`: run once per taxonomy and language, frozen (shared).
 */
export function sharedTaxonomyRuleFindings(taxonomy: CompiledTaxonomy, lang: string): Finding[] {
  let byLang = taxonomyRuleFindingsOf.get(taxonomy);
  if (!byLang) taxonomyRuleFindingsOf.set(taxonomy, (byLang = new Map()));
  let f = byLang.get(lang);
  if (!f) byLang.set(lang, (f = runRules(TAXONOMY_RULES, taxonomy, undefined, { lang }).map((x) => Object.freeze(x))));
  return f;
}

/** Schema documents and entry-point schemas of a discovered DTS (for XML Schema validation). */
export function dtsSchemas(dts: Dts): { schemas: SchemaDoc[]; roots: string[] } {
  const schemas = [...dts.documents.values()]
    .filter((d) => d.kind === 'schema')
    .map((d) => ({ url: d.url, bytes: d.bytes }));
  const roots = dts.entryPoints.filter((u) => dts.documents.get(documentKey(u))?.kind === 'schema');
  return { schemas, roots };
}

/** The XBRL 2.1 instance schema (section 5.1), which every instance's XML Schema validation needs. */
export const XBRL_INSTANCE_SCHEMA = 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd';

/**
 * Adds to the DTS schemas those an instance needs for XML Schema validation beyond its DTS: the documents its
 * `xsi:schemaLocation` hints name (not DTS-discovering in XBRL 2.1, but used by schema validation) and the
 * xbrl-instance schema when the DTS does not import it. Hints that cannot be read are ignored.
 */
export function withInstanceSchemas(
  base: { schemas: SchemaDoc[]; roots: string[] },
  doc: XmlDocument | undefined,
  source: DocumentSource,
): { schemas: SchemaDoc[]; roots: string[] } {
  if (!doc) return base;
  const starts: DtsStart[] = [];
  const hint = doc.root.attrs.get(`{${NS.xsi}}schemaLocation`);
  if (hint) {
    const parts = hint.trim().split(/\s+/);
    for (let i = 1; i < parts.length; i += 2) starts.push({ href: parts[i]!, base: doc.url });
  }
  starts.push({ href: XBRL_INSTANCE_SCHEMA });
  const have = new Set(base.schemas.map((s) => documentKey(s.url)));
  const extra = discoverDts(starts, source);
  const schemas = [...base.schemas];
  for (const d of extra.documents.values()) {
    if (d.kind === 'schema' && !have.has(documentKey(d.url))) schemas.push({ url: d.url, bytes: d.bytes });
  }
  return { schemas, roots: base.roots };
}

/**
 * XML Schema value errors that libxml2 reports on a fact the XBRL rules have already reported with
 * `xmlSchema:valueError` (same file and line) are dropped: the rules' message names the concept by its label.
 */
function withoutRepeatedValueErrors(ruleFindings: Finding[], schemaFindings: Finding[]): Finding[] {
  const seen = new Set(
    ruleFindings.filter((f) => f.code === 'xmlSchema:valueError').map((f) => `${f.file}\u0000${f.line}`),
  );
  const missing = missingDocuments(ruleFindings);
  // libxml2's "Failed to locate a schema at location X" repeats a document that discovery already reported missing.
  return schemaFindings.filter(
    (f) =>
      !(f.code === 'xmlSchema:valueError' && seen.has(`${f.file}\u0000${f.line}`)) &&
      !(f.code === 'xmlSchema:schemaWarning' && missing.some((u) => f.message.includes(`'${u}'`))),
  );
}

/** The URLs of the documents that discovery reported missing (`sbr:documentNotFound`) among `findings`. */
export function missingDocuments(findings: Finding[]): string[] {
  return findings
    .filter((f) => f.code === 'sbr:documentNotFound')
    .map(missingUrlOf)
    .filter((u): u is string => !!u);
}

/** Live discovery: every filing's DTS is discovered from `source` and compiled. */
export function liveTaxonomySource(source: DocumentSource): TaxonomySource {
  // the DTS whose compile needed the formula processor, for the load of the same starts once it is loaded
  let pending: { starts: DtsStart[]; dts: Dts } | undefined;
  return {
    withDocuments: (documents) => liveTaxonomySource(documents),
    load(starts) {
      const reuse = pending?.starts === starts ? pending.dts : undefined;
      pending = undefined;
      let loaded: LoadedDts & { shared?: boolean };
      try {
        loaded = discoverAndCompile(starts, withStartDocuments(source, starts), reuse, { shareByContent: true });
      } catch (e) {
        if (e instanceof FormulaEngineNotLoaded && e.dts) pending = { starts, dts: e.dts };
        throw e;
      }
      const { dts, taxonomy } = loaded;
      return {
        taxonomy,
        documentCount: dts.documents.size,
        // a taxonomy compiled once for several DTSs of equal content runs its taxonomy rules once per language
        ...(loaded.shared
          ? { taxonomyRuleFindings: (lang: string) => sharedTaxonomyRuleFindings(taxonomy, lang) }
          : {}),
        documents: source,
        schemas: (doc) => withInstanceSchemas(dtsSchemas(dts), doc, source),
        taxonomyDocuments: () => {
          hashDocuments(taxonomy, dts);
          return taxonomySchemaInput(dts, source);
        },
      };
    },
  };
}

/**
 * `source` with the entry documents that the starts carry already parsed (`DtsStart.document`, a taxonomy document
 * given for validation) handed to discovery through `parsed`, so that such a document is not read and parsed again;
 * every other URL goes to `source` as before. `source` itself when no start carries its document.
 */
function withStartDocuments(source: DocumentSource, starts: DtsStart[]): DocumentSource {
  const given = new Map<string, { doc: XmlDocument; bytes: Uint8Array }>();
  for (const s of starts) {
    if (!s.document) continue;
    const url = stripFragment(s.base ? resolveUrl(s.href, s.base) : s.href);
    if (s.document.doc.url === url) given.set(url, s.document);
  }
  if (given.size === 0) return source;
  const wrapped: DocumentSource = {
    read: (url) => source.read(url),
    parsed: (url) => given.get(url) ?? source.parsed?.(url),
  };
  if (source.describe) wrapped.describe = (url) => source.describe!(url);
  if (source.whereParts) wrapped.whereParts = (url) => source.whereParts!(url);
  if (source.aliasOf) wrapped.aliasOf = (url) => source.aliasOf!(url);
  return wrapped;
}

/**
 * A taxonomy source that loads each DTS once: `load(starts)` is memoised by the entry points' absolute URLs (fragment
 * removed, in order), so the filings of a batch that share a DTS share one compiled taxonomy (read-only: nothing
 * downstream of compile writes to it). At most `maxEntries` DTSes are kept (least recently used first out; default 8).
 *
 * A DTS is not kept when one of its findings names the filing itself (a finding placed on the instance's schemaRef,
 * e.g. `sbr:documentHostAlias` for its entry point): that finding belongs to the one filing. A load that throws is
 * not kept either. `withDocuments` (a report package's own catalog in front of the resolver) is passed through
 * unshared, since the same URL may name another document inside another package.
 */
export function sharedTaxonomySource(source: TaxonomySource, maxEntries = 8): TaxonomySource {
  const kept = new Map<string, LoadedTaxonomy>();
  const shared: TaxonomySource = {
    load(starts) {
      const key = starts
        .map((s) => documentKey(stripFragment(s.base ? resolveUrl(s.href, s.base) : s.href)))
        .join('\u0000');
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key); // re-inserted: most recently used last
        kept.set(key, hit);
        return hit;
      }
      const loaded = source.load(starts);
      const filings = new Set(starts.map((s) => s.from?.file).filter((f): f is string => !!f));
      if (!loaded.taxonomy.findings.some((f) => filings.has(f.file))) {
        kept.set(key, loaded);
        if (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
      }
      return loaded;
    },
  };
  if (source.withDocuments) shared.withDocuments = (d) => source.withDocuments!(d);
  if (source.documents) shared.documents = source.documents;
  return shared;
}

/** What a parsed document is and where its DTS starts (XBRL 2.1 section 3.2: schemaRef, linkbaseRef, roleRef, arcroleRef). */
export function documentStarts(doc: XmlDocument, file: string): { isInstance: boolean; starts: DtsStart[] } {
  const root = doc.root;
  if (root.ns === NS.xbrli && root.local === 'xbrl') {
    const starts: DtsStart[] = [];
    for (const c of root.children) {
      if (c.ns !== NS.link) continue;
      if (c.local === 'schemaRef' || c.local === 'linkbaseRef' || c.local === 'roleRef' || c.local === 'arcroleRef') {
        const href = c.attrs.get(XLINK_HREF);
        if (href) starts.push({ href, base: file, from: { file, line: c.line, column: c.column } });
      }
    }
    return { isInstance: true, starts };
  }
  if ((root.ns === NS.xs && root.local === 'schema') || (root.ns === NS.link && root.local === 'linkbase')) {
    return { isInstance: false, starts: [{ href: file }] };
  }
  throw new FatalInputError(
    paramFinding(
      'sbr:unknownDocument',
      'error',
      { file, root: `${root.prefix ? root.prefix + ':' : ''}${root.local}` },
      { file, line: root.line, column: root.column },
    ),
  );
}

const instanceRules: Rule[] = allRules.filter((r) => r.scope === 'instance');

/**
 * Validates one document that has been read already: an XBRL instance (XBRL 2.1, Dimensions 1.0, calculations and,
 * with `schemaValidator`, XML Schema validity) or a taxonomy schema / linkbase (taxonomy rules).
 *
 * @param file URL or absolute path of the document (relative references resolve against it)
 * @throws FatalInputError when the document cannot be validated at all (not XML, unknown root, unresolvable schemaRef)
 */
export async function validateBytes(
  file: string,
  bytes: Uint8Array,
  taxonomies: TaxonomySource,
  options: PipelineOptions = {},
): Promise<DocumentResult> {
  const doc = parseXml(bytes, file);
  return validateParsed(file, bytes, doc, taxonomies, options);
}

/** As `validateBytes`, for a document already parsed. */
export async function validateParsed(
  file: string,
  bytes: Uint8Array,
  doc: XmlDocument,
  taxonomies: TaxonomySource,
  options: PipelineOptions = {},
): Promise<DocumentResult> {
  const t0 = performance.now();
  const { isInstance, starts } = documentStarts(doc, file);
  // a taxonomy document is its own entry point: discovery takes it as parsed here (not read and parsed again)
  if (!isInstance && doc.url === file) starts[0]!.document = { doc, bytes };
  const lang = options.lang ?? 'en';
  // the formula processor is loaded when the DTS has formula linkbases (src/formula/engine.ts), and run
  const loaded = await withFormulaEngine(() => taxonomies.load(starts));
  const { taxonomy } = loaded;
  if (taxonomy.formula && options.formula?.mode !== 'none') await loadFormulaEngine();
  const findings: Finding[] = [...taxonomy.findings];
  let instance: Instance | undefined;
  if (isInstance) instance = loadInstance(doc, (f) => findings.push(f), taxonomy);
  // fn:doc in formula expressions reads through the taxonomy's document source (packages, catalogs, caches)
  const documents = loaded.documents;
  const formula =
    options.formula && documents
      ? { ...options.formula, readDocument: (url: string) => documents.read(url) }
      : documents
        ? { readDocument: (url: string) => documents.read(url) }
        : options.formula;
  const known = loaded.taxonomyRuleFindings?.(lang);
  if (known) {
    findings.push(...known);
    findings.push(
      ...runRules(instanceRules, taxonomy, instance, {
        lang,
        calcMode: options.calcMode,
        ...(formula ? { formula } : {}),
      }),
    );
  } else {
    findings.push(
      ...runRules(allRules, taxonomy, instance, {
        lang,
        calcMode: options.calcMode,
        ...(formula ? { formula } : {}),
      }),
    );
  }
  if (!isInstance && loaded.taxonomyDocuments) {
    // Taxonomy-only validation: XML Schema validity of the taxonomy documents themselves (cached per DTS).
    findings.push(
      ...withoutRepeatedValueErrors(
        findings,
        await checkTaxonomyDocuments(taxonomy, () => loaded.taxonomyDocuments!(), options.schemaValidator),
      ),
    );
  }
  if (isInstance && options.schemaValidator) {
    const { schemas, roots } = loaded.schemas(doc);
    // one finding per problem: schema findings repeating a rule finding are folded into it (src/report/fold.ts)
    findings.push(
      ...foldSchemaFindings(
        findings,
        withoutRepeatedValueErrors(
          findings,
          await instanceSchemaFindings(
            { url: file, bytes, doc },
            taxonomy,
            schemas,
            roots,
            options.schemaValidator,
            options.schemaProof !== false,
            missingDocuments(findings),
            loaded.cleanSchemaSets,
          ),
        ),
      ),
    );
  }
  // missing DTS documents first, the findings that follow from them summarised (src/report/root-cause.ts)
  const unique = rootCausesFirst(dedupe(findings).sort(compareFindings), dtsNamespaces(taxonomy));
  return {
    file,
    kind: isInstance ? 'instance' : 'taxonomy',
    valid: !unique.some((f) => f.severity === 'error'),
    findings: unique,
    stats: {
      documents: loaded.documentCount,
      concepts: Object.keys(taxonomy.concepts).length,
      relationships: loaded.relationshipCount ?? taxonomy.networks.reduce((n, x) => n + x.relationships.length, 0),
      contexts: instance?.contexts.size ?? 0,
      units: instance?.units.size ?? 0,
      facts: instance?.facts.length ?? 0,
      ms: Math.round(performance.now() - t0),
    },
  };
}

/** What a schema set (its roots and documents, by content) is known to be, for `instanceSchemaFindings`. */
export interface SchemaSetState {
  /** Why the proof does not cover the set (src/instance/schema-proof.ts `schemaSetNotCovered`); undefined = covered. */
  notCovered: string | undefined;
  /** The whole set (no declaration pruned) compiled and validated an instance without any finding; undefined = not tried. */
  clean?: boolean;
}

/** Schema sets by `schemaSetKey`, least recently used first out. */
const schemaSets = new Map<string, SchemaSetState>();
const MAX_SCHEMA_SETS = 16;
/**
 * Schema sets (`schemaSetKey`) that a filing was validated against in this process (`instanceSchemaFindings`), at most
 * `MAX_SCHEMA_SETS`, the first added first out.
 */
const filedSets = new Set<string>();
/** Target namespaces of the schemas of a compiled taxonomy, by document key. */
const schemaNamespaces = new WeakMap<CompiledTaxonomy, Map<string, string | undefined>>();

const utf8 = new TextDecoder();
const latin1 = new TextDecoder('latin1');
const sha256Hex = (text: string) => bytesToHex(sha256(new TextEncoder().encode(text)));

/** The identity of a schema set: its roots and each document's URL and sha256. */
export function schemaSetKey(schemas: SchemaDoc[], roots: string[]): string {
  const parts = [roots.join('\u0000')];
  for (const s of schemas) {
    // (by array: the bytes of a loaded artifact, or of DTS documents the document cache keeps, are hashed once)
    parts.push(`${s.url}\u0000${sha256HexOf(s.bytes)}`);
  }
  return parts.join('\u0001');
}

/** sha256 (hex) of `schemaSetKey`: how an artifact names a schema set it records as clean (`LoadedTaxonomy.cleanSchemaSets`). */
export function schemaSetDigest(schemas: SchemaDoc[], roots: string[]): string {
  return sha256Hex(schemaSetKey(schemas, roots));
}

function namespacesOf(taxonomy: CompiledTaxonomy): Map<string, string | undefined> {
  let m = schemaNamespaces.get(taxonomy);
  if (!m) {
    m = new Map();
    for (const d of taxonomy.documents) if (d.kind === 'schema') m.set(documentKey(d.url), d.targetNamespace);
    schemaNamespaces.set(taxonomy, m);
  }
  return m;
}

/**
 * XML Schema findings of an instance (XML Schema 1.0 Part 1 validation, by `validator`, libxml2 in Node), or none
 * without running it when `proof` is on and src/instance/schema-proof.ts proves the instance valid against a schema set
 * that it covers and that has been compiled whole once without any finding (the first proven filing of a set is
 * validated as before, the second runs the validator with every declaration instead; when that gives a finding, the
 * set is never trusted and its filings are validated as before). An instance the proof cannot decide is validated exactly as without the proof.
 */
async function instanceSchemaFindings(
  instance: { url: string; bytes: Uint8Array; doc: XmlDocument },
  taxonomy: CompiledTaxonomy,
  schemas: SchemaDoc[],
  roots: string[],
  validator: SchemaValidator,
  proof: boolean,
  missing: string[],
  cleanSets?: ReadonlySet<string>,
): Promise<Finding[]> {
  // a document padded with whitespace does not cost libxml2 a text node of that size (src/xml/whitespace.ts)
  const input = { url: instance.url, bytes: squeezeIgnorableWhitespace(instance.bytes) };
  if (!proof) return validator(input, schemas, roots);
  // The first filing of a set is validated as without the proof, and the proof is not tried on it: a set seen once (a
  // one-off `sbr validate`, a conformance variation with its own DTS) would only pay the proof, and the whole-set run,
  // on top (XDT suite CPU 11.4 -> 13.1 s for the whole-set run; the proof was 18% of an XBRL 2.1 suite run). A set an
  // artifact recorded as clean is proven from its first filing on. The second filing pays the whole-set run instead of
  // its own, and the later ones skip libxml2.
  const key = schemaSetKey(schemas, roots);
  if (!filedSets.has(key) && !(cleanSets?.size && cleanSets.has(sha256Hex(key)))) {
    filedSets.add(key);
    if (filedSets.size > MAX_SCHEMA_SETS) filedSets.delete(filedSets.values().next().value!);
    return validator(input, schemas, roots);
  }
  const proven = schemaProofOf(instance, taxonomy, schemas, roots, cleanSets, key);
  if (!proven.certain) return validator(input, schemas, roots);
  const state = proven.state;
  if (state.clean === false) return validator(input, schemas, roots);
  if (state.clean) return [];
  state.clean = await validateWholeSchemaSet(input, taxonomy, schemas, roots, validator, missing);
  return state.clean ? [] : validator(input, schemas, roots);
}

/**
 * Whether `validator` finds nothing when it validates `instance` against a schema set whole: every declaration of
 * every schema compiled (no pruning), together with a document that declares the target namespace of each schema of
 * the set, so that a schema no root imports is compiled too (a later filing's namespaces add it to the roots); the
 * findings on that document itself do not count, nor libxml2's skipped import of a document in `missing` (the URLs
 * discovery reported not found, `sbr:documentNotFound`) that is not in the taxonomy. What makes a set `clean` in
 * `instanceSchemaFindings`, and what
 * `sbr compile` records in an artifact (src/artifact/node.ts `recordCleanSchemaSet`).
 */
export async function validateWholeSchemaSet(
  instance: SchemaDoc,
  taxonomy: CompiledTaxonomy,
  schemas: SchemaDoc[],
  roots: string[],
  validator: SchemaValidator,
  missing: string[] = [],
): Promise<boolean> {
  const everyNamespace = { url: WHOLE_SET_PROBE, bytes: namespaceProbe(namespacesOf(taxonomy), schemas) };
  const whole = (
    await validator(instance, schemas, roots, { pruneUnusedElements: false, moreDocuments: [everyNamespace] })
  ).filter((f) => f.file !== WHOLE_SET_PROBE);
  // A schema that discovery did not find is missing from the compiled taxonomy and from the set alike: libxml2 skips
  // its import with a warning (which the filing's findings drop, `withoutRepeatedValueErrors`), and anything that
  // refers to its components is a schema error (not clean) or undeclared to the proof (not certain).
  const byKey = namespacesOf(taxonomy);
  const skipped = missing.filter((u) => !byKey.has(documentKey(u)));
  return whole.every(
    (f) =>
      f.code === 'xmlSchema:schemaWarning' &&
      f.message.includes('Failed to locate a schema at location') &&
      skipped.some((u) => f.message.includes(`'${u}'`)),
  );
}

const WHOLE_SET_PROBE = 'sbr:schema-set-probe.xml';

/** A document that declares the target namespace of every schema of the set (plain ones: `schemaProofOf` checked them). */
function namespaceProbe(byKey: Map<string, string | undefined>, schemas: SchemaDoc[]): Uint8Array {
  const namespaces = [...new Set(schemas.map((s) => byKey.get(documentKey(s.url)) ?? ''))].filter((n) => n);
  const declarations = namespaces.map((n, i) => ` xmlns:n${i}="${n}"`).join('');
  return new TextEncoder().encode(`<sbr-schema-set-probe${declarations}/>`);
}

/**
 * Whether an instance is proven XML-Schema-valid against a schema set (src/instance/schema-proof.ts): every schema of
 * the set is a DTS schema, the set is covered (`schemaSetNotCovered`), the namespace declarations are plain and the
 * proof is certain. `state` says whether the set has been validated whole without a finding (`instanceSchemaFindings`);
 * `cleanSets`: the `schemaSetDigest`s an artifact recorded as covered and clean (`LoadedTaxonomy.cleanSchemaSets`);
 * `key`: the set's `schemaSetKey`, when the caller has it already.
 */
export function schemaProofOf(
  instance: { bytes: Uint8Array; doc: XmlDocument },
  taxonomy: CompiledTaxonomy,
  schemas: SchemaDoc[],
  roots: string[],
  cleanSets?: ReadonlySet<string>,
  key = schemaSetKey(schemas, roots),
): { certain: true; state: SchemaSetState } | { certain: false; reason: string } {
  const byKey = namespacesOf(taxonomy);
  const namespaces = new Set<string>();
  for (const s of schemas) {
    const k = documentKey(s.url);
    // a schema outside the DTS: its declarations are not compiled, so nothing is proven
    if (!byKey.has(k)) return { certain: false, reason: `${s.url} is not a DTS schema` };
    namespaces.add(byKey.get(k) ?? '');
  }
  // (the whole-set validation declares them all in a document of its own, `namespaceProbe`)
  if (![...namespaces].every(isPlainNamespace)) return { certain: false, reason: 'schema target namespaces' };
  const proof = proveSchemaValidity(instance.doc, taxonomy, namespaces);
  if (!proof.certain) return proof;
  const text = utf8.decode(instance.bytes);
  if (!plainXmlDeclaration(text)) return { certain: false, reason: 'XML declaration or byte order mark' };
  if (!plainNamespaceDeclarations(text)) return { certain: false, reason: 'namespace declarations' };
  if (!noWhitespaceReferences(text)) return { certain: false, reason: 'white space character reference' };
  if (!noCdataSections(text)) return { certain: false, reason: 'CDATA section' };
  let state = schemaSets.get(key);
  if (state) {
    schemaSets.delete(key);
    schemaSets.set(key, state);
  } else if (cleanSets?.size && cleanSets.has(sha256Hex(key))) {
    // covered and validated whole without any finding when the artifact was compiled: what `state` would become
    state = { notCovered: undefined, clean: true };
    schemaSets.set(key, state);
    if (schemaSets.size > MAX_SCHEMA_SETS) schemaSets.delete(schemaSets.keys().next().value!);
  } else {
    const docs: SchemaSetDocument[] = schemas.map((s) => {
      let text: string | undefined;
      return {
        url: s.url,
        targetNamespace: byKey.get(documentKey(s.url)),
        text: () => (text ??= latin1.decode(s.bytes)),
        // (the tree the document cache keeps for these bytes, if any: the standard schemas are parsed once)
        parse: () => parseXmlShared(s.bytes, s.url),
      };
    });
    state = { notCovered: schemaSetNotCovered(docs, sha256Hex) };
    schemaSets.set(key, state);
    if (schemaSets.size > MAX_SCHEMA_SETS) schemaSets.delete(schemaSets.keys().next().value!);
  }
  if (state.notCovered !== undefined) return { certain: false, reason: state.notCovered };
  // a set seen before in this process without a whole-set run yet (the artifact compiled here, then loaded)
  if (state.clean === undefined && cleanSets?.size && cleanSets.has(sha256Hex(key))) state.clean = true;
  return { certain: true, state };
}

/** Findings without repeats (same code, place and message). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = `${f.code}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

/**
 * The instance's schemaRefs (or the taxonomy entry points) must resolve, otherwise nothing can be checked (XBRL 2.1
 * section 3.2): a start that was read but is not well-formed keeps its own `xml:*` finding, any other becomes
 * `sbr:entryPointNotFound` with the reason discovery gave.
 * @throws FatalInputError for the first start not in the DTS
 */
export function checkEntryPoints(starts: DtsStart[], dts: Dts): void {
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const url = dts.entryPoints[i]!;
    if (!dts.documents.has(documentKey(url))) {
      // A document that was read but is not well-formed XML keeps its own code (xml:*) and position.
      const parsed = dts.findings.find((x) => x.file === url && x.code.startsWith('xml:'));
      if (parsed) throw new FatalInputError(parsed);
      const f = dts.findings.find((x) => x.message.includes(url));
      const e =
        f?.code === 'sbr:documentNotFound' && f.params // same message, in every language
          ? {
              ...finding('sbr:entryPointNotFound', 'error', f.message, s.from ?? { file: url }, 'XBRL 2.1 section 3.2'),
              params: f.params,
            }
          : f
            ? finding('sbr:entryPointNotFound', 'error', f.message, s.from ?? { file: url }, 'XBRL 2.1 section 3.2')
            : paramFinding(
                'sbr:entryPointNotFound',
                'error',
                { url: s.href },
                s.from ?? { file: url },
                'XBRL 2.1 section 3.2',
              );
      throw new FatalInputError(e);
    }
  }
}

/** The result of an input that could not be validated at all: one document of kind `unvalidated` with the finding. */
export function unvalidatedResult(file: string, f: Finding): DocumentResult {
  return {
    file,
    kind: 'unvalidated',
    valid: false,
    findings: [f.file ? f : { ...f, file }],
    stats: { documents: 0, concepts: 0, relationships: 0, contexts: 0, units: 0, facts: 0, ms: 0 },
  };
}

/**
 * A JSON document (first character `{` or `[`, after an optional byte order mark and white space) is refused as JSON
 * (`sbr:notXml`), not reported as malformed XML at its end: xBRL-JSON reports are not validated, XBRL 2.1 instances are XML.
 * @throws FatalInputError `sbr:notXml` (params: file, xbrlJson when it has documentInfo) at line 1, column 1
 */
export function refuseJson(bytes: Uint8Array, file: string): void {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b && bytes[i] !== 0x5b) return;
  let xbrlJson: boolean;
  try {
    const j = JSON.parse(new TextDecoder().decode(bytes)) as { documentInfo?: unknown };
    xbrlJson = !!j && typeof j === 'object' && 'documentInfo' in j;
  } catch {
    // not JSON either: the XML parser's finding is the right one
    return;
  }
  throw new FatalInputError(
    paramFinding('sbr:notXml', 'error', { file, ...(xbrlJson ? { xbrlJson } : {}) }, { file, line: 1, column: 1 }),
  );
}
