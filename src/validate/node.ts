/**
 * The validation pipeline: resolve → parse → discover DTS → compile → load instance → rules → findings.
 *
 * `validate()` takes instance documents (or taxonomy schemas / linkbases, which are then checked as taxonomies)
 * and returns every finding. `loadDts()` discovers and compiles a taxonomy from entry points.
 */
import type { FormulaOptions } from '../rules/types.js';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join as joinPath } from 'node:path';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import type { DtsStart } from '../dts/discover.js';
import { FatalInputError, type Finding } from '../findings.js';
import {
  discoverAndCompile,
  liveTaxonomySource,
  refuseJson,
  unvalidatedResult,
  validateParsed,
  type DocumentResult,
  type LoadedDts,
  type TaxonomySource,
} from './core.js';
import { Resolver, type ResolverOptions } from '../resolve/index.js';
import { parseXml, type XmlDocument } from '../xml/parse.js';
import { isInlineInput } from '../ixbrl/input-kind.js';
import { inputFilings } from '../batch/inputs.js';
import { validateAgainstSchemasOnDemand } from '../xml/schema-validator.js';
import { paramFinding } from '../messages/index.js';
import { localizeFindings } from '../report/messages/index.js';
import { checkDocumentSize, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_PACKAGE_BYTES } from '../resolve/limits.js';
import { existsSync } from 'node:fs';
import {
  resolveProfile,
  validateDocumentWithProfile,
  validateInlineWithProfile,
  type ProfileChoice,
} from '../rules/nl/validate.js';
import { ProfileFatalError, relatedFindings } from '../rules/nl/run.js';
import type { PackageFiles } from '../rules/nl/validate-inline.js';
import { openZipFile } from '../resolve/zip-file.js';

export type { DocumentResult, LoadedDts } from './core.js';
export { unvalidatedResult } from './core.js';

export interface ValidateOptions extends ResolverOptions {
  /** Language for concept labels in messages (default `en`). */
  lang?: string;
  /** XML Schema validation of instances through xmllint-wasm (default true). */
  schemaValidation?: boolean;
  /**
   * Skip xmllint-wasm for instances proven schema-valid in-process (default true; src/validate/core.ts
   * PipelineOptions.schemaProof, src/instance/schema-proof.ts).
   */
  schemaProof?: boolean;
  /** Calculations 1.1 rounding mode (default `round`). */
  calcMode?: 'round' | 'truncate';
  /** XBRL Formula: `mode` run (default) or none; parameter values by QName as written (`--formula`, `--parameter`). */
  formula?: FormulaOptions;
  /**
   * Largest document read as an input or report-package entry, in bytes (default 100 MiB); larger ones are refused
   * with `sbr:documentTooLarge` before being read (issue 17). Report packages: `maxPackageBytes` (default 100 MiB here).
   */
  maxDocumentBytes?: number;
  /** A resolver to reuse across calls (otherwise one is created from the options). */
  resolver?: Resolver;
  /** Where compiled taxonomies come from (default: live DTS discovery through the resolver; or a validator artifact). */
  taxonomies?: TaxonomySource;
  /**
   * Go on after an input that cannot be validated at all (default false: `validate()` throws FatalInputError).
   * With true, such an input gets its own DocumentResult of kind `unvalidated` carrying the finding, and the other
   * inputs are validated; `ValidationResult.fatal` says whether it happened (the CLI then exits 2).
   */
  keepGoing?: boolean;
  /**
   * Dutch filing rules (issue 10): a profile name of `sbr profiles` (`nt16`..`nt20`, `nl-inline-2024`, ...) or `auto`
   * (chosen from the filing's entry point). @throws FatalInputError `sbr:unknownProfile` for another name.
   */
  profile?: string;
  /**
   * Folders among the path inputs (not report packages) stand for the filings in them and their subfolders, as with
   * `sbr validate --recursive` (src/batch/inputs.ts `inputFilings`, the same walk); a folder without any filing is
   * `sbr:noFilingsFound` (could not be validated, exit 2) instead of `sbr:notAFile`. Default false.
   */
  recursive?: boolean;
}

export interface ValidationResult {
  /** True when no finding has severity `error`. */
  valid: boolean;
  /** All findings of all documents, sorted by file, line, column. */
  findings: Finding[];
  documents: DocumentResult[];
  /** True when some input could not be validated at all (only with `keepGoing`; otherwise validate() throws). */
  fatal: boolean;
}

/**
 * Reads a local input file, refusing missing, unreadable and directory inputs with a coded FatalInputError, and files
 * larger than `maxBytes` (default 100 MiB) with `sbr:documentTooLarge` before reading them.
 */
export function readInput(path: string, maxBytes: number = DEFAULT_MAX_DOCUMENT_BYTES): Uint8Array {
  checkInputFile(path);
  checkDocumentSize(statSync(path).size, maxBytes, path, { file: path });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new FatalInputError(
      paramFinding('sbr:fileUnreadable', 'error', { file: path, reason: (e as Error).message }, { file: path }),
    );
  }
}

/** Refuses a local input path that does not exist or is a folder (`sbr:fileNotFound`, `sbr:notAFile`). */
export function checkInputFile(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new FatalInputError(paramFinding('sbr:fileNotFound', 'error', { file: path }, { file: path }));
  }
  if (st.isDirectory()) {
    // a folder is validated as a report package only with META-INF (XBRL Report Packages 1.0 section 3)
    throw new FatalInputError(paramFinding('sbr:notAFile', 'error', { file: path }, { file: path }));
  }
}

/**
 * Discovers and compiles the DTS of the given entry points (XBRL 2.1 section 3.2).
 * @param entryPoints URLs or file paths of schemas or linkbases
 * @throws FatalInputError `sbr:entryPointNotFound` when an entry point itself cannot be read or parsed
 */
export function loadDts(entryPoints: string[] | DtsStart[], options: ValidateOptions = {}): LoadedDts {
  const resolver = options.resolver ?? Resolver.create(options);
  const starts: DtsStart[] = entryPoints.map((e) => {
    if (typeof e !== 'string') return e;
    const href = absoluteInput(e);
    if (href !== e || !isUrl(e)) checkInputFile(href);
    return { href };
  });
  return loadDtsFromStarts(starts, resolver);
}

/**
 * Validates documents: XBRL instances (XBRL 2.1 instance and taxonomy rules, XBRL Dimensions 1.0,
 * calculations, XML Schema validity) or taxonomy schemas and linkbases (taxonomy rules).
 *
 * @param files paths of the documents (instances, taxonomy documents, Inline XBRL files, report packages as zip or
 *   folder), or documents given as `{ url, bytes }` (the name's extension says what they are)
 * @throws FatalInputError when a document cannot be validated at all (missing, not XML, unresolvable schemaRef)
 */
export async function validate(
  files: ValidateInput | ValidateInput[],
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const inputs = Array.isArray(files) ? files : [files];
  const resolver = options.resolver ?? Resolver.create(options);
  const opts = { ...options, resolver };
  const documents: DocumentResult[] = [];
  const profile = resolveProfile(options.profile);
  /** An input that could not be validated: its own result with keepGoing (rpe:* always), else the error propagates. */
  const refused = (e: unknown, file: string): void => {
    // Report Packages 1.0 structure errors (rpe:*) are findings of an invalid package (exit 1), not "could not run"
    if (e instanceof FatalInputError && e.finding.code.startsWith('rpe:')) {
      documents.push({ ...unvalidatedResult(absoluteInput(file), e.finding), kind: 'reportPackage' });
      return;
    }
    // One unreadable input does not discard the others' results (keepGoing); each input gets its own result.
    if (!(options.keepGoing && e instanceof FatalInputError)) throw e;
    documents.push(unvalidatedResult(absoluteInput(file), e.finding));
    documents[documents.length - 1]!.findings.push(...relatedFindings(e));
  };
  for (const input of inputs) {
    let filings: ValidateInput[] = [input];
    if (typeof input === 'string')
      try {
        filings = inputFilings(input, options); // with `recursive`, a folder's filings (sbr:noFilingsFound: none)
      } catch (e) {
        refused(e, input);
        continue;
      }
    for (const filing of filings)
      try {
        documents.push(
          ...(typeof filing === 'string'
            ? await validatePath(filing, opts, profile)
            : await validateInputDocument(filing, opts, profile)),
        );
      } catch (e) {
        refused(e, typeof filing === 'string' ? filing : filing.url);
      }
  }
  // messages in the language of `lang` (src/report/messages): English shapes rendered from the catalog of the language
  if (options.lang) for (const d of documents) d.findings = localizeFindings(d.findings, options.lang);
  const findings = documents.flatMap((d) => d.findings);
  return {
    valid: documents.every((d) => d.valid),
    findings,
    documents,
    fatal: documents.some((d) => d.kind === 'unvalidated'),
  };
}

/**
 * One input given by path (or URL), as `validate()` takes it; `given`: the document's bytes when they came with the call
 * (`{ url, bytes }` of an instance or an Inline XBRL file), read from them instead of the file at `file`, so that bytes
 * input runs exactly what path input runs (profiles included).
 */
async function validatePath(
  file: string,
  opts: ValidateOptions & { resolver: Resolver },
  profile: ProfileChoice | undefined,
  given?: Uint8Array,
): Promise<DocumentResult[]> {
  const resolver = opts.resolver;
  // Inline XBRL (.html/.xhtml) and report packages (zip/xbri/xbr, or a folder with META-INF): src/ixbrl/inline.ts
  if (isInlineInput(file) && !(profile && isZipEntryPath(file))) {
    const location = absoluteInput(file);
    const read = (p: string) => (given && p === location ? given : readInput(p, opts.maxDocumentBytes));
    // the Inline XBRL modules are imported when an Inline XBRL input or report package is validated
    const { validateInlineInput } = await import('../ixbrl/inline.js');
    const runInline = (wrap?: (t: TaxonomySource, doc: XmlDocument) => TaxonomySource) =>
      validateInlineInput(
        location,
        resolver,
        read,
        (f, b, d, r) => validateParsedWith(f, b, d, opts, r, wrap && ((t) => wrap(t, d))),
        packageLimits(opts),
        { xhtmlSchemaValidation: opts.schemaValidation !== false, documents: opts.taxonomies?.documents },
      );
    if (!profile) return runInline();
    // Dutch filing rules (src/rules/nl/validate.ts); the NL-KVK rule modules are imported when a profile runs
    const { packageFiles } = await import('../rules/nl/inline/run.js');
    const files = (): PackageFiles =>
      given
        ? {
            files: [{ location, path: basename(location), size: given.length, read: () => given }],
            size: given.length,
          }
        : packageFiles(location);
    return validateInlineWithProfile(location, profile, opts.lang ?? 'en', runInline, files);
  }
  if (profile) return [await validateDocumentWithProfileOf(file, opts, profile, given)];
  return [await validateDocument(file, opts, given)];
}

function readUrl(url: string, resolver: Resolver): Uint8Array {
  const bytes = resolver.read(url);
  if (!bytes)
    throw new FatalInputError(
      paramFinding(
        'sbr:entryPointNotFound',
        'error',
        { url, where: resolver.whereParts(url) },
        { file: url },
        'XBRL 2.1 section 3.2',
      ),
    );
  return bytes;
}

function isUrl(p: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(p) && !/^[a-zA-Z]:[\\/]/.test(p);
}

/** A local path made absolute (relative references inside it then resolve correctly); URLs are kept. */
function absoluteInput(p: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(p) && !/^[a-zA-Z]:[\\/]/.test(p)) return p;
  return isAbsolute(p) ? p : resolvePath(p);
}

async function validateDocument(
  input: string,
  options: ValidateOptions & { resolver: Resolver },
  given?: Uint8Array,
): Promise<DocumentResult> {
  const file = absoluteInput(input);
  // A URL (e.g. a taxonomy entry point) is read through the resolver: packages, catalogs, caches.
  const bytes = given ?? (isUrl(file) ? readUrl(file, options.resolver) : readInput(file, options.maxDocumentBytes));
  refuseJson(bytes, file);
  const doc = parseXml(bytes, file);
  return validateParsed(file, bytes, doc, options.taxonomies ?? liveTaxonomySource(options.resolver), {
    lang: options.lang,
    calcMode: options.calcMode,
    formula: options.formula,
    schemaValidator: options.schemaValidation !== false ? validateAgainstSchemasOnDemand : undefined,
    ...(options.schemaProof !== undefined ? { schemaProof: options.schemaProof } : {}),
  });
}

/** `ARCHIVE.zip/entry`: a document inside a zip file (conformance suites point at such entries). */
function isZipEntryPath(p: string): boolean {
  return /\.zip[\\/]/i.test(p) && !existsSync(p);
}

/** Reads a local file, or an entry of a zip file given as `ARCHIVE.zip/entry/path`. */
function readInputOrZipEntry(path: string): Uint8Array {
  const m = /^(.*?\.zip)[\\/](.+)$/i.exec(path);
  if (m && !existsSync(path) && existsSync(m[1]!)) {
    const zip = openZipFile(m[1]!);
    const bytes = zip.read(m[2]!.replace(/\\/g, '/'));
    if (bytes) return bytes;
  }
  return readInput(path);
}

/** A document validated with a profile of the Dutch filing rules (src/rules/nl/validate.ts). */
async function validateDocumentWithProfileOf(
  input: string,
  options: ValidateOptions & { resolver: Resolver },
  profile: ProfileChoice,
  given?: Uint8Array,
): Promise<DocumentResult> {
  const file = absoluteInput(input);
  const bytes = given ?? (isUrl(file) ? readUrl(file, options.resolver) : readInputOrZipEntry(file));
  // JSON is refused as the path without a profile refuses it (sbr:notXml), not reported as malformed XML
  refuseJson(bytes, file);
  return validateDocumentWithProfile(file, bytes, profile, options.lang ?? 'en', (doc, taxonomies) =>
    validateParsed(file, bytes, doc, taxonomies(options.taxonomies ?? liveTaxonomySource(options.resolver)), {
      lang: options.lang,
      calcMode: options.calcMode,
      formula: options.formula,
      schemaValidator: options.schemaValidation !== false ? validateAgainstSchemasOnDemand : undefined,
      ...(options.schemaProof !== undefined ? { schemaProof: options.schemaProof } : {}),
    }),
  );
}

/** The zip limits of the options, for report packages. */
function packageLimits(o: ValidateOptions): { maxTotalBytes?: number; maxEntries?: number; maxEntryBytes?: number } {
  // a report package is a filing: 100 MiB inflated by default (KvK's limit), not the 2 GiB of taxonomy packages
  const l: { maxTotalBytes?: number; maxEntries?: number; maxEntryBytes?: number } = {
    maxTotalBytes: o.maxPackageBytes ?? DEFAULT_MAX_PACKAGE_BYTES,
  };
  if (o.maxDocumentBytes !== undefined) l.maxEntryBytes = o.maxDocumentBytes;
  if (o.maxPackageEntries !== undefined) l.maxEntries = o.maxPackageEntries;
  return l;
}

/** The pipeline on an instance extracted from Inline XBRL; `r` is the resolver with the report package's catalog. */
function validateParsedWith(
  file: string,
  bytes: Uint8Array,
  doc: XmlDocument,
  options: ValidateOptions & { resolver: Resolver },
  r: Resolver,
  wrap?: (t: TaxonomySource) => TaxonomySource,
): Promise<DocumentResult> {
  // a report package's resolver (its own catalog in front): the given taxonomies read the filing's extension from it
  const base =
    r === options.resolver
      ? (options.taxonomies ?? liveTaxonomySource(r))
      : (options.taxonomies?.withDocuments?.(r) ?? liveTaxonomySource(r));
  const taxonomies = wrap ? wrap(base) : base;
  return validateParsed(file, bytes, doc, taxonomies, {
    lang: options.lang,
    calcMode: options.calcMode,
    formula: options.formula,
    schemaValidator: options.schemaValidation !== false ? validateAgainstSchemasOnDemand : undefined,
    ...(options.schemaProof !== undefined ? { schemaProof: options.schemaProof } : {}),
  });
}

function loadDtsFromStarts(starts: DtsStart[], resolver: Resolver): LoadedDts {
  return discoverAndCompile(starts, resolver);
}

/** A document given as bytes with its file name (the name says what it is: .xbrl/.xml, .html/.xhtml, .zip/.xbri/.xbr). */
export interface InputDocument {
  /** File name or URL of the document; relative references in it resolve against this (made absolute). */
  url: string;
  bytes: Uint8Array | string;
}

/** What `validate()` takes: a path (instance, taxonomy document, Inline XBRL file, report package zip or folder) or bytes with a name. */
export type ValidateInput = string | InputDocument;

/**
 * Validates a document given as bytes with its name, as `validate()` does a file of that name. A zipped report package is
 * written to a private temporary folder for the duration (report packages and their catalogs are read as zip files);
 * findings name the given name, not the temporary file.
 */
async function validateInputDocument(
  input: InputDocument,
  options: ValidateOptions & { resolver: Resolver },
  profile: ProfileChoice | undefined,
): Promise<DocumentResult[]> {
  const bytes = typeof input.bytes === 'string' ? new TextEncoder().encode(input.bytes) : input.bytes;
  const file = absoluteInput(input.url);
  if (/\.(zip|xbri|xbr)$/i.test(file)) {
    const dir = mkdtempSync(joinPath(tmpdir(), 'sbr-package-'));
    const tmp = joinPath(dir, basename(file));
    const rename = (x: string) => x.split(tmp).join(file);
    const renamed = (f: Finding): Finding => ({ ...f, file: rename(f.file), message: rename(f.message) });
    try {
      writeFileSync(tmp, bytes);
      return (await validatePath(tmp, options, profile)).map((d) => ({
        ...d,
        file: rename(d.file),
        findings: d.findings.map(renamed),
      }));
    } catch (e) {
      if (e instanceof FatalInputError) {
        const related = relatedFindings(e);
        const f = renamed(e.finding);
        // the findings of the profile's rules that travel with the error (ProfileFatalError) are renamed too
        throw related.length
          ? new ProfileFatalError(new FatalInputError(f), related.map(renamed))
          : new FatalInputError(f);
      }
      throw e;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (/\.(html?|xhtml)$/i.test(file)) return validatePath(file, options, profile, bytes);
  // an instance or taxonomy document: the pipeline on the given bytes, as on a file's (never the file at that path)
  if (profile) return [await validateDocumentWithProfileOf(file, options, profile, bytes)];
  refuseJson(bytes, file);
  return [await validateParsedWith(file, bytes, parseXml(bytes, file), options, options.resolver)];
}
