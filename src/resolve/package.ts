/**
 * XBRL Taxonomy Packages 1.0 (REC 2016-04-19): a ZIP with one top-level folder holding
 * `META-INF/taxonomyPackage.xml` (metadata, entry points) and optionally `META-INF/catalog.xml`
 * (rewriteURI remappings whose relative prefixes resolve against the catalog file, e.g.
 * `../www.nltaxonomie.nl/kvk/2024-03-31/`). An unzipped package folder (a folder with `META-INF/`,
 * as report packages are often distributed) is accepted as well.
 *
 * Documents inside a zipped package are named `ZIPPATH/ENTRY` (the absolute path of the zip, a '/', the
 * entry path), e.g. `/data/kvk_taxonomy_2024.zip/kvk_taxonomy_2024/www.nltaxonomie.nl/kvk/2024-03-31/kvk-cor.xsd`;
 * that is what catalog rewrites produce and what `Resolver.read` accepts.
 *
 * Refusals (FatalInputError): `sbr:packageNotFound`, `tpe:invalidArchiveFormat`, `tpe:invalidDirectoryStructure`,
 * `tpe:metadataDirectoryNotFound`, `tpe:metadataFileNotFound`, `tpe:invalidMetaDataFile`,
 * `tpe:invalidCatalogFile`, `tpe:multipleRewriteURIsForStartString`, `sbr:catalogEscapesPackage` (a catalog
 * rewrite to a local path outside the package), and the ZIP refusals of `zip.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { FatalInputError, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { resolveUrl } from '../xml/parse.js';
import { Catalog } from './catalog.js';
import type { ZipLimits } from './limits.js';
import { ConfigXmlError, kids, parseConfigXml, type ConfigElement } from './xmlconfig.js';
import { normaliseEntryName, ZipArchive } from './zip.js';
import { openZipFile } from './zip-file.js';

export interface PackageInfo {
  /** Absolute path of the package zip (or folder). */
  file: string;
  identifier?: string;
  name?: string;
  version?: string;
  /** tp:publisher and tp:description (Taxonomy Packages 1.0 section 3.2), when given. */
  publisher?: string;
  description?: string;
  entryPoints: { name?: string; urls: string[] }[];
}

/** Namespaces of taxonomyPackage.xml: the 1.0 Recommendation and the earlier drafts still found in the wild. */
export const TP_NAMESPACES = new Set([
  'http://xbrl.org/2016/taxonomy-package',
  'http://xbrl.org/PWD/2015-01-14/taxonomy-package',
  'http://xbrl.org/PWD/2014-01-15/taxonomy-package',
  'http://xbrl.org/WGWD/YYYY-MM-DD/taxonomy-package',
]);

function isAbsoluteUrl(s: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s) && !/^[a-zA-Z]:[\\/]/.test(s);
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export class TaxonomyPackage {
  readonly info: PackageInfo;
  /** Absolute zip path or folder path. */
  readonly location: string;
  /** Path-like prefix of the package's top folder, ending in '/' (`ZIP/top/` or `FOLDER/`). */
  readonly root: string;
  readonly catalog: Catalog;
  /** The archive, for zipped packages. */
  readonly archive: ZipArchive | undefined;

  private constructor(
    location: string,
    root: string,
    archive: ZipArchive | undefined,
    info: PackageInfo,
    catalog: Catalog,
  ) {
    this.location = location;
    this.root = root;
    this.archive = archive;
    this.info = info;
    this.catalog = catalog;
  }

  /**
   * Opens every taxonomy package in a folder: its `.zip` files and subfolders with META-INF/taxonomyPackage.xml, in
   * name order. Zips that are not taxonomy packages (no META-INF/taxonomyPackage.xml) are skipped.
   * @throws FatalInputError `sbr:packageNotFound` when the folder holds no taxonomy package; a package's own refusals
   */
  static openFolder(dir: string, limits: Partial<ZipLimits> = {}): TaxonomyPackage[] {
    const out: TaxonomyPackage[] = [];
    for (const name of readdirSync(dir).sort()) {
      const abs = resolvePath(dir, name);
      const st = statSync(abs);
      if (st.isDirectory() ? !existsSync(resolvePath(abs, 'META-INF', 'taxonomyPackage.xml')) : !/\.zip$/i.test(name))
        continue;
      try {
        out.push(TaxonomyPackage.open(abs, limits));
      } catch (e) {
        if (
          e instanceof FatalInputError &&
          /^tpe:(metadataDirectoryNotFound|metadataFileNotFound|invalidDirectoryStructure)$/.test(e.finding.code)
        )
          continue;
        throw e;
      }
    }
    if (!out.length)
      throw new FatalInputError(paramFinding('sbr:packageNotFound', 'error', { folder: dir }, { file: dir }));
    return out;
  }

  /**
   * Opens a taxonomy package (zip file or unzipped folder), checks its structure and reads its
   * metadata and catalog. Entries are inflated lazily later.
   */
  static open(
    file: string,
    limits: Partial<ZipLimits> = {},
    opts: { metadataOptional?: boolean } = {},
  ): TaxonomyPackage {
    const location = resolvePath(file);
    if (!existsSync(location)) {
      throw new FatalInputError(paramFinding('sbr:packageNotFound', 'error', { file }, { file: location }));
    }
    const fail = (code: string, params: MessageParams, line = 0, column = 0): never => {
      throw new FatalInputError(paramFinding(code, 'error', params, { file: location, line, column }));
    };
    let archive: ZipArchive | undefined;
    let root: string;
    let readMeta: (rel: string) => Uint8Array | undefined;
    if (statSync(location).isDirectory()) {
      root = location.replace(/[\\/]+$/, '') + '/';
      if (!existsSync(root + 'META-INF')) fail('tpe:metadataDirectoryNotFound', { k: 'folder' });
      readMeta = (rel) => (existsSync(root + rel) ? readFileSync(root + rel) : undefined);
    } else {
      archive = openZipFile(location, limits);
      const tops = new Set<string>();
      for (const e of archive.entries.values()) {
        const i = e.name.indexOf('/');
        if (i < 0) fail('tpe:invalidDirectoryStructure', { k: 'topLevelFile', name: e.name });
        tops.add(e.name.slice(0, i));
      }
      if (tops.size !== 1) {
        fail(
          'tpe:invalidDirectoryStructure',
          tops.size === 0 ? { k: 'empty' } : { k: 'topFolders', count: tops.size, folders: [...tops].slice(0, 5) },
        );
      }
      const top = [...tops][0]!;
      root = `${location}/${top}/`;
      const metaPrefix = `${top}/META-INF/`;
      let hasMeta = false;
      for (const n of archive.entries.keys()) if (n.startsWith(metaPrefix)) hasMeta = true;
      if (!hasMeta) fail('tpe:metadataDirectoryNotFound', { k: 'zip', top });
      const a = archive;
      readMeta = (rel) => a.read(`${top}/${rel}`);
    }

    // taxonomyPackage.xml (optional for a report package that only brings a catalog: opts.metadataOptional)
    const metaBytes = readMeta('META-INF/taxonomyPackage.xml');
    if (!metaBytes && opts.metadataOptional) {
      const catBytes0 = readMeta('META-INF/catalog.xml');
      const cat0 = catBytes0
        ? Catalog.parse(decodeText(catBytes0), root + 'META-INF/catalog.xml', 'tpe:invalidCatalogFile', {
            duplicateCode: 'tpe:multipleRewriteURIsForStartString',
            file: root + 'META-INF/catalog.xml',
          })
        : new Catalog();
      TaxonomyPackage.checkCatalog(cat0, root, fail);
      return new TaxonomyPackage(location, root, archive, { file: location, entryPoints: [] }, cat0);
    }
    if (!metaBytes) fail('tpe:metadataFileNotFound', {});
    const metaPath = root + 'META-INF/taxonomyPackage.xml';
    let meta: ConfigElement;
    try {
      meta = parseConfigXml(decodeText(metaBytes!));
    } catch (e) {
      const ce = e as ConfigXmlError;
      return fail('tpe:invalidMetaDataFile', { k: 'xml', reason: ce.message }, ce.line, ce.column);
    }
    if (meta.local !== 'taxonomyPackage' || !TP_NAMESPACES.has(meta.ns)) {
      fail('tpe:invalidMetaDataFile', { k: 'root', root: `{${meta.ns}}${meta.local}` });
    }
    const tp = meta.ns;
    const text = (el: ConfigElement, local: string): string | undefined => {
      const c = kids(el, tp, local)[0];
      return c ? c.text.trim() : undefined;
    };
    const identifier = text(meta, 'identifier');
    if (!identifier) fail('tpe:invalidMetaDataFile', { k: 'identifier' });
    const info: PackageInfo = { file: location, identifier, entryPoints: [] };
    const name = text(meta, 'name');
    if (name !== undefined) info.name = name;
    const version = text(meta, 'version');
    if (version !== undefined) info.version = version;
    const publisher = text(meta, 'publisher');
    if (publisher !== undefined) info.publisher = publisher;
    const description = text(meta, 'description');
    if (description !== undefined) info.description = description;
    for (const eps of kids(meta, tp, 'entryPoints')) {
      for (const ep of kids(eps, tp, 'entryPoint')) {
        const urls: string[] = [];
        for (const d of kids(ep, tp, 'entryPointDocument')) {
          const href = d.attrs['href']?.trim();
          if (href) urls.push(isAbsoluteUrl(href) ? resolveUrl(href, href) : resolveUrl(href, metaPath));
        }
        const epName = text(ep, 'name');
        info.entryPoints.push(epName !== undefined ? { name: epName, urls } : { urls });
      }
    }

    // catalog.xml (optional)
    const catPath = root + 'META-INF/catalog.xml';
    const catBytes = readMeta('META-INF/catalog.xml');
    const catalog = catBytes
      ? Catalog.parse(decodeText(catBytes), catPath, 'tpe:invalidCatalogFile', {
          duplicateCode: 'tpe:multipleRewriteURIsForStartString',
          file: catPath,
        })
      : new Catalog();
    TaxonomyPackage.checkCatalog(catalog, root, fail);
    return new TaxonomyPackage(location, root, archive, info, catalog);
  }

  private static checkCatalog(
    catalog: Catalog,
    root: string,
    fail: (code: string, params: MessageParams) => never,
  ): void {
    for (const r of catalog.rules()) {
      if (!isAbsoluteUrl(r.target) && !(r.target + (r.target.endsWith('/') ? '' : '/')).startsWith(root)) {
        fail('sbr:catalogEscapesPackage', { match: r.match, target: r.target });
      }
    }
  }

  /**
   * The archive entry for a path-like location `ZIP/entry`, or undefined when the location is not inside
   * this zipped package (or the package is a folder).
   */
  entryFor(p: string): string | undefined {
    if (!this.archive) return undefined;
    const pre = this.location + '/';
    if (!p.startsWith(pre)) return undefined;
    const n = normaliseEntryName(p.slice(pre.length));
    return n === undefined || n === '' ? undefined : n;
  }

  /** Bytes of the package document at `ZIP/entry` (zipped packages only); undefined when it is not in the package. */
  read(p: string): Uint8Array | undefined {
    const e = this.entryFor(p);
    return e === undefined ? undefined : this.archive!.read(e);
  }
}
