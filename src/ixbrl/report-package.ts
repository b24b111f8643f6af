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
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../resolve/limits.js';
import {
  packageFail,
  packageOf,
  reportPackageLayout,
  zipPackageFiles,
  type ReportPackage,
} from './report-package-layout.js';
import { openZipFile } from '../resolve/zip-file.js';

export { RP_2023, type PackagedReport, type ReportPackage } from './report-package-layout.js';

export { isReportPackagePath } from './input-kind.js';

/**
 * Opens a report package and finds its reports.
 * @throws FatalInputError with an `rpe:` code (or an `sbr:zip*` refusal) when it is not a usable report package
 */
export function openReportPackage(path: string, limits: Partial<ZipLimits> = {}): ReportPackage {
  const location = resolvePath(path);
  const fail = packageFail(location);
  if (!existsSync(location)) {
    throw new FatalInputError(
      paramFinding('sbr:fileNotFound', 'error', { file: path, reportPackage: true }, { file: location }),
    );
  }
  const isDir = statSync(location).isDirectory();
  const ext = extname(location).toLowerCase();
  if (!isDir && !['.zip', '.xbri', '.xbr'].includes(ext)) fail('rpe:unsupportedFileExtension', { ext });

  // files of the package, relative to its top folder
  let files: string[];
  let readRel: (rel: string) => Uint8Array | undefined;
  let locate: (rel: string) => string;
  if (isDir) {
    const root = location;
    const real = realpathSync(root);
    files = [];
    const walk = (rel: string, depth: number) => {
      if (depth > 32) fail('rpe:invalidDirectoryStructure', { k: 'tooDeep', path: rel });
      for (const name of readdirSync(join(root, rel))) {
        const r = rel ? `${rel}/${name}` : name;
        const abs = join(root, r);
        const st = lstatSync(abs);
        if (st.isSymbolicLink()) {
          const target = realpathSync(abs);
          if (target !== real && !target.startsWith(real + sep))
            fail('sbr:zipEntryEscapes', { k: 'symlink', path: r, target });
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
    const z = zipPackageFiles(() => openZipFile(location, { ...DEFAULT_ZIP_LIMITS, ...limits }), fail);
    const { zip, top } = z;
    files = z.files;
    readRel = (rel) => zip.read(`${top}/${rel}`);
    locate = (rel) => `${location}/${top}/${rel}`;
  }
  return packageOf(location, files, readRel, locate, reportPackageLayout(files, readRel, locate, ext, isDir, fail));
}
