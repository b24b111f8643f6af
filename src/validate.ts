/**
 * The validation pipeline: resolve → parse → discover DTS → compile → load instance → rules → findings.
 *
 * `validate()` takes instance documents (or taxonomy schemas / linkbases, which are then checked as taxonomies)
 * and returns every finding. `loadDts()` discovers and compiles a taxonomy from entry points.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { compileDts } from './compile/compile.js';
import { compileDimensions } from './compile/dimensions.js';
import type { CompiledTaxonomy } from './compile/types.js';
import { discoverDts, documentKey, type Dts, type DtsStart } from './dts/discover.js';
import { NS, XLINK_HREF } from './dts/namespaces.js';
import { compareFindings, FatalInputError, finding, type Finding } from './findings.js';
import { loadInstance } from './instance/load.js';
import type { Instance } from './instance/types.js';
import { Resolver, type ResolverOptions } from './resolve/index.js';
import { runRules } from './rules/engine.js';
import { allRules } from './rules/index.js';
import { parseXml } from './xml/parse.js';
import { validateAgainstSchemas } from './xml/schema-validate.js';

export interface ValidateOptions extends ResolverOptions {
  /** Language for concept labels in messages (default `en`). */
  lang?: string;
  /** XML Schema validation of instances through xmllint-wasm (default true). */
  schemaValidation?: boolean;
  /** A resolver to reuse across calls (otherwise one is created from the options). */
  resolver?: Resolver;
}

export interface DocumentResult {
  file: string;
  kind: 'instance' | 'taxonomy';
  valid: boolean;
  findings: Finding[];
  stats: { documents: number; concepts: number; relationships: number; contexts: number; units: number; facts: number; ms: number };
}

export interface ValidationResult {
  /** True when no finding has severity `error`. */
  valid: boolean;
  /** All findings of all documents, sorted by file, line, column. */
  findings: Finding[];
  documents: DocumentResult[];
}

export interface LoadedDts {
  dts: Dts;
  taxonomy: CompiledTaxonomy;
}

/** Reads a local input file, refusing missing, unreadable and directory inputs with a coded FatalInputError. */
export function readInput(path: string): Uint8Array {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new FatalInputError(finding('sbr:fileNotFound', 'error', `The file ${path} does not exist`, { file: path }));
  }
  if (st.isDirectory()) throw new FatalInputError(finding('sbr:notAFile', 'error', `${path} is a folder, not a file`, { file: path }));
  try {
    return readFileSync(path);
  } catch (e) {
    throw new FatalInputError(finding('sbr:fileUnreadable', 'error', `Cannot read ${path}: ${(e as Error).message}`, { file: path }));
  }
}

/**
 * Discovers and compiles the DTS of the given entry points (XBRL 2.1 section 3.2).
 * @param entryPoints URLs or file paths of schemas or linkbases
 * @throws FatalInputError `sbr:entryPointNotFound` when an entry point itself cannot be read or parsed
 */
export function loadDts(entryPoints: string[] | DtsStart[], options: ValidateOptions = {}): LoadedDts {
  const resolver = options.resolver ?? Resolver.create(options);
  const starts: DtsStart[] = entryPoints.map((e) => (typeof e === 'string' ? { href: absoluteInput(e) } : e));
  return loadDtsFromStarts(starts, resolver);
}

/**
 * Validates documents: XBRL instances (XBRL 2.1 instance and taxonomy rules, XBRL Dimensions 1.0,
 * calculations, XML Schema validity) or taxonomy schemas and linkbases (taxonomy rules).
 *
 * @param files paths of the documents
 * @throws FatalInputError when a document cannot be validated at all (missing, not XML, unresolvable schemaRef)
 */
export async function validate(files: string | string[], options: ValidateOptions = {}): Promise<ValidationResult> {
  const list = Array.isArray(files) ? files : [files];
  const resolver = options.resolver ?? Resolver.create(options);
  const opts = { ...options, resolver };
  const documents: DocumentResult[] = [];
  for (const file of list) documents.push(await validateDocument(file, opts));
  const findings = documents.flatMap((d) => d.findings);
  return { valid: documents.every((d) => d.valid), findings, documents };
}

/** A local path made absolute (relative references inside it then resolve correctly); URLs are kept. */
function absoluteInput(p: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(p) && !/^[a-zA-Z]:[\\/]/.test(p)) return p;
  return isAbsolute(p) ? p : resolvePath(p);
}

async function validateDocument(input: string, options: ValidateOptions & { resolver: Resolver }): Promise<DocumentResult> {
  const t0 = performance.now();
  const file = absoluteInput(input);
  const bytes = readInput(file);
  const doc = parseXml(bytes, file);
  const root = doc.root;
  const findings: Finding[] = [];
  let instance: Instance | undefined;
  let starts: DtsStart[];
  const isInstance = root.ns === NS.xbrli && root.local === 'xbrl';
  if (isInstance) {
    starts = [];
    for (const c of root.children) {
      if (c.ns !== NS.link) continue;
      if (c.local === 'schemaRef' || c.local === 'linkbaseRef' || c.local === 'roleRef' || c.local === 'arcroleRef') {
        const href = c.attrs.get(XLINK_HREF);
        if (href) starts.push({ href, base: file, from: { file, line: c.line, column: c.column } });
      }
    }
  } else if ((root.ns === NS.xs && root.local === 'schema') || (root.ns === NS.link && root.local === 'linkbase')) {
    starts = [{ href: file }];
  } else {
    throw new FatalInputError(
      finding('sbr:unknownDocument', 'error', `${file} is neither an XBRL instance (xbrli:xbrl) nor a taxonomy schema or linkbase (its root element is ${root.prefix ? root.prefix + ':' : ''}${root.local})`, { file, line: root.line, column: root.column }),
    );
  }

  const { dts, taxonomy } = loadDtsFromStarts(starts, options.resolver);
  findings.push(...taxonomy.findings);
  if (isInstance) {
    instance = loadInstance(doc, (f) => findings.push(f), taxonomy);
  }
  findings.push(...runRules(allRules, taxonomy, instance, { lang: options.lang }));
  if (isInstance && options.schemaValidation !== false) {
    findings.push(...(await schemaValidateInstance(file, bytes, dts, starts)));
  }
  const unique = dedupe(findings).sort(compareFindings);
  return {
    file,
    kind: isInstance ? 'instance' : 'taxonomy',
    valid: !unique.some((f) => f.severity === 'error'),
    findings: unique,
    stats: {
      documents: dts.documents.size,
      concepts: Object.keys(taxonomy.concepts).length,
      relationships: taxonomy.networks.reduce((n, x) => n + x.relationships.length, 0),
      contexts: instance?.contexts.size ?? 0,
      units: instance?.units.size ?? 0,
      facts: instance?.facts.length ?? 0,
      ms: Math.round(performance.now() - t0),
    },
  };
}

function loadDtsFromStarts(starts: DtsStart[], resolver: Resolver): LoadedDts {
  const dts = discoverDts(starts, resolver);
  // The instance's schemaRefs (or the taxonomy entry point) must resolve: otherwise nothing can be checked.
  for (const s of starts) {
    const url = dts.entryPoints[starts.indexOf(s)]!;
    if (!dts.documents.has(documentKey(url))) {
      const f = dts.findings.find((x) => x.message.includes(url));
      throw new FatalInputError(
        finding('sbr:entryPointNotFound', 'error', f ? f.message : `Cannot resolve ${s.href}`, s.from ?? { file: url }, 'XBRL 2.1 section 3.2'),
      );
    }
  }
  const taxonomy = compileDts(dts);
  taxonomy.dimensions = compileDimensions(taxonomy, (f) => taxonomy.findings.push(f));
  return { dts, taxonomy };
}

async function schemaValidateInstance(file: string, bytes: Uint8Array, dts: Dts, starts: DtsStart[]): Promise<Finding[]> {
  const schemas = [...dts.documents.values()].filter((d) => d.kind === 'schema').map((d) => ({ url: d.url, bytes: d.bytes }));
  const roots = starts.map((_, i) => dts.entryPoints[i]!).filter((u) => dts.documents.get(documentKey(u))?.kind === 'schema');
  return validateAgainstSchemas({ url: file, bytes }, schemas, roots);
}

function dedupe(findings: Finding[]): Finding[] {
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
