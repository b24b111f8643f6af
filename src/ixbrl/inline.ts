/**
 * Glue between report packages / Inline XBRL files and the validation pipeline (src/validate/node.ts).
 *
 * `validateInlineInput` opens a report package (zip or folder) or an .html/.xhtml file, extracts each Inline XBRL
 * report into XBRL 2.1 target instances (extract.ts) and hands each one, parsed, to the pipeline's
 * `validateParsed`; the findings on the generated instance are then moved to the XHTML element they came from.
 * The XHTML documents themselves are validated against the Inline XBRL 1.1 schema (xhtml-schema.ts); those
 * findings go with the first target's.
 * A report package's own catalog (its extension taxonomy) is put in front of the resolver's packages.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve as resolvePath } from 'node:path';
import { FatalInputError, type Finding } from '../findings.js';
import { englishMessage, paramFinding } from '../messages/index.js';
import type { DocumentSource } from '../dts/discover.js';
import type { Resolver } from '../resolve/index.js';
import type { ZipLimits } from '../resolve/limits.js';
import type { XmlDocument } from '../xml/parse.js';
import { loadTransforms, type ExtractedTarget } from './extract.js';
import { extractReport, readOrUndefined, validateInlineReports, type ParsedResult } from './inline-core.js';
import { INLINE_EXT } from './input-kind.js';
import { openReportPackage, type PackagedReport, type ReportPackage } from './report-package.js';
import { validateXhtmlSchema } from './xhtml-schema.js';

export { extractReport, type ExtractedReport, type ParsedResult } from './inline-core.js';

export type ValidateParsed = (
  file: string,
  bytes: Uint8Array,
  doc: XmlDocument,
  resolver: Resolver,
) => Promise<ParsedResult>;

export { isInlineInput } from './input-kind.js';

export interface OpenedInput {
  pkg?: ReportPackage;
  reports: PackagedReport[];
  read(file: string): Uint8Array;
}

export function openInlineInput(
  path: string,
  readFile: (p: string) => Uint8Array,
  limits: Partial<ZipLimits> = {},
): OpenedInput {
  const abs = resolvePath(path);
  if (INLINE_EXT.has(extname(abs).toLowerCase()))
    return { reports: [{ kind: 'inline', files: [abs] }], read: readFile };
  const pkg = openReportPackage(abs, limits);
  return { pkg, reports: pkg.reports, read: (f) => pkg.read(f) };
}

export interface InlineValidateOptions {
  /**
   * XHTML validity of the Inline XBRL documents against the Inline XBRL 1.1 schema (xhtml-schema.ts), default true;
   * false when XML Schema validation is switched off.
   */
  xhtmlSchemaValidation?: boolean;
  /** Read after the resolver for the Inline XBRL schema set (a validator artifact's support documents). */
  documents?: DocumentSource;
}

/**
 * The report package folder an Inline XBRL file given on its own lies in (a parent folder, up to 4 levels, with
 * META-INF/reportPackage.json or META-INF/catalog.xml), if any.
 */
export function enclosingReportPackage(file: string): string | undefined {
  let dir = dirname(file);
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'META-INF', 'reportPackage.json')) || existsSync(join(dir, 'META-INF', 'catalog.xml')))
      return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** Validates a report package or an Inline XBRL file through the pipeline. */
export async function validateInlineInput(
  path: string,
  resolver: Resolver,
  readFile: (p: string) => Uint8Array,
  validateParsed: ValidateParsed,
  limits: Partial<ZipLimits> = {},
  options: InlineValidateOptions = {},
): Promise<ParsedResult[]> {
  // An .html of a report package given on its own: the package's catalog (its extension taxonomy) is not used then.
  const pkgDir = INLINE_EXT.has(extname(path).toLowerCase()) ? enclosingReportPackage(resolvePath(path)) : undefined;
  if (!pkgDir) return validateInline(path, resolver, readFile, validateParsed, limits, options);
  const partOf = { file: path, package: pkgDir };
  const hint = englishMessage('sbr:partOfReportPackage', partOf);
  try {
    const out = await validateInline(path, resolver, readFile, validateParsed, limits, options);
    if (out[0] && !out[0].valid)
      out[0] = {
        ...out[0],
        findings: [
          paramFinding('sbr:partOfReportPackage', 'info', partOf, { file: path }, 'XBRL Report Packages 1.0'),
          ...out[0].findings,
        ],
      };
    return out;
  } catch (e) {
    if (e instanceof FatalInputError) {
      // sbr:entryPointNotFound renders the hint from its `partOf` param in every language; another code gets the
      // English hint added to its message (its params would render the message without it)
      if (e.finding.code === 'sbr:entryPointNotFound' && e.finding.params) {
        const params = { ...e.finding.params, partOf };
        throw new FatalInputError({ ...e.finding, params, message: englishMessage(e.finding.code, params) });
      }
      const { params: _params, ...f } = e.finding;
      throw new FatalInputError({ ...f, message: `${e.finding.message}. ${hint}` });
    }
    throw e;
  }
}

async function validateInline(
  path: string,
  resolver: Resolver,
  readFile: (p: string) => Uint8Array,
  validateParsed: ValidateParsed,
  limits: Partial<ZipLimits> = {},
  options: InlineValidateOptions = {},
): Promise<ParsedResult[]> {
  const input = openInlineInput(path, readFile, limits);
  const res = input.pkg ? resolver.withPackages([input.pkg.location], { metadataOptional: true, limits }) : resolver;
  const extra = options.documents;
  const xhtmlSource: DocumentSource = extra ? { read: (u) => readOrUndefined(res, u) ?? extra.read(u) } : res;
  return validateInlineReports(input, res, validateParsed, {
    transforms: loadTransforms,
    ...(options.xhtmlSchemaValidation !== false
      ? { xhtmlSchema: (sources, found) => validateXhtmlSchema(sources, xhtmlSource, found) }
      : {}),
  });
}

/**
 * `sbr extract`: the XBRL 2.1 instance(s) of an Inline XBRL file or report package, with the extraction findings.
 * Several reports or targets give several instances.
 */
export async function extractInput(
  path: string,
  readFile: (p: string) => Uint8Array,
): Promise<{
  instances: { report: string; target: string | null; xml: string; counts: ExtractedTarget['counts'] }[];
  findings: Finding[];
}> {
  const input = openInlineInput(path, readFile);
  const transforms = await loadTransforms();
  const instances: { report: string; target: string | null; xml: string; counts: ExtractedTarget['counts'] }[] = [];
  const findings: Finding[] = [];
  for (const report of input.reports) {
    if (report.kind !== 'inline') continue;
    const ex = extractReport(report, input.read, transforms);
    findings.push(...ex.findings);
    for (const t of ex.targets)
      instances.push({ report: report.files[0]!, target: t.target, xml: t.xml, counts: t.counts });
  }
  if (!instances.length)
    throw new FatalInputError(paramFinding('rpe:missingReport', 'error', { file: path }, { file: resolvePath(path) }));
  return { instances, findings };
}
