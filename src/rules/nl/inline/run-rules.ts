/**
 * Builds what the NL-KVK rules see (types.ts `InlineContext`) from the files of a report package (or of a single
 * Inline XBRL file) and runs the rules of an inline profile on it. The pipeline has validated the report already
 * (XBRL 2.1, Dimensions, calculations, Inline XBRL 1.1); its DTS per target is handed in (`CapturedTarget`). Portable:
 * the files come from the caller (run.ts `packageFiles` reads them from disk; the browser from the package's bytes).
 */
import { type Finding, type Severity, type SourceLocation } from '../../../findings.js';
import { ruleFailed, ruleFinding } from '../rule-findings.js';
import { loadInstance } from '../../../instance/load.js';
import type { Instance } from '../../../instance/types.js';
import { parseXhtml } from '../../../ixbrl/xhtml.js';
import { extOf } from '../../../ixbrl/report-package-layout.js';
import { decodeXml, parseXml, XML_NS, type XmlDocument } from '../../../xml/parse.js';
import type { CompiledTaxonomy } from '../../../compile/types.js';
import type { Profile } from '../profiles.js';
import {
  type ExtensionDocument,
  type InlineContext,
  type InlineDocument,
  type InlineRule,
  type MessageParams,
  type PackageFile,
} from '../types.js';
import { inlineRules } from './index.js';

const INLINE_EXT = new Set(['.html', '.htm', '.xhtml']);
const XS = 'http://www.w3.org/2001/XMLSchema';

/** What the pipeline saw of one target of an Inline XBRL report. */
export interface CapturedTarget {
  doc: XmlDocument;
  taxonomy?: CompiledTaxonomy;
}

/** The files of a report package (zip entries or a folder's files) or the single file given, and their total size in bytes. */
export interface PackageFiles {
  files: PackageFile[];
  size: number;
}

/** Builds the context from the package's files and runs the profile's rules; findings in `lang`. */
export function runInlineRules(
  profile: Profile,
  location: string,
  pkg: PackageFiles,
  targets: CapturedTarget[],
  lang: string,
  formula?: InlineContext['formula'],
): Finding[] {
  const findings: Finding[] = [];
  const { files, size } = pkg;
  const inlineFiles = files.filter((f) => INLINE_EXT.has(extOf(f.path)) && !f.path.includes('META-INF/'));
  const documents: InlineDocument[] = [];
  for (const f of inlineFiles) {
    try {
      const bytes = f.read();
      documents.push({
        url: f.location,
        fileName: f.path.split('/').pop()!,
        text: decodeXml(bytes, f.location),
        doc: parseXhtml(bytes, f.location),
      });
    } catch {
      // a document that does not parse has been reported by the pipeline
    }
  }
  const extension: ExtensionDocument[] = [];
  for (const f of files) {
    if (f.path.includes('META-INF/') || !/\.(xsd|xml)$/i.test(f.path)) continue;
    try {
      extension.push({ path: f.path, fileName: f.path.split('/').pop()!, doc: parseXml(f.read(), f.location) });
    } catch {
      // reported by the pipeline
    }
  }
  const extensionNamespaces = new Set<string>();
  const entryPoints: string[] = [];
  for (const e of extension) {
    const root = e.doc.root;
    if (root.ns !== XS || root.local !== 'schema') continue;
    const tns = root.attrs.get('targetNamespace');
    if (tns) extensionNamespaces.add(tns);
    for (const c of root.children)
      if (c.ns === XS && c.local === 'import') entryPoints.push(c.attrs.get('schemaLocation') ?? '');
  }
  const instances: { target: string | null; instance: Instance }[] = [];
  for (const t of targets) {
    try {
      const m = /#(?:target=)?([^#/]+)$/.exec(t.doc.url);
      instances.push({
        target: t.doc.url.includes('#') && m ? m[1]! : null,
        instance: loadInstance(t.doc, () => {}, t.taxonomy),
      });
    } catch {
      // not an instance
    }
  }
  if (!extension.some((e) => e.doc.root.local === 'schema')) {
    for (const t of targets)
      for (const c of t.doc.root.children)
        if (c.local === 'schemaRef') entryPoints.push(c.attrs.get('{http://www.w3.org/1999/xlink}href') ?? '');
  }
  const extNames = new Set(extension.map((e) => e.fileName));
  const taxonomy = targets[0]?.taxonomy;
  const reportLang = documents[0]
    ? (documents[0].doc.root.attrs.get(`{${XML_NS}}lang`) ?? documents[0].doc.root.attrs.get('lang'))
    : undefined;
  for (const rule of inlineRules) {
    if (!applies(rule, profile)) continue;
    const ctx: InlineContext = {
      profile: profile.name,
      location,
      packageSize: size,
      files,
      documents,
      targets: instances,
      taxonomy,
      extensionNamespaces,
      extension,
      isExtensionUrl: (url) =>
        !/^https?:\/\/(www\.)?(nltaxonomie\.nl|xbrl\.org|w3\.org|xbrl\.ifrs\.org|esma\.europa\.eu)\//.test(url) &&
        extNames.has(url.split(/[\\/]/).pop() ?? ''),
      entryPoints,
      reportLang,
      ...(formula ? { formula } : {}),
      report(params: MessageParams, loc?: Partial<SourceLocation>, code?: string, severity?: Severity) {
        const message = code && code !== rule.code ? (rule.others?.[code] ?? rule.message) : rule.message;
        const shape = {
          code: code ?? rule.code,
          severity: severity ?? rule.severity,
          message,
          spec: `${rule.spec} (${profile.name})`,
        };
        findings.push(ruleFinding(shape, lang, params, { file: location, ...loc }));
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      findings.push(ruleFailed(rule.code, e, location));
    }
  }
  return findings;
}

/** Whether a rule belongs to the profile (the "applies to" column of the reference list). */
export function applies(rule: InlineRule, p: Profile): boolean {
  switch (rule.applies) {
    case 'all':
      return true;
    case 'gaap':
      return p.gaap === 'nlgaap-ifrs' || p.gaap === 'any';
    case 'other':
      return p.gaap === 'other' || p.gaap === 'any';
    case '2025':
      return p.year === 2025;
    case 'multi':
      return !!p.multiTarget;
  }
}
