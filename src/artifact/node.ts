/**
 * Node side of validator artifacts: compile from entry points through a Resolver, write and read `.sbrv` files, and a
 * `Validator` that takes file paths and runs XML Schema validation (xmllint-wasm) by default.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve as resolvePath } from 'node:path';
import { isAscii } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import {
  missingDocuments,
  schemaProofOf,
  schemaSetDigest,
  validateWholeSchemaSet,
  type DocumentResult,
} from '../validate/core.js';
import type { DocumentSource } from '../dts/discover.js';
import { parseXml } from '../xml/parse.js';
import { Resolver, type ResolverOptions } from '../resolve/index.js';
import { readInput, unvalidatedResult, validate as validateInputs } from '../validate/node.js';
import { isInlineInput } from '../ixbrl/input-kind.js';
import { compareFindings, FatalInputError } from '../findings.js';
import { validateAgainstSchemasOnDemand } from '../xml/schema-validator.js';
import { appendSections, compileArtifact, type CompiledArtifact } from './compile.js';
import { artifactError } from './format.js';
import { paramFinding } from '../messages/index.js';
import { readArtifact, type ReadOptions } from './read.js';

const utf8 = new TextDecoder();

/**
 * Sections inflated by zlib (native) rather than fflate: the same bytes, several times faster; an ASCII-only section
 * (what compile.ts `asciiJson` writes) read as a one-byte string (`latin1`, the same characters for ASCII) instead of
 * decoded as UTF-8; any other as before.
 */
export const NODE_READ_OPTIONS: ReadOptions = {
  inflate: (raw, size) => {
    const b = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  text: (bytes) =>
    isAscii(bytes)
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
      : utf8.decode(bytes),
};
import { Validator as CoreValidator, type Filing, type ValidatorOptions } from './validator.js';

function absolute(p: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(p) && !/^[a-zA-Z]:[\\/]/.test(p)) return p;
  return isAbsolute(p) ? p : resolvePath(p);
}

/**
 * Compiles the taxonomy of `entryPoints` (URLs or paths) into artifact bytes, reading documents through a Resolver.
 * @throws FatalInputError `sbr:entryPointNotFound`, or the resolver's refusals (bad package, ...)
 */
export function compileArtifactFrom(
  entryPoints: string[],
  options: ResolverOptions & { resolver?: Resolver; profile?: string } = {},
): CompiledArtifact {
  const resolver = options.resolver ?? Resolver.create(options);
  return compileArtifact(entryPoints.map(absolute), resolver, {
    packages: resolver.packages,
    ...(options.profile ? { profile: options.profile } : {}),
  });
}

/** Where the instance `recordCleanSchemaSet` validates is said to be (no file: the name of its findings, if any). */
const SCHEMA_SET_INSTANCE = 'sbr:schema-set-instance.xbrl';

const xmlAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * `compiled` with a `schemaSets` section recording that the schema set of an instance whose schemaRefs name the entry
 * points (and that has no `xsi:schemaLocation`) is covered by the schema-validity proof and validates whole without
 * any finding in xmllint-wasm (src/validate/core.ts `schemaProofOf`, `validateWholeSchemaSet`; the set as
 * `schemaSetDigest` names it: roots, and each schema's URL and sha256). A proven filing of that set then skips
 * libxml2 from the first validation of a process on; without the record the first proven filing of a set is
 * validated with libxml2 and the second validates the set whole, so a one-shot `sbr validate --validator` always ran
 * libxml2. The instance validated is the smallest one: its schemaRefs only. `compiled` as it is when an entry point
 * is no schema, or the set is not covered or not clean.
 * @param documents where schemas outside the artifact are read (the resolver that compiled it); default none
 */
export async function recordCleanSchemaSet(
  compiled: CompiledArtifact,
  documents?: DocumentSource,
): Promise<CompiledArtifact> {
  const { header } = compiled;
  const entryPoints = header.taxonomy.entryPoints;
  const kinds = new Map(header.documents.map((d) => [d.url, d.kind]));
  if (!entryPoints.length || entryPoints.some((u) => kinds.get(u) !== 'schema')) return compiled;
  const refs = entryPoints.map((u) => `<link:schemaRef xlink:type="simple" xlink:href="${xmlAttr(u)}"/>`).join('');
  const bytes = new TextEncoder().encode(
    `<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">${refs}</xbrli:xbrl>`,
  );
  const validator = await Validator.load(compiled.bytes);
  const loaded = validator.taxonomySource(documents).load(entryPoints.map((href) => ({ href })));
  const doc = parseXml(bytes, SCHEMA_SET_INSTANCE);
  const { schemas, roots } = loaded.schemas(doc);
  if (!schemaProofOf({ bytes, doc }, loaded.taxonomy, schemas, roots).certain) return compiled;
  const instance = { url: SCHEMA_SET_INSTANCE, bytes };
  // a document the compile did not find (KvK 2024: lei.xsd) is skipped by libxml2 as it is missing from the taxonomy
  const missing = missingDocuments(loaded.taxonomy.findings);
  if (
    !(await validateWholeSchemaSet(instance, loaded.taxonomy, schemas, roots, validateAgainstSchemasOnDemand, missing))
  )
    return compiled;
  return appendSections(compiled, [{ name: 'schemaSets', value: { clean: [schemaSetDigest(schemas, roots)] } }]);
}

const INLINE_OR_PACKAGE = /\.(html?|xhtml|zip|xbri|xbr)$/i;

/** The results of a report package's reports as one (file = the package); one result is returned as it is. */
function oneResult(file: string, docs: DocumentResult[]): DocumentResult {
  if (docs.length === 1) return docs[0]!;
  if (!docs.length)
    return unvalidatedResult(
      file,
      paramFinding('sbr:internal', 'error', { k: 'input', input: file, reason: 'no result' }, { file }),
    );
  const sum = (k: keyof DocumentResult['stats']) => docs.reduce((n, d) => n + d.stats[k], 0);
  return {
    file,
    kind: docs.some((d) => d.kind === 'unvalidated') ? 'unvalidated' : 'instance',
    valid: docs.every((d) => d.valid),
    findings: docs.flatMap((d) => d.findings).sort(compareFindings),
    stats: {
      documents: sum('documents'),
      concepts: Math.max(0, ...docs.map((d) => d.stats.concepts)),
      relationships: Math.max(0, ...docs.map((d) => d.stats.relationships)),
      contexts: sum('contexts'),
      units: sum('units'),
      facts: sum('facts'),
      ms: sum('ms'),
    },
  };
}

export interface NodeValidatorOptions extends ValidatorOptions {
  /** XML Schema validation (default true). */
  schemaValidation?: boolean;
  /** Resolver for a filing's extension documents (default: an offline resolver without packages). */
  resolver?: Resolver;
  /** Report packages: the most bytes all entries may inflate to (refusal `sbr:zipBomb`, src/resolve/limits.ts; default as `validate()`). */
  maxPackageBytes?: number;
}

/** A validator artifact loaded in Node: `Validator.load(bytesOrPath)`, then `validate(pathOrFiling)` for each filing. */
export class Validator extends CoreValidator {
  /**
   * @param bytesOrPath the artifact's bytes or the path of a `.sbrv` file
   * @throws FatalInputError `sbr:artifactNotFound`, `sbr:artifactCorrupt`, `sbr:artifactVersion`, `sbr:artifactTampered`
   */
  static override async load(bytesOrPath: Uint8Array | string, file?: string): Promise<Validator> {
    if (typeof bytesOrPath !== 'string') return new Validator(await readArtifact(bytesOrPath, file, NODE_READ_OPTIONS));
    let bytes: Uint8Array;
    try {
      if (!statSync(bytesOrPath).isFile()) throw new Error('not a file');
      bytes = readFileSync(bytesOrPath);
    } catch (e) {
      throw artifactError('artifactNotFound', { reason: (e as Error).message }, bytesOrPath);
    }
    return new Validator(await readArtifact(bytes, bytesOrPath, NODE_READ_OPTIONS));
  }

  /**
   * Validates a filing given by path (or as `{ url, bytes }`); XML Schema validation on unless `schemaValidation: false`.
   * It takes what `sbr validate --validator` takes: XBRL instances, Inline XBRL files (.html/.xhtml) and report packages
   * (.zip/.xbri/.xbr, or an unpacked folder with META-INF); a package with several reports gives one result with the
   * findings of all (use `validate(files, { taxonomies: validator.taxonomySource(resolver) })` for one result each).
   * An input that cannot be validated at all (missing `sbr:fileNotFound`, JSON `sbr:notXml`, no Inline XBRL
   * `sbr:notInlineXbrl`, not well-formed, too large, ...) gives a result of kind `unvalidated` with that coded finding,
   * as `sbr validate --validator` reports it; bad input never throws.
   */
  override async validate(filing: string | Filing, options: NodeValidatorOptions = {}): Promise<DocumentResult> {
    try {
      return await this.#validate(filing, options);
    } catch (e) {
      if (!(e instanceof FatalInputError)) throw e;
      const name = typeof filing === 'string' ? absolute(filing) : filing.url;
      return unvalidatedResult(name, e.finding);
    }
  }

  async #validate(filing: string | Filing, options: NodeValidatorOptions): Promise<DocumentResult> {
    const name = typeof filing === 'string' ? absolute(filing) : filing.url;
    if (INLINE_OR_PACKAGE.test(name) || (typeof filing === 'string' && isInlineInput(name))) {
      // Inline XBRL and report packages go through validate() with this artifact as the taxonomy source (src/ixbrl/inline.ts)
      // (in this validator's queue, as instances are: `concurrency` bounds every kind of filing, issue 17)
      const resolver = options.resolver ?? Resolver.create({});
      return this.queued(async () => {
        // (loaded for the comparison: a caller passing the default validator itself gets validate()'s default)
        const { validateAgainstSchemas } = await import('../xml/schema-validate.js');
        const r = await validateInputs([typeof filing === 'string' ? name : filing], {
          resolver,
          keepGoing: true,
          taxonomies: this.taxonomySource(options.documents ?? resolver),
          lang: options.lang,
          calcMode: options.calcMode,
          schemaValidation:
            options.schemaValidation !== false &&
            (options.schemaValidator === undefined ||
              options.schemaValidator === validateAgainstSchemas ||
              options.schemaValidator === validateAgainstSchemasOnDemand),
          ...(options.maxDocumentBytes !== undefined ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
          ...(options.maxPackageBytes !== undefined ? { maxPackageBytes: options.maxPackageBytes } : {}),
          ...(options.profile !== undefined || this.header.profile !== undefined
            ? { profile: options.profile ?? this.header.profile }
            : {}),
        });
        return oneResult(name, r.documents);
      });
    }
    const f: Filing =
      typeof filing === 'string'
        ? { url: absolute(filing), bytes: readInput(absolute(filing), options.maxDocumentBytes) }
        : filing;
    return super.validate(f, {
      ...(options.maxDocumentBytes !== undefined ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
      lang: options.lang,
      calcMode: options.calcMode,
      schemaValidator:
        options.schemaValidator ?? (options.schemaValidation === false ? undefined : validateAgainstSchemasOnDemand),
      ...(options.schemaProof !== undefined ? { schemaProof: options.schemaProof } : {}),
      documents: options.documents ?? options.resolver ?? Resolver.create({}),
    });
  }
}

/** A validator artifact named on a command line, loaded once: its id is the file name without `.sbrv`. */
export interface ArtifactFile {
  id: string;
  /** Absolute path. */
  path: string;
  bytes: Uint8Array;
  validator: Validator;
}

/**
 * Reads and loads the artifacts given to `sbr serve --validator` and `sbr queue worker --validator`, in order.
 * @throws FatalInputError `sbr:artifactNotFound` (unreadable file), the artifact refusals of `Validator.load`
 *   (`sbr:artifactCorrupt`, `sbr:artifactTampered`, `sbr:artifactVersion`), `sbr:usage` for two files with one id
 */
export async function loadArtifactFiles(paths: readonly string[]): Promise<ArtifactFile[]> {
  const out: ArtifactFile[] = [];
  for (const p of paths) {
    const path = resolvePath(p);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (e) {
      throw artifactError('artifactNotFound', { reason: (e as Error).message }, p);
    }
    const id = basename(path).replace(/\.sbrv$/i, '');
    if (out.some((x) => x.id === id))
      throw new FatalInputError(paramFinding('sbr:usage', 'error', { k: 'duplicateId', id }, { file: p }));
    out.push({ id, path, bytes, validator: await Validator.load(bytes, path) });
  }
  return out;
}
