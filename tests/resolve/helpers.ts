/** Shared helpers for the resolver tests: where the third-party test data lives, and building zips. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { FatalInputError } from '../../src/findings.js';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Shared read-only data: `SBR_SHARED`, default `../shared` relative to the repository root. */
export const SHARED = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared');
export const NT2024 = join(SHARED, 'real/nl/nt-2024');
export const NT2024_ZIPS = [
  'ifrs_taxonomy_2024.zip',
  'jenv_taxonomy_2024.zip',
  'kvk_taxonomy_2024.zip',
  'kvk_taxonomy_2025.zip',
  'rj_taxonomy_2024.zip',
  'wnt_taxonomie_2024.zip',
].map((z) => join(NT2024, z));
export const XBRL_SCHEMAS = join(SHARED, 'xbrl-schemas');
export const AU = join(SHARED, 'real/au/superstream');

/** True when the shared data set is present; otherwise logs why the tests using it are skipped. */
export function sharedAvailable(what: string, path: string): boolean {
  if (existsSync(path)) return true;
  console.warn(`SKIP ${what}: shared test data not found at ${path} (set SBR_SHARED to the shared data folder)`);
  return false;
}

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sbr-resolve-'));
}

/** Writes a zip built with fflate's zipSync; string values become UTF-8 entries. */
export function writeZip(
  dir: string,
  name: string,
  files: Record<string, string | Uint8Array>,
  level: 0 | 6 = 6,
): string {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = [typeof v === 'string' ? strToU8(v) : v, { level }];
  const p = join(dir, name);
  writeFileSync(p, zipSync(z));
  return p;
}

/** Runs fn and returns the code of the FatalInputError it throws (fails when it does not throw one). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FatalInputError) return e.finding.code;
    throw e;
  }
  throw new Error('expected a FatalInputError');
}

export const TP_XML = (id: string, entry: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package">
  <tp:identifier>${id}</tp:identifier>
  <tp:name>Test package</tp:name>
  <tp:version>1</tp:version>
  <tp:entryPoints><tp:entryPoint><tp:name>Main</tp:name><tp:entryPointDocument href="${entry}"/></tp:entryPoint></tp:entryPoints>
</tp:taxonomyPackage>`;

export const CATALOG_XML = (rules: [string, string][]) => `<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
${rules.map(([s, p]) => `  <rewriteURI uriStartString="${s}" rewritePrefix="${p}"/>`).join('\n')}
</catalog>`;
