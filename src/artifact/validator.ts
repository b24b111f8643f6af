/**
 * `Validator`: a compiled validator artifact, loaded once and used for many filings. Node-free (runs in a browser).
 *
 * The compiled taxonomy is immutable: sections are decoded on first use and deep-frozen; nothing a validation does is
 * shared with another validation, so one Validator serves any number of filings, and each worker thread can load its
 * own from the same bytes. A filing whose schemaRef points at the compiled entry points uses the compiled taxonomy
 * as it is; one whose schemaRef points at its own extension schema (which imports the base) gets its extension
 * documents discovered and layered on the compiled base (layer.ts), without reading any base document.
 */
import { localizeFindings } from '../report/messages/index.js';
import type { CompiledTaxonomy } from '../compile/types.js';
import { documentKey, stripFragment, type DocumentSource, type DtsStart } from '../dts/discover.js';
import { FatalInputError, type Finding } from '../findings.js';
import {
  refuseJson,
  unvalidatedResult,
  validateBytes,
  validateParsed,
  withInstanceSchemas,
  type DocumentResult,
  type LoadedTaxonomy,
  type SchemaDoc,
  type SchemaValidator,
  type TaxonomySource,
} from '../validate/core.js';
import { resolveProfile, validateDocumentWithProfile } from '../rules/nl/validate-xml.js';
import { relatedFindings } from '../rules/nl/run.js';
import { resolveUrl } from '../xml/parse.js';
import { NS } from '../dts/namespaces.js';
import { knownSha256 } from '../compile/compile.js';
import type { Layering, RuleFindings } from './compile.js';
import { decodeSection } from './codec.js';
import { artifactError, type ArtifactHeader } from './format.js';
import { LAYER_CACHE_SIZE, layerExtension } from './layer.js';
import { readArtifact, type ArtifactReader } from './read.js';
import { checkDocumentSize, DEFAULT_MAX_DOCUMENT_BYTES } from '../resolve/limits.js';

const NOT_SECTIONS = new Set([
  'ruleFindings',
  'schemaSets',
  'layering',
  'schemaIndex',
  'schemaBytes',
  'supportIndex',
  'supportBytes',
]);

export interface ValidatorOptions {
  /** Language for concept labels in messages (default `en`). */
  lang?: string;
  /** Calculations 1.1 rounding mode (default `round`). */
  calcMode?: 'round' | 'truncate';
  /** XML Schema validation of the instance (Node: xmllint-wasm; not available in the browser). */
  schemaValidator?: SchemaValidator;
  /** Skip `schemaValidator` for instances proven schema-valid in-process (default true; src/validate/core.ts PipelineOptions). */
  schemaProof?: boolean;
  /** Where a filing's own extension documents are read from (the base is never read). */
  documents?: DocumentSource;
  /** Refuse filings larger than this many bytes with `sbr:documentTooLarge` (default 100 MiB, src/resolve/limits.ts). */
  maxDocumentBytes?: number;
  /** Dutch filing-rule profile (`nt16`..`nt20`, `auto`; default: the one recorded by `sbr compile --profile`). */
  profile?: string;
}

/** A filing to validate: its URL or absolute path (relative references resolve against it) and its bytes. */
export interface Filing {
  url: string;
  bytes: Uint8Array | string;
}

function deepFreeze<T>(v: T): T {
  const stack: unknown[] = [v];
  while (stack.length) {
    const o = stack.pop();
    if (o === null || typeof o !== 'object' || Object.isFrozen(o) || ArrayBuffer.isView(o)) continue;
    Object.freeze(o);
    if (Array.isArray(o))
      for (const x of o) {
        if (x !== null && typeof x === 'object') stack.push(x);
      }
    else
      for (const k in o) {
        const x = (o as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') stack.push(x);
      }
  }
  return v;
}

export class Validator {
  /** The artifact's header: format version, taxonomy identity (entry points, packages), documents and their sha256. */
  readonly header: ArtifactHeader;
  /** The compiled taxonomy (sections decoded on first access, then frozen). */
  readonly taxonomy: CompiledTaxonomy;
  readonly #reader: ArtifactReader;
  readonly #memo = new Map<string, unknown>();
  readonly #docKeys: Map<string, number>;
  /**
   * How many `validate()` calls of this Validator do their work at the same time (default 1); later calls wait in a
   * queue, first come first served, holding nothing but their arguments. In one thread, validations do not run in
   * parallel anyway (parsing, rules and xmllint are synchronous work): interleaving hundreds of them only holds every
   * filing's parsed state at once (issue 17 item 3). Use worker threads, each with its own Validator, for parallelism.
   */
  concurrency = 1;
  /**
   * How many taxonomies layered from filings' extensions this Validator keeps for reuse (default 4): a filing whose
   * extension documents read back byte-identical to a kept one's, at the same entry points, reuses it (layer.ts
   * layerExtension). 0: every filing's extension is layered afresh.
   */
  layerCacheSize = LAYER_CACHE_SIZE;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  protected constructor(reader: ArtifactReader) {
    this.#reader = reader;
    this.header = deepFreeze(reader.header);
    const h = reader.header;
    const t: Record<string, unknown> = {
      formatVersion: h.compiledFormatVersion,
      entryPoints: h.taxonomy.entryPoints,
      documents: h.documents.map((d) => {
        const x: CompiledTaxonomy['documents'][number] = { url: d.url, kind: d.kind, hash: d.sha256 };
        if (d.targetNamespace !== undefined) x.targetNamespace = d.targetNamespace;
        return x;
      }),
    };
    for (const s of h.sections) {
      if (NOT_SECTIONS.has(s.name)) continue;
      Object.defineProperty(t, s.name, { enumerable: true, get: () => this.section(s.name) });
    }
    deepFreeze(t['documents']);
    deepFreeze(t['entryPoints']);
    this.taxonomy = Object.freeze(t) as unknown as CompiledTaxonomy; // shallow: the getters decode on first access
    this.#docKeys = new Map(h.documents.map((d, i) => [documentKey(d.url), i]));
  }

  /**
   * Loads an artifact from its bytes: checks the envelope with ajv and the sha256 of the whole; decodes nothing else.
   * @throws FatalInputError `sbr:artifactCorrupt`, `sbr:artifactVersion`, `sbr:artifactTampered`
   */
  static async load(bytes: Uint8Array, file?: string): Promise<Validator> {
    return new Validator(await readArtifact(bytes, file));
  }

  /** A section's decoded, frozen JSON (memoised: the same object every time). */
  section<T = unknown>(name: string): T {
    if (!this.#memo.has(name))
      this.#memo.set(name, deepFreeze(decodeSection(this.#reader.sectionJson<T>(name), { freeze: true })));
    return this.#memo.get(name) as T;
  }

  /** The DTS schemas carried for XML Schema validation. */
  schemaDocs(): SchemaDoc[] {
    const memo = this.#memo.get('#schemas') as SchemaDoc[] | undefined;
    if (memo) return memo;
    const index = this.section<{ url: string; offset: number; length: number }[]>('schemaIndex');
    const all = this.#reader.sectionBytes('schemaBytes') ?? new Uint8Array(0);
    // immutable: the reader's private copy, never written (schema-prepare scans each once per Validator, not per filing)
    const docs = deepFreeze(
      index.map((e) => ({ url: e.url, bytes: all.subarray(e.offset, e.offset + e.length), immutable: true })),
    );
    // the header's sha256 of each (compile.ts: of these bytes; the artifact's own sha256 was checked on load)
    for (const d of docs) {
      const i = this.#docKeys.get(documentKey(d.url));
      const sha256 = i === undefined ? undefined : this.header.documents[i]!.sha256;
      if (sha256) knownSha256(d.bytes, sha256); // schemaSetKey does not hash them again
    }
    this.#memo.set('#schemas', docs);
    return docs;
  }

  /**
   * The schema sets that `sbr compile` validated whole without any finding and found covered by the schema-validity
   * proof (section `schemaSets`, `{ clean: [schemaSetDigest, ...] }`, src/artifact/node.ts `recordCleanSchemaSet`);
   * empty for an artifact without that section (compileArtifact alone, or an earlier version).
   */
  cleanSchemaSets(): ReadonlySet<string> {
    let set = this.#memo.get('#cleanSchemaSets') as ReadonlySet<string> | undefined;
    if (!set) {
      const json = this.header.sections.some((s) => s.name === 'schemaSets')
        ? this.#reader.sectionJson<{ clean?: unknown }>('schemaSets')
        : undefined;
      const clean = Array.isArray(json?.clean) ? json.clean.filter((d): d is string => typeof d === 'string') : [];
      set = new Set(clean);
      this.#memo.set('#cleanSchemaSets', set);
    }
    return set;
  }

  /**
   * Reads the artifact's own schemas first, then `documents`, then the support documents: for the schemas an instance
   * names in xsi:schemaLocation (XML Schema validation only, not DTS discovery).
   */
  schemaSource(documents: DocumentSource | undefined): DocumentSource {
    const own = new Map(this.schemaDocs().map((d) => [documentKey(d.url), d.bytes]));
    const rest = this.withSupport(documents);
    return { read: (url) => own.get(documentKey(url)) ?? rest.read(url) };
  }

  /**
   * The standard documents the artifact carries outside its DTS (compile.ts SUPPORT_DOCUMENTS: DTR types, LRR roles,
   * Calculations 1.1, the Inline XBRL 1.1 schema set). Artifacts without them give an empty source.
   */
  supportDocuments(): DocumentSource {
    let map = this.#memo.get('#support') as Map<string, Uint8Array> | undefined;
    if (!map) {
      map = new Map();
      if (this.header.sections.some((s) => s.name === 'supportIndex')) {
        const index = this.section<{ url: string; offset: number; length: number }[]>('supportIndex');
        const all = this.#reader.sectionBytes('supportBytes') ?? new Uint8Array(0);
        for (const e of index) map.set(documentKey(e.url), all.subarray(e.offset, e.offset + e.length));
      }
      this.#memo.set('#support', map);
    }
    const m = map;
    return { read: (url) => m.get(documentKey(url)) };
  }

  /** `documents` (a filing's own documents), then the support documents. */
  withSupport(documents: DocumentSource | undefined): DocumentSource {
    const support = this.supportDocuments();
    if (!documents) return support;
    const read = (url: string): Uint8Array | undefined => {
      let b: Uint8Array | undefined;
      try {
        b = documents.read(url);
      } catch {
        b = undefined;
      }
      return b ?? support.read(url);
    };
    const aliasOf = (url: string) => documents.aliasOf?.(url);
    // whereParts (plain data, rendered in --lang) before describe (an English sentence)
    return {
      read,
      aliasOf,
      ...(documents.describe ? { describe: (url: string) => documents.describe!(url) } : {}),
      ...(documents.whereParts ? { whereParts: (url: string) => documents.whereParts!(url) } : {}),
    };
  }

  layering(): Layering {
    return this.section<Layering>('layering');
  }

  /** Where filings get their compiled taxonomy: this artifact, with extension documents read from `documents`. */
  taxonomySource(documents?: DocumentSource): TaxonomySource {
    return {
      load: (starts) => this.#load(starts, documents),
      withDocuments: (d) => this.taxonomySource(d),
      documents: this.supportDocuments(),
    };
  }

  /**
   * Validates one filing (XBRL 2.1, Dimensions 1.0, calculations; XML Schema validity with `schemaValidator`).
   * A filing that cannot be validated at all (JSON `sbr:notXml`, not well-formed `xml:*`, too large
   * `sbr:documentTooLarge`, schemaRef unresolvable, DTS not the artifact's `sbr:artifactMismatch`, ...) gives a result
   * of kind `unvalidated` (valid false) holding that coded finding, as `sbr validate --validator` reports it (exit 2);
   * bad input never throws. Errors other than FatalInputError (a fault of this processor) still propagate.
   */
  async validate(filing: Filing, options: ValidatorOptions = {}): Promise<DocumentResult> {
    const r = await this.queued(async () => {
      try {
        const bytes = typeof filing.bytes === 'string' ? new TextEncoder().encode(filing.bytes) : filing.bytes;
        checkDocumentSize(bytes.length, options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES, filing.url, {
          filing: true,
        });
        // JSON is said to be JSON (sbr:notXml), as validate() says it, before any profile looks at it
        refuseJson(bytes, filing.url);
        const opts = {
          lang: options.lang,
          calcMode: options.calcMode,
          schemaValidator: options.schemaValidator,
          ...(options.schemaProof !== undefined ? { schemaProof: options.schemaProof } : {}),
        };
        const profile = resolveProfile(options.profile ?? this.header.profile);
        if (profile)
          return await validateDocumentWithProfile(filing.url, bytes, profile, options.lang ?? 'en', (doc, wrap) =>
            validateParsed(filing.url, bytes, doc, wrap(this.taxonomySource(options.documents)), opts),
          );
        return await validateBytes(filing.url, bytes, this.taxonomySource(options.documents), opts);
      } catch (e) {
        if (!(e instanceof FatalInputError)) throw e;
        const u = unvalidatedResult(filing.url, e.finding);
        // the document-level profile rules that ran before the refusal travel with it (ProfileFatalError)
        return { ...u, findings: [...u.findings, ...relatedFindings(e)] };
      }
    });
    // messages in the language of `lang`, as validate() gives them (src/report/messages)
    return options.lang ? { ...r, findings: localizeFindings(r.findings, options.lang) } : r;
  }

  /** Number of validations working and waiting (for monitoring and tests). */
  get pending(): { active: number; waiting: number } {
    return { active: this.#active, waiting: this.#waiting.length };
  }

  /**
   * Runs `work` when one of the `concurrency` slots is free (a counting semaphore with a FIFO queue); the slot passes
   * straight to the next waiting call when `work` settles, whether it resolved or threw.
   */
  protected async queued<T>(work: () => Promise<T>): Promise<T> {
    if (this.#active < Math.max(1, this.concurrency)) this.#active++;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active--;
    }
  }

  #load(starts: DtsStart[], documents: DocumentSource | undefined): LoadedTaxonomy {
    const urls = starts.map((s) => stripFragment(s.base ? resolveUrl(s.href, s.base) : s.href));
    const idx = urls.map((u) => this.#docKeys.get(documentKey(u)));
    if (idx.every((i) => i !== undefined)) {
      // every entry point is a compiled document: its DTS must be the whole compiled DTS
      const reach = new Set<number>(idx as number[]);
      const next = new Map<number, number[]>();
      for (const [a, b] of this.layering().edges) {
        const l = next.get(a);
        if (l) l.push(b);
        else next.set(a, [b]);
      }
      const stack = [...reach];
      while (stack.length)
        for (const b of next.get(stack.pop()!) ?? [])
          if (!reach.has(b)) {
            reach.add(b);
            stack.push(b);
          }
      if (reach.size !== this.header.documents.length) {
        throw artifactError(
          'artifactMismatch',
          { urls, reached: reach.size, documents: this.header.documents.length },
          starts[0]?.from?.file ?? '',
        );
      }
      const byLang = this.section<RuleFindings>('ruleFindings').byLang;
      return {
        taxonomy: this.taxonomy,
        documentCount: this.header.documents.length,
        relationshipCount: this.header.stats.relationships,
        taxonomyRuleFindings: (lang: string): Finding[] => byLang[lang.toLowerCase()] ?? byLang['en']!,
        cleanSchemaSets: this.cleanSchemaSets(),
        schemas: (doc) => {
          const own = this.schemaDocs();
          const roots: string[] = [];
          const renamed = new Map<string, string>();
          for (const u of urls) {
            const d = this.header.documents[this.#docKeys.get(documentKey(u))!]!;
            if (d.kind !== 'schema') continue;
            roots.push(u);
            if (d.url !== u) renamed.set(d.url, u);
          }
          const schemas = renamed.size
            ? own.map((s) => ({ url: renamed.get(s.url) ?? s.url, bytes: s.bytes }))
            : [...own];
          // no xsi:schemaLocation, and the xbrl-instance schema's discovery stays within the own schemas (compiled so):
          // withInstanceSchemas would add nothing, and need not parse the standard schemas to find that out
          if (
            !renamed.size &&
            this.layering().instanceSchemasInDts === true &&
            !doc?.root.attrs.get(`{${NS.xsi}}schemaLocation`)
          )
            return { schemas, roots };
          return withInstanceSchemas({ schemas, roots }, doc, this.schemaSource(documents));
        },
      };
    }
    return layerExtension(this, starts, this.withSupport(documents));
  }
}
