/**
 * The Node-free part of XBRL Report Packages 1.0 (REC 2023-09-22): the layout rules of a package given as its list of
 * files (src/ixbrl/report-package.ts gathers them from a zip file or a folder on disk), and a report package held in
 * memory (`openReportPackageBytes`, for the browser build and for filings received over HTTP) with a document source
 * that reads nothing but the package's own entries.
 *
 * Layout (section 3): one top-level folder (zip) holding `META-INF/reportPackage.json` (`documentInfo.documentType`:
 * `https://xbrl.org/report-package/2023` unconstrained, `/2023/xbri` one Inline XBRL report, `/2023/xbr` one XBRL
 * report), optionally `META-INF/taxonomyPackage.xml` and `META-INF/catalog.xml`, and `reports/`: each
 * .xbrl/.json/.xhtml/.html/.htm file directly in `reports/` is a report; a subfolder holding such files is one report
 * (all its inline files form one Inline XBRL document set); a subfolder without any is searched in the same way.
 */
import type { DocumentSource } from '../dts/discover.js';
import { FatalInputError, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { Catalog } from '../resolve/catalog.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../resolve/limits.js';
import { normaliseEntryName, ZipArchive } from '../resolve/zip.js';

export const RP_2023 = 'https://xbrl.org/report-package/2023';
const DOC_TYPES: Record<string, 'unconstrained' | 'xbri' | 'xbr'> = {
  [RP_2023]: 'unconstrained',
  [`${RP_2023}/xbri`]: 'xbri',
  [`${RP_2023}/xbr`]: 'xbr',
};
const INLINE_EXT = new Set(['.xhtml', '.html', '.htm']);
const REPORT_EXT = new Set(['.xbrl', '.json', ...INLINE_EXT]);

export interface PackagedReport {
  kind: 'inline' | 'xbrl' | 'json';
  /** Locations of the report's documents: absolute paths (folder) or `ZIP/entry` paths (zip). */
  files: string[];
}

export interface ReportPackage {
  /** Absolute path of the zip or folder (a package in memory: the name it was given). */
  location: string;
  type: 'unconstrained' | 'xbri' | 'xbr' | 'legacy';
  /** The package has META-INF/taxonomyPackage.xml or META-INF/catalog.xml: add it to resolution. */
  hasTaxonomyMetadata: boolean;
  reports: PackagedReport[];
  /** Bytes of a report document by its location. */
  read(file: string): Uint8Array;
}

/** The extension of a file name in lower case, with its dot (`.xbri`), or '' (as node:path's extname). */
export function extOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i).toLowerCase();
}

/** A refusal of a report package: a FatalInputError with its code and the spec. */
/** Throws the finding of `code` with `params` (its message from the catalogs, src/messages/en-sbr.ts). */
export type PackageFail = (code: string, params: MessageParams) => never;

export function packageFail(location: string): PackageFail {
  return (code, params) => {
    throw new FatalInputError(paramFinding(code, 'error', params, { file: location }, 'XBRL Report Packages 1.0'));
  };
}

/**
 * The files of a zipped report package relative to its one top-level folder (section 3.2), and that folder.
 * @throws FatalInputError `rpe:invalidArchiveFormat`, `rpe:invalidDirectoryStructure` and the archive refusals of zip.ts
 */
export function zipPackageFiles(
  open: () => ZipArchive,
  fail: PackageFail,
): { zip: ZipArchive; top: string; files: string[] } {
  let zip: ZipArchive;
  try {
    zip = open();
  } catch (e) {
    if (e instanceof FatalInputError && e.finding.code === 'tpe:invalidArchiveFormat')
      fail('rpe:invalidArchiveFormat', e.finding.params ?? { why: e.finding.message });
    if (e instanceof FatalInputError && e.finding.code === 'tpe:invalidDirectoryStructure')
      fail('rpe:invalidDirectoryStructure', e.finding.params ?? { detail: e.finding.message });
    throw e;
  }
  const tops = new Set<string>();
  for (const n of zip.fileNames()) {
    const i = n.indexOf('/');
    if (i < 0) fail('rpe:invalidDirectoryStructure', { k: 'topLevelFile', name: n });
    tops.add(n.slice(0, i));
  }
  if (tops.size !== 1)
    fail('rpe:invalidDirectoryStructure', tops.size ? { k: 'topFolders', count: tops.size } : { k: 'empty' });
  const top = [...tops][0]!;
  return { zip, top, files: zip.fileNames().map((n) => n.slice(top.length + 1)) };
}

/**
 * The package's type and reports from its files (relative to its top folder): `META-INF/reportPackage.json`, the
 * extension rules of section 3.3 and the reports of section 3.5.
 * @throws FatalInputError with an `rpe:` code when the layout is not that of a report package
 */
export function reportPackageLayout(
  files: string[],
  readRel: (rel: string) => Uint8Array | undefined,
  locate: (rel: string) => string,
  ext: string,
  isDir: boolean,
  fail: PackageFail,
): { type: ReportPackage['type']; hasTaxonomyMetadata: boolean; reports: PackagedReport[] } {
  // reportPackage.json
  let type: ReportPackage['type'] = 'legacy';
  const rpj = readRel('META-INF/reportPackage.json');
  if (rpj) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rpj));
    } catch (e) {
      fail('rpe:invalidJSON', { reason: (e as Error).message });
    }
    const di = (json as { documentInfo?: { documentType?: unknown } } | null)?.documentInfo;
    if (
      typeof json !== 'object' ||
      json === null ||
      Array.isArray(json) ||
      typeof di !== 'object' ||
      di === null ||
      typeof di.documentType !== 'string'
    ) {
      fail('rpe:invalidJSONStructure', {});
    }
    const dt = (di as { documentType: string }).documentType;
    const t = DOC_TYPES[dt];
    if (!t) fail('rpe:unsupportedReportPackageVersion', { documentType: dt, known: Object.keys(DOC_TYPES) });
    type = t!;
    if (
      !isDir &&
      ((t === 'xbri' && ext !== '.xbri') ||
        (t === 'xbr' && ext !== '.xbr') ||
        (t === 'unconstrained' && ext !== '.zip'))
    ) {
      fail('rpe:documentTypeFileExtensionMismatch', { documentType: dt, ext });
    }
  } else if (!isDir && (ext === '.xbri' || ext === '.xbr')) {
    fail('rpe:documentTypeFileExtensionMismatch', { ext });
  }
  const hasTaxonomyMetadata = files.includes('META-INF/taxonomyPackage.xml') || files.includes('META-INF/catalog.xml');
  if (type === 'legacy' && !files.includes('META-INF/taxonomyPackage.xml')) {
    fail('rpe:invalidDirectoryStructure', { k: 'noMetadata' });
  }

  // reports
  const under = files.filter((f) => f.startsWith('reports/')).map((f) => f.slice('reports/'.length));
  const reports: PackagedReport[] = [];
  const kindOf = (f: string): PackagedReport['kind'] => {
    const e = extOf(f);
    return INLINE_EXT.has(e) ? 'inline' : e === '.json' ? 'json' : 'xbrl';
  };
  const isReportFile = (f: string) => REPORT_EXT.has(extOf(f));
  const scan = (prefix: string, rels: string[]) => {
    const direct = rels.filter((r) => !r.includes('/') && isReportFile(r));
    if (prefix === '') {
      for (const r of direct) reports.push({ kind: kindOf(r), files: [locate(`reports/${r}`)] });
    } else if (direct.length) {
      const inline = direct.filter((r) => kindOf(r) === 'inline');
      if (direct.length > 1 && inline.length !== direct.length) {
        fail('rpe:multipleReportsInSubdirectory', { folder: prefix, reports: direct });
      }
      reports.push({ kind: kindOf(direct[0]!), files: direct.sort().map((r) => locate(`reports/${prefix}${r}`)) });
      return;
    }
    const subs = new Set(rels.filter((r) => r.includes('/')).map((r) => r.slice(0, r.indexOf('/'))));
    for (const s of [...subs].sort())
      scan(
        `${prefix}${s}/`,
        rels.filter((r) => r.startsWith(`${s}/`)).map((r) => r.slice(s.length + 1)),
      );
  };
  scan('', under);
  if (!reports.length)
    // a taxonomy package given as a filing (no reportPackage.json, taxonomyPackage.xml, nothing under reports/): the
    // code stays that of Report Packages 1.0 section 3.5, and the message says how a taxonomy package is used
    fail(
      'rpe:missingReport',
      type === 'legacy' && !under.length && files.includes('META-INF/taxonomyPackage.xml')
        ? { taxonomyPackage: true }
        : {},
    );
  if ((type === 'xbri' || type === 'xbr') && reports.length > 1)
    fail('rpe:multipleReports', { type, count: reports.length });
  if (type === 'xbri' && reports[0]!.kind !== 'inline') fail('rpe:incorrectReportType', { type: 'xbri' });
  if (type === 'xbr' && reports[0]!.kind === 'inline') fail('rpe:incorrectReportType', { type: 'xbr' });

  return { type, hasTaxonomyMetadata, reports };
}

/** A ReportPackage over its files (`locate`d names) read with `readRel`. */
export function packageOf(
  location: string,
  files: string[],
  readRel: (rel: string) => Uint8Array | undefined,
  locate: (rel: string) => string,
  layout: { type: ReportPackage['type']; hasTaxonomyMetadata: boolean; reports: PackagedReport[] },
): ReportPackage {
  const byLocation = new Map<string, string>();
  for (const f of files) byLocation.set(locate(f), f);
  return {
    location,
    ...layout,
    read(file: string): Uint8Array {
      const rel = byLocation.get(file);
      const b = rel === undefined ? undefined : readRel(rel);
      if (!b) throw new FatalInputError(paramFinding('sbr:fileNotFound', 'error', { file, inPackage: true }, { file }));
      return b;
    },
  };
}

/** A report package held in memory, and the source of its own documents. */
export interface ReportPackageInMemory extends ReportPackage {
  /**
   * The package's documents by URL: its META-INF/catalog.xml rewrites (its extension taxonomy) into its own entries,
   * and its entries by location (`NAME/top/...`). Nothing else: no local file, whatever a schemaRef or catalog names
   * (`file:///etc/...`, `/etc/...`, `../..`), is ever read, so an untrusted package reads only itself.
   */
  documents: DocumentSource;
}

/**
 * Opens a zipped report package from its bytes; `name` is its file name (`filing.xbri`), which locations start with.
 * @throws FatalInputError as `openReportPackage` does for a zip (`rpe:*`, `sbr:zip*`), `tpe:invalidCatalogFile` for a
 *   bad catalog, `sbr:catalogEscapesPackage` for a catalog that maps outside the package
 */
export function openReportPackageBytes(
  name: string,
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {},
): ReportPackageInMemory {
  const location = name;
  const fail = packageFail(location);
  const ext = extOf(name);
  if (!['.zip', '.xbri', '.xbr'].includes(ext)) fail('rpe:unsupportedFileExtension', { ext });
  const { zip, top, files } = zipPackageFiles(
    () => ZipArchive.fromBytes(bytes, location, { ...DEFAULT_ZIP_LIMITS, ...limits }),
    fail,
  );
  const root = `${location}/${top}/`;
  const readRel = (rel: string) => zip.read(`${top}/${rel}`);
  const locate = (rel: string) => root + rel;
  const pkg = packageOf(
    location,
    files,
    readRel,
    locate,
    reportPackageLayout(files, readRel, locate, ext, false, fail),
  );
  const catPath = root + 'META-INF/catalog.xml';
  const catBytes = readRel('META-INF/catalog.xml');
  const catalog = catBytes
    ? Catalog.parse(new TextDecoder('utf-8').decode(catBytes), catPath, 'tpe:invalidCatalogFile', {
        duplicateCode: 'tpe:multipleRewriteURIsForStartString',
        file: catPath,
      })
    : new Catalog();
  for (const r of catalog.rules())
    if (!(r.target + (r.target.endsWith('/') ? '' : '/')).startsWith(root))
      fail('sbr:catalogEscapesPackage', { match: r.match, target: r.target });
  const entry = (loc: string): Uint8Array | undefined => {
    if (!loc.startsWith(root)) return undefined;
    const n = normaliseEntryName(loc.slice(root.length));
    return n ? readRel(n) : undefined;
  };
  const documents: DocumentSource = {
    read(url) {
      const m = catalog.lookup(url);
      return (m ? entry(m.target) : undefined) ?? entry(url);
    },
    describe: (url) =>
      `${url}: not in the report package ${name} (only its own entries and META-INF/catalog.xml are read; local files never)`,
    whereParts: () => ({ notInPackage: name }),
  };
  return { ...pkg, documents };
}
