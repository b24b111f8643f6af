/**
 * `sbr packages <zip|folder>...` (issue 11 item 5): each taxonomy package's name, version, publisher and entry points
 * (XBRL Taxonomy Packages 1.0 section 3: tp:name, tp:version, tp:publisher, tp:entryPoints), so that a user can pick an
 * entry point for `sbr dts` / `sbr compile`. `sbr dts PACKAGE.zip` prints the same instead of parsing the zip as XML.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { ARTIFACT_MAGIC, hasArtifactMagic } from '../artifact/format.js';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';
import { TaxonomyPackage, type PackageInfo } from '../resolve/package.js';

/** The packages of the given zips or folders (a folder that is not a package: every package in it). */
export function packageInfos(paths: string[]): PackageInfo[] {
  const out: PackageInfo[] = [];
  for (const p of paths) {
    const abs = resolvePath(p);
    if (existsSync(abs) && statSync(abs).isDirectory() && !existsSync(resolvePath(abs, 'META-INF')))
      out.push(...TaxonomyPackage.openFolder(abs).map((x) => x.info));
    else out.push(TaxonomyPackage.open(abs).info);
  }
  return out;
}

/**
 * Text listing: one block per package, entry points indented with their document URLs, and last how to give one to
 * `command` (`dts` or `compile`).
 */
export function formatPackagesText(infos: PackageInfo[], cwd = process.cwd(), command = 'dts'): string {
  const lines: string[] = [];
  for (const i of infos) {
    const file = i.file.startsWith(cwd + '/') ? i.file.slice(cwd.length + 1) : i.file;
    lines.push(`${file}`);
    lines.push(`  name:        ${i.name ?? '(none)'}`);
    lines.push(`  version:     ${i.version ?? '(none)'}`);
    lines.push(`  publisher:   ${i.publisher ?? '(none)'}`);
    if (i.identifier) lines.push(`  identifier:  ${i.identifier}`);
    lines.push(`  entry points (${i.entryPoints.length}):`);
    for (const ep of i.entryPoints) {
      lines.push(`    ${ep.name ?? '(unnamed)'}`);
      for (const u of ep.urls) lines.push(`      ${u}`);
    }
    lines.push('');
  }
  if (infos.length)
    lines.push(
      `Give an entry point URL with the package(s): sbr ${command} <url> --package ${infos[0]!.file.startsWith(cwd + '/') ? infos[0]!.file.slice(cwd.length + 1) : infos[0]!.file} ...${command === 'compile' ? ' -o FILE.sbrv' : ''}`,
    );
  return lines.join('\n') + '\n';
}

/** True when every argument is a local .zip file: `sbr dts` then lists the packages' entry points. */
export function allPackageFiles(entries: string[]): boolean {
  return entries.length > 0 && entries.every((e) => /\.zip$/i.test(e) && existsSync(e) && statSync(e).isFile());
}

/**
 * `sbr compile PACKAGE.zip...`: the entry point to compile when the given taxonomy packages declare exactly one
 * (Taxonomy Packages 1.0 section 3.3, tp:entryPoint: its tp:entryPointDocument URLs), with the packages' listing.
 * @throws FatalInputError `sbr:packageAsEntryPoint` when they declare none or several (the message lists them, up to 10),
 *   and the refusals of `TaxonomyPackage.open` (`tpe:*`, `sbr:packageNotFound`) for a zip that is not a package
 */
export function soleEntryPointOf(paths: string[]): { infos: PackageInfo[]; name?: string; urls: string[] } {
  const infos = packageInfos(paths);
  const eps = infos.flatMap((i) => i.entryPoints);
  if (eps.length === 1 && eps[0]!.urls.length) return { infos, ...eps[0]!, urls: eps[0]!.urls };
  const file = paths.join(' ');
  throw new FatalInputError(
    paramFinding(
      'sbr:packageAsEntryPoint',
      'error',
      {
        file,
        count: eps.length,
        entryPoints: eps.slice(0, 10).map((e) => `${e.name ?? '(unnamed)'}: ${e.urls.join(' ')}`),
        more: Math.max(0, eps.length - 10),
      },
      { file: resolvePath(paths[0]!) },
      'XBRL Taxonomy Packages 1.0 section 3.3',
    ),
  );
}

/** True when `path` is a local file that starts as a validator artifact does (`SBRV`, src/artifact/format.ts). */
export function isArtifactFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(ARTIFACT_MAGIC.length);
      readSync(fd, head, 0, head.length, 0);
      return hasArtifactMagic(head);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Runs `sbr packages` on `paths`; returns the exit code (0 listed, 2 not a package). Imported by src/cli/main.ts lazily. */
export function runPackagesCommand(paths: string[], o: { format?: string }, io: { out: (s: string) => void }): number {
  try {
    const infos = packageInfos(paths);
    io.out(o.format === 'json' ? JSON.stringify({ packages: infos }, null, 2) + '\n' : formatPackagesText(infos));
    return 0;
  } catch (e) {
    if (!(e instanceof FatalInputError)) throw e;
    io.out(o.format === 'json' ? formatJson(false, [e.finding]) : formatText([e.finding]));
    return 2;
  }
}
