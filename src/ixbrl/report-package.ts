/**
 * XBRL Report Packages 1.0 (REC 2023-09-22), and the older "report package" layout (a taxonomy package with a
 * `reports/` folder): finds the report(s) in a `.zip`/`.xbri`/`.xbr` file or an unpacked folder.
 *
 * Layout: one top-level folder (zip) holding `META-INF/reportPackage.json` (`documentInfo.documentType`:
 * `https://xbrl.org/report-package/2023` unconstrained, `/2023/xbri` one Inline XBRL report, `/2023/xbr` one
 * XBRL report), optionally `META-INF/taxonomyPackage.xml` and `META-INF/catalog.xml` (the extension taxonomy, whose
 * catalog is added to resolution), and `reports/`: each .xbrl/.json/.xhtml/.html/.htm file directly in `reports/` is a
 * report; a subfolder holding such files is one report (all its inline files form one Inline XBRL document set);
 * a subfolder without any is searched in the same way.
 *
 * Refusals (FatalInputError): `rpe:invalidArchiveFormat`, `rpe:invalidDirectoryStructure`, `rpe:invalidJSON`,
 * `rpe:invalidJSONStructure`, `rpe:unsupportedReportPackageVersion`, `rpe:documentTypeFileExtensionMismatch`,
 * `rpe:unsupportedFileExtension`, `rpe:missingReport`, `rpe:multipleReports`, `rpe:multipleReportsInSubdirectory`,
 * `rpe:incorrectReportType`, and the archive refusals of src/resolve/zip.ts (`sbr:zipEntryEscapes` for an entry
 * leaving its folder, `sbr:zipBomb` for expansion past the limit, `sbr:zipTooManyEntries`).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve as resolvePath, sep } from 'node:path';
import { FatalInputError, finding } from '../findings.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../resolve/limits.js';
import { ZipArchive } from '../resolve/zip.js';

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
  /** Absolute path of the zip or folder. */
  location: string;
  type: 'unconstrained' | 'xbri' | 'xbr' | 'legacy';
  /** The package has META-INF/taxonomyPackage.xml or META-INF/catalog.xml: add it to resolution. */
  hasTaxonomyMetadata: boolean;
  reports: PackagedReport[];
  /** Bytes of a report document by its location. */
  read(file: string): Uint8Array;
}

/** True when `path` looks like a report package: a .zip/.xbri/.xbr file, or a folder with META-INF. */
export function isReportPackagePath(path: string): boolean {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return existsSync(join(path, 'META-INF'));
    return ['.zip', '.xbri', '.xbr'].includes(extname(path).toLowerCase());
  } catch {
    return false;
  }
}

/**
 * Opens a report package and finds its reports.
 * @throws FatalInputError with an `rpe:` code (or an `sbr:zip*` refusal) when it is not a usable report package
 */
export function openReportPackage(path: string, limits: Partial<ZipLimits> = {}): ReportPackage {
  const location = resolvePath(path);
  const fail = (code: string, message: string): never => {
    throw new FatalInputError(finding(code, 'error', message, { file: location }, 'XBRL Report Packages 1.0'));
  };
  if (!existsSync(location)) {
    throw new FatalInputError(
      finding('sbr:fileNotFound', 'error', `The report package ${path} does not exist`, { file: location }),
    );
  }
  const isDir = statSync(location).isDirectory();
  const ext = extname(location).toLowerCase();
  if (!isDir && !['.zip', '.xbri', '.xbr'].includes(ext))
    fail('rpe:unsupportedFileExtension', `A report package must have the extension .xbri, .xbr or .zip, not "${ext}"`);

  // files of the package, relative to its top folder
  let files: string[];
  let readRel: (rel: string) => Uint8Array | undefined;
  let locate: (rel: string) => string;
  if (isDir) {
    const root = location;
    const real = realpathSync(root);
    files = [];
    const walk = (rel: string, depth: number) => {
      if (depth > 32)
        fail('rpe:invalidDirectoryStructure', `The package folder is nested deeper than 32 levels at ${rel}`);
      for (const name of readdirSync(join(root, rel))) {
        const r = rel ? `${rel}/${name}` : name;
        const abs = join(root, r);
        const st = lstatSync(abs);
        if (st.isSymbolicLink()) {
          const target = realpathSync(abs);
          if (target !== real && !target.startsWith(real + sep))
            fail(
              'sbr:zipEntryEscapes',
              `The package entry ${r} is a link to ${target}, outside the package; the package is refused`,
            );
        }
        const s = statSync(abs);
        if (s.isDirectory()) walk(r, depth + 1);
        else files.push(r);
      }
    };
    walk('', 0);
    readRel = (rel) => (existsSync(join(root, rel)) ? new Uint8Array(readFileSync(join(root, rel))) : undefined);
    locate = (rel) => join(root, rel);
  } else {
    let zip: ZipArchive;
    try {
      zip = ZipArchive.open(location, { ...DEFAULT_ZIP_LIMITS, ...limits });
    } catch (e) {
      if (e instanceof FatalInputError && e.finding.code === 'tpe:invalidArchiveFormat')
        fail('rpe:invalidArchiveFormat', e.finding.message);
      if (e instanceof FatalInputError && e.finding.code === 'tpe:invalidDirectoryStructure')
        fail('rpe:invalidDirectoryStructure', e.finding.message);
      throw e;
    }
    const tops = new Set<string>();
    for (const n of zip.fileNames()) {
      const i = n.indexOf('/');
      if (i < 0)
        fail(
          'rpe:invalidDirectoryStructure',
          `The package has a file "${n}" at its top level; everything must be inside one top-level folder`,
        );
      tops.add(n.slice(0, i));
    }
    if (tops.size !== 1)
      fail(
        'rpe:invalidDirectoryStructure',
        tops.size ? `The package has ${tops.size} top-level folders; it must have exactly one` : 'The package is empty',
      );
    const top = [...tops][0]!;
    files = zip.fileNames().map((n) => n.slice(top.length + 1));
    readRel = (rel) => zip.read(`${top}/${rel}`);
    locate = (rel) => `${location}/${top}/${rel}`;
  }

  // reportPackage.json
  let type: ReportPackage['type'] = 'legacy';
  const rpj = readRel('META-INF/reportPackage.json');
  if (rpj) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rpj));
    } catch (e) {
      fail('rpe:invalidJSON', `META-INF/reportPackage.json is not valid JSON: ${(e as Error).message}`);
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
      fail(
        'rpe:invalidJSONStructure',
        'META-INF/reportPackage.json must be an object with documentInfo.documentType (a string)',
      );
    }
    const dt = (di as { documentType: string }).documentType;
    const t = DOC_TYPES[dt];
    if (!t)
      fail(
        'rpe:unsupportedReportPackageVersion',
        `The documentType "${dt}" is not a report package type this processor knows (${Object.keys(DOC_TYPES).join(', ')})`,
      );
    type = t!;
    if (
      !isDir &&
      ((t === 'xbri' && ext !== '.xbri') ||
        (t === 'xbr' && ext !== '.xbr') ||
        (t === 'unconstrained' && ext !== '.zip'))
    ) {
      fail(
        'rpe:documentTypeFileExtensionMismatch',
        `The documentType "${dt}" does not match the file extension "${ext}"`,
      );
    }
  } else if (!isDir && (ext === '.xbri' || ext === '.xbr')) {
    fail('rpe:documentTypeFileExtensionMismatch', `A ${ext} report package must have META-INF/reportPackage.json`);
  }
  const hasTaxonomyMetadata = files.includes('META-INF/taxonomyPackage.xml') || files.includes('META-INF/catalog.xml');
  if (type === 'legacy' && !files.includes('META-INF/taxonomyPackage.xml')) {
    fail(
      'rpe:invalidDirectoryStructure',
      'The package has neither META-INF/reportPackage.json nor META-INF/taxonomyPackage.xml',
    );
  }

  // reports
  const under = files.filter((f) => f.startsWith('reports/')).map((f) => f.slice('reports/'.length));
  const reports: PackagedReport[] = [];
  const kindOf = (f: string): PackagedReport['kind'] => {
    const e = extname(f).toLowerCase();
    return INLINE_EXT.has(e) ? 'inline' : e === '.json' ? 'json' : 'xbrl';
  };
  const isReportFile = (f: string) => REPORT_EXT.has(extname(f).toLowerCase());
  const scan = (prefix: string, rels: string[]) => {
    const direct = rels.filter((r) => !r.includes('/') && isReportFile(r));
    if (prefix === '') {
      for (const r of direct) reports.push({ kind: kindOf(r), files: [locate(`reports/${r}`)] });
    } else if (direct.length) {
      const inline = direct.filter((r) => kindOf(r) === 'inline');
      if (direct.length > 1 && inline.length !== direct.length) {
        fail(
          'rpe:multipleReportsInSubdirectory',
          `The folder reports/${prefix} holds more than one report (${direct.join(', ')})`,
        );
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
  if (!reports.length) fail('rpe:missingReport', 'The package has no report in its reports/ folder');
  if ((type === 'xbri' || type === 'xbr') && reports.length > 1)
    fail('rpe:multipleReports', `A ${type} report package must hold exactly one report; it holds ${reports.length}`);
  if (type === 'xbri' && reports[0]!.kind !== 'inline')
    fail('rpe:incorrectReportType', 'An .xbri report package must hold an Inline XBRL report');
  if (type === 'xbr' && reports[0]!.kind === 'inline')
    fail('rpe:incorrectReportType', 'An .xbr report package must hold an XBRL (not Inline XBRL) report');

  const byLocation = new Map<string, string>();
  for (const f of files) byLocation.set(locate(f), f);
  return {
    location,
    type,
    hasTaxonomyMetadata,
    reports,
    read(file: string): Uint8Array {
      const rel = byLocation.get(file);
      const b = rel === undefined ? undefined : readRel(rel);
      if (!b)
        throw new FatalInputError(
          finding('sbr:fileNotFound', 'error', `${file} is not in the report package`, { file }),
        );
      return b;
    },
  };
}
