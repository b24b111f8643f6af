/**
 * Resolver: maps document URLs to bytes, offline by default. Synchronous throughout.
 *
 * Document identity (what DTS discovery should key documents by, and what relative references resolve against):
 * - an http(s) document is identified by its URL as written, normalised with `new URL(...).href` and without
 *   fragment (`documentIdentity`). Catalog rewriting and caches are *where the bytes come from*, not the
 *   identity, so relative references inside a packaged schema still resolve to http(s) URLs and go through
 *   the catalogs again;
 * - a local document is identified by its absolute file path (a `file:` URL is converted to a path);
 * - a document inside a zipped package that is addressed directly (not through its public URL) is
 *   identified by `ZIPPATH/ENTRY` (see package.ts).
 *
 * Lookup order for a URL (`candidates`):
 * 1. catalogs rewrite it: the `--catalog` files in the order given (the first one with a matching entry
 *    wins), then the catalogs of all packages merged (longest `uriStartString` wins; on equal start strings
 *    the package given first wins);
 * 2. the rewritten target is looked for: inside a package zip → that entry; a local path → the file;
 *    http(s) → each cache (`DIR/host/path`, scheme ignored, with and then without the query), then an
 *    online fetch when `online` is true;
 * 3. when the rewritten target is not found, the original URL is looked for in the same way (so a catalog
 *    whose targets are missing — like the absolute `system` paths of the SBR Australia catalog — does not
 *    hide a cached copy).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, resolve as resolvePath, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { Catalog, type CatalogMatch } from './catalog.js';
import { loadCatalogFile } from './catalog-file.js';
import { builtinDocument } from './builtin/index.js';
import { xbrlHostAlias } from './host-alias.js';
import { fetchSync } from './fetch.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './limits.js';
import { registerConfigXmlParser, type ConfigXmlLibrary } from './xmlconfig.js';
import { TaxonomyPackage, type PackageInfo } from './package.js';
import { ZipArchive } from './zip.js';
import { openZipFile } from './zip-file.js';
import { PROVIDER_HINT_EN, whereEn, type Provider, type WhereParam } from '../messages/en-sbr.js';

export type { PackageInfo } from './package.js';

// fast-xml-parser's CommonJS build when the first package or catalog is read (also on Node before 20.16, which has no
// process.getBuiltinModule for src/resolve/xmlconfig.ts to find `require` with)
const nodeRequire = createRequire(import.meta.url);
registerConfigXmlParser(() => nodeRequire('fast-xml-parser') as ConfigXmlLibrary);

export interface ResolverOptions {
  /** Paths of XBRL Taxonomy Package zips (or unzipped package folders). */
  packages?: string[];
  /** Folders laid out host/path (`DIR/www.xbrl.org/2003/x.xsd` for http(s)://www.xbrl.org/2003/x.xsd); a `.zip` file with that layout (optionally under one top folder) works too. */
  caches?: string[];
  /** Plain OASIS XML catalog files. */
  catalogs?: string[];
  /** Only then may http(s) URLs be fetched (default false). */
  online?: boolean;
  /** Refuse a package whose entries expand past this many bytes (default 2 GiB). */
  maxPackageBytes?: number;
  /** Refuse a package with more entries than this (default 200 000). */
  maxPackageEntries?: number;
  /** Timeout of one online fetch in milliseconds (default 30 000). */
  fetchTimeoutMs?: number;
  /**
   * Untrusted input (a filing received by `sbr serve`): local files are read only inside these folders (the request's
   * private temporary folder). Any other local path a filing names, as a path (`/etc/passwd`, `../../x.xsd`) or a
   * `file:` URL, is not read and its "not found" message says so; the packages and caches given here are read as
   * ever, and so are the built-in standard schemas. Undefined (the CLI): every local path may be read.
   */
  localRoots?: string[];
}

/** One place where a document is or would be looked for. */
export interface Candidate {
  kind: 'package' | 'file' | 'cache' | 'online';
  /** Human-readable location: a path, `ZIP/entry`, or the URL to fetch. */
  where: string;
  load(): Uint8Array | undefined;
}

function isHttp(u: string): boolean {
  return /^https?:\/\//i.test(u);
}

function hasScheme(u: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(u) && !/^[a-zA-Z]:[\\/]/.test(u);
}

/**
 * The identity of a document: http(s) URLs normalised by `new URL` without fragment; `file:` URLs and
 * plain paths as an absolute file path (relative paths against the working directory); other URIs as written
 * without fragment.
 */
export function documentIdentity(url: string): string {
  let u = url.trim();
  const hash = u.indexOf('#');
  if (hash >= 0) u = u.slice(0, hash);
  if (isHttp(u)) {
    try {
      const x = new URL(u);
      x.hash = '';
      return x.href;
    } catch {
      return u;
    }
  }
  if (/^file:/i.test(u)) {
    try {
      return fileURLToPath(u);
    } catch {
      return u;
    }
  }
  if (hasScheme(u)) return u;
  return isAbsolute(u) ? u : resolvePath(u);
}

/** Cache folders from the `SBR_CACHE` environment variable (split on the path delimiter, `:` or `;`), as absolute paths. */
export function cacheFoldersFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  const v = env['SBR_CACHE'];
  if (!v) return [];
  return v
    .split(delimiter)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => resolvePath(s));
}

function readLocalFile(p: string): Uint8Array | undefined {
  if (localFiles) {
    const kept = localFiles.get(p);
    if (kept !== undefined) return kept ?? undefined;
  }
  let bytes: Uint8Array | undefined;
  try {
    if (statSync(p).isFile()) {
      const b = readFileSync(p);
      bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength); // a plain Uint8Array, as from packages
    }
  } catch {
    bytes = undefined;
  }
  if (localFiles && (bytes?.byteLength ?? 0) <= localFilesMaxBytes - localFilesBytes) {
    localFiles.set(p, bytes ?? null);
    localFilesBytes += bytes?.byteLength ?? 0;
  }
  return bytes;
}

/** Local files read, by absolute path (null: no such file), while `keepLocalFiles` is on; see there. */
let localFiles: Map<string, Uint8Array | null> | undefined;
let localFilesMaxBytes = 0;
let localFilesBytes = 0;

/**
 * Keeps the local files every Resolver of this thread reads (cache folders, plain paths; not packages), and that a
 * file is missing, for as long as it is on: each is read once, later reads get the same bytes (to be treated as
 * immutable, as all read bytes are) without touching the file system. For runs over files that do not change while
 * they run (a conformance suite: 337 variations reading the same standard schemas through `--cache`). At most
 * `maxBytes` of file contents are kept (later files are read each time); 0 turns it off and forgets every file.
 * Returns the bound before the call (to restore it).
 */
export function keepLocalFiles(maxBytes: number): number {
  const before = localFiles ? localFilesMaxBytes : 0;
  if (maxBytes <= 0) {
    localFiles = undefined;
    localFilesMaxBytes = localFilesBytes = 0;
  } else {
    localFiles ??= new Map();
    localFilesMaxBytes = maxBytes;
  }
  return before;
}

interface Cache {
  dir: string;
  zip?: ZipArchive;
  /** Entry prefixes to try in a zip cache ('' and/or 'top/'). */
  prefixes?: string[];
}

export class Resolver {
  readonly packages: PackageInfo[];
  private readonly pkgs: TaxonomyPackage[];
  private readonly plainCatalogs: Catalog[];
  private readonly packageCatalog: Catalog;
  private readonly caches: Cache[];
  private readonly online: boolean;
  private readonly fetchTimeoutMs: number;
  private readonly fetched = new Map<string, { bytes?: Uint8Array; error?: string }>();
  private readonly aliased = new Map<string, string>();
  /** ResolverOptions.localRoots, absolute, each ending in the path separator; undefined = no restriction. */
  private readonly localRoots: string[] | undefined;

  private constructor(
    pkgs: TaxonomyPackage[],
    catalogs: Catalog[],
    caches: Cache[],
    online: boolean,
    fetchTimeoutMs: number,
    localRoots: string[] | undefined,
  ) {
    this.localRoots = localRoots;
    this.pkgs = pkgs;
    this.packages = pkgs.map((p) => p.info);
    this.plainCatalogs = catalogs;
    this.packageCatalog = new Catalog();
    for (const p of pkgs) this.packageCatalog.merge(p.catalog);
    this.caches = caches;
    this.online = online;
    this.fetchTimeoutMs = fetchTimeoutMs;
  }

  /**
   * Opens the packages, reads the catalogs and checks the cache folders.
   * @throws FatalInputError for a bad package (`sbr:packageNotFound`, `tpe:*`, `sbr:zip*`), a bad catalog
   *   (`sbr:catalogNotFound`, `sbr:invalidCatalog`) or a cache folder that does not exist (`sbr:cacheNotFound`)
   */
  static create(opts: ResolverOptions = {}): Resolver {
    const limits: Partial<ZipLimits> = {
      maxTotalBytes: opts.maxPackageBytes ?? DEFAULT_ZIP_LIMITS.maxTotalBytes,
      maxEntries: opts.maxPackageEntries ?? DEFAULT_ZIP_LIMITS.maxEntries,
    };
    const seen = new Set<string>();
    const pkgs: TaxonomyPackage[] = [];
    for (const p of opts.packages ?? []) {
      const abs = resolvePath(p);
      if (seen.has(abs)) continue;
      seen.add(abs);
      // a folder that is not itself a package (no META-INF): every taxonomy package in it (issue 11 item 5)
      if (!existsSync(abs) || !statSync(abs).isDirectory() || existsSync(resolvePath(abs, 'META-INF')))
        pkgs.push(TaxonomyPackage.open(abs, limits));
      else
        for (const pkg of TaxonomyPackage.openFolder(abs, limits))
          if (!seen.has(pkg.location)) {
            seen.add(pkg.location);
            pkgs.push(pkg);
          }
    }
    const catalogs = (opts.catalogs ?? []).map((c) => loadCatalogFile(resolvePath(c)));
    const caches: Cache[] = [];
    for (const c of opts.caches ?? []) {
      const dir = resolvePath(c);
      if (!existsSync(dir)) {
        throw new FatalInputError(paramFinding('sbr:cacheNotFound', 'error', { folder: c }, { file: dir }));
      }
      if (statSync(dir).isFile()) {
        const zip = openZipFile(dir, limits);
        const tops = new Set<string>();
        for (const n of zip.entries.keys()) tops.add(n.split('/')[0]!);
        const prefixes = [''];
        if (tops.size === 1) prefixes.push([...tops][0]! + '/');
        caches.push({ dir, zip, prefixes });
      } else caches.push({ dir });
    }
    const roots = opts.localRoots?.map((r) => resolvePath(r).replace(/[\\/]+$/, '') + sep);
    return new Resolver(pkgs, catalogs, caches, opts.online ?? false, opts.fetchTimeoutMs ?? 30_000, roots);
  }

  /**
   * A resolver like this one with more packages in front of the package catalogs — used for a report package
   * (src/ixbrl/report-package.ts), whose META-INF/catalog.xml maps its extension taxonomy into it. With
   * `metadataOptional` a package without META-INF/taxonomyPackage.xml is accepted for its catalog alone.
   */
  withPackages(paths: string[], opts: { metadataOptional?: boolean; limits?: Partial<ZipLimits> } = {}): Resolver {
    const added = paths.map((p) =>
      TaxonomyPackage.open(resolvePath(p), opts.limits ?? {}, { metadataOptional: opts.metadataOptional }),
    );
    return new Resolver(
      [...added, ...this.pkgs],
      this.plainCatalogs,
      this.caches,
      this.online,
      this.fetchTimeoutMs,
      this.localRoots,
    );
  }

  /** The catalog entry that rewrites `url` (fragment ignored), if any. */
  lookup(url: string): CatalogMatch | undefined {
    const u = documentIdentity(url);
    for (const c of this.plainCatalogs) {
      const m = c.lookup(u);
      if (m) return m;
    }
    return this.packageCatalog.lookup(u);
  }

  /** Applies catalog rewrites; returns the rewritten location (URL or absolute path) or `url` unchanged. */
  map(url: string): string {
    return this.lookup(url)?.target ?? url;
  }

  /** Where a location (already rewritten) is looked for, in order. */
  private locations(target: string): Candidate[] {
    const out: Candidate[] = [];
    if (isHttp(target)) {
      let x: URL;
      try {
        x = new URL(target);
      } catch {
        return out;
      }
      x.hash = '';
      let path: string;
      try {
        path = decodeURIComponent(x.pathname);
      } catch {
        path = x.pathname;
      }
      const host = x.hostname;
      if (host && !/[\\/]/.test(host) && host !== '.' && host !== '..' && !path.endsWith('/')) {
        const rels = x.search
          ? [`${host}${path}${decodeURIComponentSafe(x.search)}`, `${host}${path}`]
          : [`${host}${path}`];
        for (const cache of this.caches) {
          for (const rel of rels) {
            if (cache.zip) {
              for (const pre of cache.prefixes!) {
                const entry = pre + rel;
                const z = cache.zip;
                out.push({ kind: 'cache', where: `${cache.dir}/${entry}`, load: () => z.read(entry) });
              }
            } else {
              const root = resolvePath(cache.dir);
              const file = resolvePath(root, ...rel.split('/'));
              if (!file.startsWith(root + sep)) continue; // decoded "..%2F" leaving the cache folder
              out.push({ kind: 'cache', where: file, load: () => readLocalFile(file) });
            }
          }
        }
      }
      if (this.online) {
        const href = x.href;
        out.push({ kind: 'online', where: href, load: () => this.fetch(href) });
      }
      return out;
    }
    if (hasScheme(target)) return out; // urn:, ftp:, ... : nothing to look in
    const p = isAbsolute(target) ? target : resolvePath(target);
    for (const pkg of this.pkgs) {
      const entry = pkg.entryFor(p);
      if (entry !== undefined) {
        out.push({ kind: 'package', where: `${pkg.location}/${entry}`, load: () => pkg.archive!.read(entry) });
        return out;
      }
    }
    if (this.localAllowed(p)) out.push({ kind: 'file', where: p, load: () => readLocalFile(p) });
    return out;
  }

  /** Whether a local path may be read: always, unless `localRoots` restricts reading to those folders. */
  private localAllowed(p: string): boolean {
    return !this.localRoots || this.localRoots.some((r) => p.startsWith(r));
  }

  /** Every place `url` is looked for, in order (catalog target first, then the URL itself). */
  candidates(url: string): Candidate[] {
    const u = documentIdentity(url);
    const m = this.lookup(u);
    if (!m) return this.locations(u);
    const mapped = documentIdentity(m.target);
    const first = this.locations(mapped);
    if (mapped === u) return first;
    const seen = new Set(first.map((c) => c.kind + c.where));
    return first.concat(this.locations(u).filter((c) => !seen.has(c.kind + c.where)));
  }

  /**
   * The bytes of the document at `url` (http(s) URL, `file:` URL, local path or `ZIP/entry` path) after
   * catalog mapping; undefined when it cannot be found (offline: in no package, file or cache).
   * @throws FatalInputError `sbr:zipEntryCorrupt` when a package entry is damaged
   */
  read(url: string): Uint8Array | undefined {
    const b = this.readAt(url);
    if (b) return b;
    // XBRL International's documents under its other host name (xbrl.org <-> www.xbrl.org), see host-alias.ts
    const alias = xbrlHostAlias(documentIdentity(url));
    const a = alias === undefined ? undefined : this.readAt(alias);
    if (a) this.aliased.set(documentIdentity(url), alias!);
    return a;
  }

  private readAt(url: string): Uint8Array | undefined {
    for (const c of this.candidates(url)) {
      const b = c.load();
      if (b) return b;
    }
    return builtinDocument(url); // last resort: the standard XBRL schemas built in (src/resolve/builtin)
  }

  /**
   * The URL under the other XBRL International host name (host-alias.ts) that `read(url)` took the document from,
   * because `url` itself is available nowhere; undefined when `url` was read as it is (or not read).
   */
  aliasOf(url: string): string | undefined {
    return this.aliased.get(documentIdentity(url));
  }

  /** Where `url` was found: the candidate that supplied its bytes, or undefined. */
  locate(url: string): { kind: Candidate['kind']; where: string } | undefined {
    for (const c of this.candidates(url)) if (c.load()) return { kind: c.kind, where: c.where };
    return undefined;
  }

  /** A sentence saying where `url` was or would be looked for, for "not found" messages (`whereParts` in English). */
  describe(url: string): string {
    return `${url}: ${whereEn(this.whereParts(url))}`;
  }

  /**
   * Where `url` was or would be looked for, as plain data (the `where` param of `sbr:documentNotFound`, which each
   * message catalog renders in its language, src/messages/en-sbr.ts WhereParam).
   */
  whereParts(url: string): WhereParam {
    const u = documentIdentity(url);
    const m = this.lookup(u);
    const w: WhereParam = {};
    if (m) w.catalog = { entry: m.entry, catalog: m.catalog, target: m.target };
    const cands = this.candidates(url);
    if (cands.length) w.looked = cands.map((c) => (c.kind === 'online' ? `online ${c.where}` : c.where));
    else if (isHttp(u)) w.uncovered = true;
    else if (!hasScheme(u) && !this.localAllowed(u)) w.localRefused = true;
    else if (hasScheme(u)) w.badScheme = true;
    if (isHttp(u) && !this.online) {
      const f = this.fetched.get(u);
      if (f?.error) w.fetchError = f.error;
      else w.provider = providerOf(u);
    } else if (isHttp(u)) {
      const f = this.fetched.get(new URL(u).href);
      if (f?.error) w.fetchError = f.error;
    }
    return w;
  }

  private fetch(href: string): Uint8Array | undefined {
    let r = this.fetched.get(href);
    if (!r) {
      r = fetchSync(href, { timeoutMs: this.fetchTimeoutMs });
      this.fetched.set(href, r);
    }
    return r.bytes;
  }

  /** Drops inflated package entries and fetched documents kept in memory. */
  clearCache(): void {
    for (const p of this.pkgs) p.archive?.clearCache();
    for (const c of this.caches) c.zip?.clearCache();
    this.fetched.clear();
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * What usually provides a document of a well-known host, naming the flag that adds it (issue 11 item 2): the Dutch
 * taxonomy packages for nltaxonomie.nl, a cache folder for XBRL International's and SBR Australia's schemas, the IFRS
 * taxonomy package for xbrl.ifrs.org.
 */
export function providerHint(url: string): string {
  return PROVIDER_HINT_EN[providerOf(url)];
}

/** The provider key of a URL's host (its hint in each language: src/messages, PROVIDER_HINT_EN and the Dutch one). */
export function providerOf(url: string): Provider {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    host = '';
  }
  const is = (h: string) => host === h || host.endsWith('.' + h);
  if (is('nltaxonomie.nl')) return 'nltaxonomie';
  if (is('xbrl.ifrs.org')) return 'ifrs';
  if (is('xbrl.org')) return 'xbrl';
  if (is('sbr.gov.au')) return 'sbrau';
  return 'other';
}
