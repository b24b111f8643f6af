/**
 * The Node-free part of Inline XBRL validation (used by src/ixbrl/inline.ts for files and by the browser build,
 * src/browser.ts, for documents held in memory): given the reports of an input (an .html/.xhtml document, or the
 * reports of a report package, src/ixbrl/report-package.ts), each Inline XBRL document set is parsed and extracted into
 * its XBRL 2.1 target instances (extract.ts, Inline XBRL 1.1 section 4), each target is handed, parsed, to the
 * pipeline's `validateParsed`, and the findings on the generated instance are moved back to the XHTML element they
 * came from (`remapFinding`). The XHTML validity of the documents (xhtml-schema.ts, xmllint) is a function the caller
 * passes, so this module loads neither xmllint nor any Node built-in.
 */
import { paramFinding } from '../messages/index.js';
import type { DocumentSource } from '../dts/discover.js';
import { FatalInputError, type Finding } from '../findings.js';
import { foldTransformValueErrors } from '../report/fold.js';
import { rootCausesFirst } from '../report/root-cause.js';
import { parseXml, type XmlDocument } from '../xml/parse.js';
import { extractIxds, remapFinding, type ExtractedTarget, type Transforms } from './extract.js';
import type { PackagedReport } from './report-package-layout.js';
import { parseXhtml } from './xhtml.js';

/** What the pipeline returns for one parsed instance (DocumentResult of src/validate/core.ts). */
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

/** The pipeline on one parsed instance, with the document source `R` of the input (a Resolver, a package's entries). */
export type ValidateParsedWith<R> = (
  file: string,
  bytes: Uint8Array,
  doc: XmlDocument,
  source: R,
) => Promise<ParsedResult>;

/** The reports of an input and how to read their documents. */
export interface InlineReports {
  reports: PackagedReport[];
  read(file: string): Uint8Array;
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

/**
 * XHTML validity of a document set against the Inline XBRL 1.1 schema (xhtml-schema.ts `validateXhtmlSchema`), given
 * the documents and the extraction's findings; undefined = not checked (the browser build, `--no-schema-validation`).
 */
export type XhtmlSchemaCheck = (
  sources: { url: string; bytes: Uint8Array }[],
  extractionFindings: Finding[],
) => Promise<Finding[]>;

export interface InlineCoreOptions {
  /** The Transformation Rules Registry (extract.ts `loadTransforms()`, or a static import of ./transforms.js). */
  transforms: () => Promise<Transforms>;
  xhtmlSchema?: XhtmlSchemaCheck;
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
    return paramFinding(
      'sbr:inlineXbrlVersion',
      'error',
      { file: v10.f, namespace: IX10_NS, supported: IX11_NS },
      { file: v10.f },
      'Inline XBRL 1.1 section 3',
    );
  }
  const f = report.files[0]!;
  return paramFinding(
    'sbr:notInlineXbrl',
    'error',
    { file: f, namespace: IX11_NS },
    { file: f },
    'Inline XBRL 1.1 section 3',
  );
}

/**
 * Validates the reports of an input: an XBRL report as it is, each Inline XBRL document set through extraction, its
 * targets through `validateParsed` with `source`. One result per XBRL report and per target document.
 * @throws FatalInputError when a report cannot be validated at all (xBRL-JSON, no Inline XBRL, no target, no schemaRef)
 */
export async function validateInlineReports<R>(
  input: InlineReports,
  source: R,
  validateParsed: ValidateParsedWith<R>,
  options: InlineCoreOptions,
): Promise<ParsedResult[]> {
  let unavailableReported = false;
  const out: ParsedResult[] = [];
  let transforms: Transforms | undefined;
  for (const report of input.reports) {
    if (report.kind === 'json') {
      throw new FatalInputError(
        paramFinding('sbr:unsupportedReportFormat', 'error', { file: report.files[0]! }, { file: report.files[0]! }),
      );
    }
    if (report.kind === 'xbrl') {
      const file = report.files[0]!;
      const bytes = input.read(file);
      out.push(await validateParsed(file, bytes, parseXml(bytes, file), source));
      continue;
    }
    transforms ??= await options.transforms();
    const t0 = performance.now();
    const notInline = notInlineXbrl(report, input.read);
    if (notInline) throw new FatalInputError(notInline);
    const ex = extractReport(report, input.read, transforms);
    if (!ex.targets.length) {
      throw new FatalInputError(
        ex.findings.find((f) => f.severity === 'error') ??
          paramFinding(
            'ix11:noTarget',
            'error',
            {},
            {
              file: report.files[0]!,
            },
          ),
      );
    }
    // XHTML validity of the document set (one xmllint run); `sbr:xhtmlSchemaUnavailable` only once per input.
    let xhtmlFindings: Finding[] = [];
    if (options.xhtmlSchema) {
      xhtmlFindings = (await options.xhtmlSchema(ex.sources, ex.findings)).filter(
        (f) => f.code !== 'sbr:xhtmlSchemaUnavailable' || !unavailableReported,
      );
      if (xhtmlFindings.some((f) => f.code === 'sbr:xhtmlSchemaUnavailable')) unavailableReported = true;
    }
    for (const [i, t] of ex.targets.entries()) {
      if (!t.doc.root.children.some((c) => c.local === 'schemaRef')) {
        throw new FatalInputError(
          ex.findings.find((f) => f.code.endsWith(':missingReferences')) ??
            paramFinding(
              'ix11.12.1.2:missingReferences',
              'error',
              { schemaRef: true },
              { file: t.doc.url },
              'Inline XBRL 1.1 section 12',
            ),
        );
      }
      const bytes = new TextEncoder().encode(t.xml);
      let r: ParsedResult;
      try {
        r = await validateParsed(t.doc.url, bytes, t.doc, source);
      } catch (e) {
        if (e instanceof FatalInputError) throw new FatalInputError(remapFinding(e.finding, t.doc.url, t.sourceMap));
        throw e;
      }
      const findings = r.findings.map((f) => remapFinding(f, t.doc.url, t.sourceMap));
      if (i === 0) findings.push(...ex.findings, ...xhtmlFindings);
      findings.sort(compare);
      const merged = rootCausesFirst(foldTransformValueErrors(dedupe(findings)));
      out.push({
        ...r,
        findings: merged,
        valid: !merged.some((f) => f.severity === 'error'),
        stats: { ...r.stats, ms: Math.round(performance.now() - t0) },
      });
    }
  }
  return out;
}

/** Reads `url` from `source`, undefined when it is not there or the source throws. */
export function readOrUndefined(source: DocumentSource, url: string): Uint8Array | undefined {
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
