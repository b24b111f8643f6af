/**
 * `sbr packages <zip|folder>...` (issue 11 item 5): each taxonomy package's name, version, publisher and entry points
 * (XBRL Taxonomy Packages 1.0 section 3: tp:name, tp:version, tp:publisher, tp:entryPoints), so that a user can pick an
 * entry point for `sbr dts` / `sbr compile`. `sbr dts PACKAGE.zip` prints the same instead of parsing the zip as XML.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { FatalInputError } from '../findings.js';
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

/** Text listing: one block per package, entry points indented with their document URLs. */
export function formatPackagesText(infos: PackageInfo[], cwd = process.cwd()): string {
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
      `Give an entry point URL with the package(s): sbr dts <url> --package ${infos[0]!.file.startsWith(cwd + '/') ? infos[0]!.file.slice(cwd.length + 1) : infos[0]!.file} ...`,
    );
  return lines.join('\n') + '\n';
}

/** True when every argument is a local .zip file: `sbr dts` then lists the packages' entry points. */
export function allPackageFiles(entries: string[]): boolean {
  return entries.length > 0 && entries.every((e) => /\.zip$/i.test(e) && existsSync(e) && statSync(e).isFile());
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
