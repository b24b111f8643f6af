/**
 * Any filing held in memory, validated with a compiled validator artifact, Node-free (the browser build and the
 * portal's Web Worker): an XBRL 2.1 instance (`Validator.validate`), an Inline XBRL document (`.html`/`.xhtml`/`.htm`)
 * or a report package (`.zip`/`.xbri`/`.xbr`, XBRL Report Packages 1.0), chosen by the name's extension as
 * `sbr validate` chooses. Inline XBRL goes through the same extraction and remapping as the CLI
 * (src/ixbrl/inline-core.ts); a report package's extension taxonomy is read from its own entries through its
 * META-INF/catalog.xml, and nothing else is read: no local file, whatever the filing names (untrusted input).
 *
 * XML Schema validation is the caller's, as in `Validator.validate`: `schemaValidator` validates each XBRL instance
 * and each Inline XBRL target against the artifact's schemas, `xhtmlSchemaValidator` the XHTML documents against the
 * Inline XBRL 1.1 schema set the artifact carries (the portal passes src/xml/schema-validate.ts and
 * src/ixbrl/xhtml-schema.ts, run by libxml2 in its Web Worker; both undefined = no XML Schema validation).
 *
 * The Dutch filing rules of a profile (`options.profile`, or the one the artifact was compiled with) run as
 * `sbr validate --profile` runs them (src/rules/nl/validate-inline.ts), on the package's entries read from its bytes.
 */
import type { DocumentSource } from '../dts/discover.js';
import { FatalInputError, type Finding } from '../findings.js';
import { validateInlineReports, type InlineReports } from '../ixbrl/inline-core.js';
import { paramFinding } from '../messages/index.js';
import { extOf, openReportPackageBytes } from '../ixbrl/report-package-layout.js';
import { applyTransform, isKnownTransform } from '../ixbrl/transforms.js';
import { validateParsed, type DocumentResult, type TaxonomySource } from '../validate/core.js';
import { localizeFindings } from '../report/messages/index.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../resolve/limits.js';
import { ZipArchive } from '../resolve/zip.js';
import { validateInlineWithProfile, type PackageFiles } from '../rules/nl/validate-inline.js';
import { resolveProfile } from '../rules/nl/validate-xml.js';
import type { XmlDocument } from '../xml/parse.js';
import type { Filing, Validator, ValidatorOptions } from './validator.js';

const INLINE = new Set(['.html', '.htm', '.xhtml']);
const PACKAGE = new Set(['.zip', '.xbri', '.xbr']);

/**
 * XHTML validity of an Inline XBRL document set (src/ixbrl/xhtml-schema.ts `validateXhtmlSchema`): the documents, where
 * the Inline XBRL 1.1 schema set is read (the package's own documents, then the artifact's support documents), and
 * the extraction's findings (schema findings repeating them are dropped).
 */
export type XhtmlSchemaValidator = (
  docs: { url: string; bytes: Uint8Array }[],
  source: DocumentSource,
  extractionFindings: Finding[],
) => Promise<Finding[]>;

export interface FilingOptions extends ValidatorOptions {
  /** Limits on a report package's entries (src/resolve/limits.ts). */
  zipLimits?: Partial<ZipLimits>;
  /** XHTML validity of Inline XBRL documents; undefined = not checked. */
  xhtmlSchemaValidator?: XhtmlSchemaValidator;
}

/** What a filing's name says it is (its extension, as `sbr validate` reads it). */
export function filingKind(name: string): 'instance' | 'inline' | 'reportPackage' {
  const e = extOf(name);
  return INLINE.has(e) ? 'inline' : PACKAGE.has(e) ? 'reportPackage' : 'instance';
}

/**
 * Validates one filing with `validator`: one result per XBRL report or Inline XBRL target (as the `documents` of
 * `sbr validate --format json`). A report package whose structure is invalid gives one result of kind `reportPackage`
 * with its `rpe:` finding, as the CLI does.
 * @throws FatalInputError when the filing cannot be validated at all (not XML, no Inline XBRL, schemaRef not in the
 *   artifact and not in the package, ...)
 */
export async function validateFiling(
  validator: Validator,
  filing: Filing,
  options: FilingOptions = {},
): Promise<DocumentResult[]> {
  const kind = filingKind(filing.url);
  if (kind === 'instance') return [await validator.validate(filing, options)];
  const bytes = typeof filing.bytes === 'string' ? new TextEncoder().encode(filing.bytes) : filing.bytes;
  let input: InlineReports;
  let documents: DocumentSource | undefined = options.documents;
  try {
    if (kind === 'reportPackage') {
      const pkg = openReportPackageBytes(filing.url, bytes, options.zipLimits);
      input = pkg;
      documents = pkg.documents;
    } else {
      input = {
        reports: [{ kind: 'inline', files: [filing.url] }],
        read: (f) => {
          if (f === filing.url) return bytes;
          throw new FatalInputError(
            paramFinding('sbr:fileNotFound', 'error', { file: f, notGiven: true }, { file: f }),
          );
        },
      };
    }
  } catch (e) {
    if (e instanceof FatalInputError && e.finding.code.startsWith('rpe:'))
      return [
        {
          file: filing.url,
          kind: 'reportPackage',
          valid: false,
          findings: [e.finding],
          stats: { documents: 0, concepts: 0, relationships: 0, contexts: 0, units: 0, facts: 0, ms: 0 },
        },
      ];
    throw e;
  }
  const lang = options.lang ?? 'en';
  const { schemaValidator, xhtmlSchemaValidator } = options;
  const xhtmlSource = validator.withSupport(documents);
  const runInline = async (wrap?: (t: TaxonomySource, doc: XmlDocument) => TaxonomySource) =>
    (await validateInlineReports(
      input,
      validator.taxonomySource(documents),
      (file, b, doc, source) =>
        validateParsed(file, b, doc, wrap ? wrap(source, doc) : source, {
          lang,
          calcMode: options.calcMode,
          ...(schemaValidator ? { schemaValidator } : {}),
        }) as Promise<DocumentResult>,
      {
        transforms: async () => ({ applyTransform, isKnownTransform }),
        ...(xhtmlSchemaValidator
          ? { xhtmlSchema: (sources, found) => xhtmlSchemaValidator(sources, xhtmlSource, found) }
          : {}),
      },
    )) as DocumentResult[];
  // the Dutch filing rules of a profile (the artifact's, or the one asked for), on the package's own entries
  const choice = resolveProfile(options.profile ?? validator.header.profile);
  const results = choice
    ? await validateInlineWithProfile(filing.url, choice, lang, runInline, () =>
        packageFilesOf(kind, filing.url, bytes, options.zipLimits),
      )
    : await runInline();
  return options.lang ? results.map((r) => ({ ...r, findings: localizeFindings(r.findings, options.lang!) })) : results;
}

/**
 * The files the NL-KVK rules read (src/rules/nl/types.ts `PackageFile`), from the filing's bytes as the Node path
 * reads them from disk (src/rules/nl/inline/run.ts `packageFiles`): a zip's entries as `NAME/entry` with the zip's size,
 * or the single Inline XBRL file.
 */
function packageFilesOf(
  kind: 'inline' | 'reportPackage',
  url: string,
  bytes: Uint8Array,
  zipLimits: Partial<ZipLimits> | undefined,
): PackageFiles {
  const name = url.split(/[\\/]/).pop()!;
  if (kind === 'inline')
    return { files: [{ location: url, path: name, size: bytes.length, read: () => bytes }], size: bytes.length };
  const zip = ZipArchive.fromBytes(bytes, url, { ...DEFAULT_ZIP_LIMITS, ...zipLimits });
  const files = zip.fileNames().map((n) => ({
    location: `${url}/${n}`,
    path: n,
    size: zip.entries.get(n)?.size ?? 0,
    read: () => zip.read(n) ?? new Uint8Array(),
  }));
  return { files, size: bytes.length };
}
