/**
 * Glue between report packages / Inline XBRL files and the validation pipeline (src/validate.ts).
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
import { FatalInputError, finding, type Finding } from '../findings.js';
import type { DocumentSource } from '../dts/discover.js';
import type { Resolver } from '../resolve/index.js';
import type { ZipLimits } from '../resolve/limits.js';
import { parseXml, type XmlDocument } from '../xml/parse.js';
import { extractIxds, loadTransforms, remapFinding, type ExtractedTarget, type Transforms } from './extract.js';
import { isReportPackagePath, openReportPackage, type PackagedReport, type ReportPackage } from './report-package.js';
import { parseXhtml } from './xhtml.js';
import { rootCausesFirst } from '../report/root-cause.js';
import { validateXhtmlSchema } from './xhtml-schema.js';

/** What the pipeline returns for one parsed instance (DocumentResult of src/validate.ts). */
export interface ParsedResult {
  file: string;
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
export type ValidateParsed = (
  file: string,
  bytes: Uint8Array,
  doc: XmlDocument,
  resolver: Resolver,
) => Promise<ParsedResult>;

const INLINE_EXT = new Set(['.html', '.htm', '.xhtml']);

/** True for inputs this module handles: report packages (zip/xbri/xbr or a folder with META-INF) and .html/.xhtml files. */
export function isInlineInput(path: string): boolean {
  return INLINE_EXT.has(extname(path).toLowerCase()) || isReportPackagePath(path);
}

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

export interface ExtractedReport {
  report: PackagedReport;
  targets: ExtractedTarget[];
  findings: Finding[];
  /** The XHTML documents of the document set as read. */
  sources: { url: string; bytes: Uint8Array }[];
}

/** Parses and extracts one Inline XBRL report (its document set). */
export function extractReport(
  report: PackagedReport,
  read: (f: string) => Uint8Array,
  transforms: Transforms,
): ExtractedReport {
  const sources = report.files.map((f) => ({ url: f, bytes: read(f) }));
  const docs = sources.map((s) => parseXhtml(s.bytes, s.url));
  const r = extractIxds(docs, { transforms });
  return { report, targets: r.targets, findings: r.findings, sources };
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

const IX11_NS = 'http://www.xbrl.org/2013/inlineXBRL';
const IX10_NS = 'http://www.xbrl.org/2008/inlineXBRL';

/**
 * Says what a document set is when it is not Inline XBRL 1.1: no document names the Inline XBRL 1.1 namespace
 * (Inline XBRL 1.1 section 3). An Inline XBRL 1.0 document set (namespace http://www.xbrl.org/2008/inlineXBRL) gets
 * one finding naming the version (`sbr:inlineXbrlVersion`); an HTML page without any ix markup `sbr:notInlineXbrl`.
 */
function notInlineXbrl(report: PackagedReport, read: (f: string) => Uint8Array): Finding | undefined {
  const texts = report.files.map((f) => ({ f, text: new TextDecoder('utf-8', { fatal: false }).decode(read(f)) }));
  if (texts.some((t) => t.text.includes(IX11_NS))) return undefined;
  const v10 = texts.find((t) => t.text.includes(IX10_NS));
  if (v10) {
    return finding(
      'sbr:inlineXbrlVersion',
      'error',
      `${v10.f} is Inline XBRL 1.0 (namespace ${IX10_NS}); this validator checks Inline XBRL 1.1 (namespace ${IX11_NS}) only: convert the document to Inline XBRL 1.1`,
      { file: v10.f },
      'Inline XBRL 1.1 section 3',
    );
  }
  const f = report.files[0]!;
  return finding(
    'sbr:notInlineXbrl',
    'error',
    `${f} holds no Inline XBRL: no element is in the Inline XBRL namespace ${IX11_NS} (an Inline XBRL document has ix:header with ix:references and facts such as ix:nonFraction); it is a plain HTML page`,
    { file: f },
    'Inline XBRL 1.1 section 3',
  );
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
  const hint = `${path} is part of the report package ${pkgDir}: validate the package (sbr validate ${pkgDir}) so that its own catalog and extension taxonomy are used`;
  try {
    const out = await validateInline(path, resolver, readFile, validateParsed, limits, options);
    if (out[0] && !out[0].valid)
      out[0] = {
        ...out[0],
        findings: [
          finding('sbr:partOfReportPackage', 'info', hint, { file: path }, 'XBRL Report Packages 1.0'),
          ...out[0].findings,
        ],
      };
    return out;
  } catch (e) {
    if (e instanceof FatalInputError)
      throw new FatalInputError({ ...e.finding, message: `${e.finding.message}. ${hint}` });
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
  let unavailableReported = false;
  const res = input.pkg ? resolver.withPackages([input.pkg.location], { metadataOptional: true, limits }) : resolver;
  const extra = options.documents;
  const xhtmlSource: DocumentSource = extra ? { read: (u) => readOrUndefined(res, u) ?? extra.read(u) } : res;
  const out: ParsedResult[] = [];
  let transforms: Transforms | undefined;
  for (const report of input.reports) {
    if (report.kind === 'json') {
      throw new FatalInputError(
        finding(
          'sbr:unsupportedReportFormat',
          'error',
          `${report.files[0]} is an xBRL-JSON report; only XBRL 2.1 and Inline XBRL reports can be validated`,
          { file: report.files[0]! },
        ),
      );
    }
    if (report.kind === 'xbrl') {
      const file = report.files[0]!;
      const bytes = input.read(file);
      out.push(await validateParsed(file, bytes, parseXml(bytes, file), res));
      continue;
    }
    transforms ??= await loadTransforms();
    const t0 = performance.now();
    const notInline = notInlineXbrl(report, input.read);
    if (notInline) throw new FatalInputError(notInline);
    const ex = extractReport(report, input.read, transforms);
    if (!ex.targets.length) {
      throw new FatalInputError(
        ex.findings.find((f) => f.severity === 'error') ??
          finding('ix11:noTarget', 'error', 'The inline XBRL document set has no facts and no ix:references', {
            file: report.files[0]!,
          }),
      );
    }
    // XHTML validity of the document set (one xmllint run); `sbr:xhtmlSchemaUnavailable` only once per input.
    let xhtmlFindings: Finding[] = [];
    if (options.xhtmlSchemaValidation !== false) {
      xhtmlFindings = (await validateXhtmlSchema(ex.sources, xhtmlSource, ex.findings)).filter(
        (f) => f.code !== 'sbr:xhtmlSchemaUnavailable' || !unavailableReported,
      );
      if (xhtmlFindings.some((f) => f.code === 'sbr:xhtmlSchemaUnavailable')) unavailableReported = true;
    }
    for (const [i, t] of ex.targets.entries()) {
      if (!t.doc.root.children.some((c) => c.local === 'schemaRef')) {
        throw new FatalInputError(
          ex.findings.find((f) => f.code.endsWith(':missingReferences')) ??
            finding(
              'ix11.12.1.2:missingReferences',
              'error',
              'The target document has no link:schemaRef in ix:references: its taxonomy is unknown',
              { file: t.doc.url },
              'Inline XBRL 1.1 section 12',
            ),
        );
      }
      const bytes = new TextEncoder().encode(t.xml);
      let r: ParsedResult;
      try {
        r = await validateParsed(t.doc.url, bytes, t.doc, res);
      } catch (e) {
        if (e instanceof FatalInputError) throw new FatalInputError(remapFinding(e.finding, t.doc.url, t.sourceMap));
        throw e;
      }
      const findings = r.findings.map((f) => remapFinding(f, t.doc.url, t.sourceMap));
      if (i === 0) findings.push(...ex.findings, ...xhtmlFindings);
      findings.sort(compare);
      out.push({
        ...r,
        findings: rootCausesFirst(dedupe(findings)),
        valid: !findings.some((f) => f.severity === 'error'),
        stats: { ...r.stats, ms: Math.round(performance.now() - t0) },
      });
    }
  }
  return out;
}

function readOrUndefined(source: DocumentSource, url: string): Uint8Array | undefined {
  try {
    return source.read(url);
  } catch {
    return undefined;
  }
}

function compare(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : 1)
  );
}

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.code}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
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
    throw new FatalInputError(
      finding('rpe:missingReport', 'error', `${path} holds no Inline XBRL report`, { file: resolvePath(path) }),
    );
  return { instances, findings };
}
