/**
 * Node side of the taxonomy diff: a release given as a validator artifact (`.sbrv`) or as entry points (URLs or files,
 * resolved through taxonomy packages and caches), and a filing (XBRL instance, Inline XBRL document or report package)
 * loaded as instances for `filingImpact`.
 */
import { statSync } from 'node:fs';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { CompiledTaxonomy } from '../compile/types.js';
import { registerFormulaEngine } from '../formula/engine.js';
import { formulaProcessor } from '../formula/engine-full.js';
import { loadInstance } from '../instance/load.js';
import type { SourceLocation } from '../findings.js';
import { extractReport, isInlineInput, openInlineInput } from '../ixbrl/inline.js';
import { loadTransforms } from '../ixbrl/extract.js';
import { Resolver, type ResolverOptions } from '../resolve/index.js';
import { loadDts, readInput } from '../validate/node.js';
import { parseXml } from '../xml/parse.js';
import { isArtifactBytes, taxonomyOfArtifact, type Inflate } from './artifact.js';

// the diff loads taxonomies synchronously (loadDts): the formula processor is registered (src/formula/engine.ts)
registerFormulaEngine(formulaProcessor);

/** zlib's native raw inflate, bounded by the size the artifact's header announces. */
const nodeInflate: Inflate = (raw, size) => inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
import type { FilingInstance } from './filing.js';

const isUrl = (s: string) => /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(s) && !/^[a-zA-Z]:[\\/]/.test(s);

function isLocalFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Loads one release: a validator artifact when the file starts with `SBRV`, else the DTS of the entry point.
 * @param input path of a `.sbrv` file, or an entry point (URL or file)
 * @throws FatalInputError `sbr:artifactCorrupt` / `sbr:artifactVersion` / `sbr:artifactTampered` for a bad artifact,
 *   `sbr:entryPointNotFound`, `sbr:fileNotFound` and the resolver's refusals for an entry point
 */
export async function loadRelease(
  input: string,
  options: ResolverOptions & { resolver?: Resolver } = {},
): Promise<CompiledTaxonomy> {
  if (!isUrl(input) && isLocalFile(input)) {
    const bytes = readInput(input);
    if (isArtifactBytes(bytes) || input.toLowerCase().endsWith('.sbrv'))
      return taxonomyOfArtifact(bytes, input, nodeInflate);
  }
  const resolver = options.resolver ?? Resolver.create(options);
  return loadDts([input], { resolver }).taxonomy;
}

export interface LoadedFiling {
  /** The filing, or `file#target` / the report's document for Inline XBRL. */
  name: string;
  instance: FilingInstance;
  /** Position in the loaded instance → position in the source (the XHTML for Inline XBRL). */
  locate: (l: SourceLocation) => SourceLocation;
}

/**
 * Loads the instances of a filing: an XBRL instance (`.xbrl`/`.xml`), an Inline XBRL document, or a report package
 * (zip or folder); an inline report gives one instance per target document (Inline XBRL 1.1 section 3).
 * @param old the taxonomy the filing was made against (tells tuples from items)
 * @throws FatalInputError `sbr:fileNotFound`, `xml:*`, `sbr:notAnInstance`, report package errors (`rpe:*`)
 */
export async function loadFiling(path: string, old: CompiledTaxonomy): Promise<LoadedFiling[]> {
  const abs = isAbsolute(path) ? path : resolvePath(path);
  const ignore = () => {};
  if (!isInlineInput(abs)) {
    const doc = parseXml(readInput(abs), abs);
    return [{ name: abs, instance: loadInstance(doc, ignore, old), locate: (l) => l }];
  }
  const input = openInlineInput(abs, readInput);
  const transforms = await loadTransforms();
  const out: LoadedFiling[] = [];
  for (const report of input.reports) {
    if (report.kind !== 'inline') continue;
    const ex = extractReport(report, input.read, transforms);
    for (const t of ex.targets) {
      const map = t.sourceMap;
      const url = t.doc.url;
      out.push({
        name: t.target === null ? report.files[0]! : `${report.files[0]!}#${t.target}`,
        instance: loadInstance(t.doc, ignore, old),
        locate: (l) => {
          if (l.file !== url || !map.size) return l;
          let line = l.line;
          while (line > 0 && !map.has(line)) line--;
          return map.get(line) ?? l;
        },
      });
    }
  }
  return out;
}
