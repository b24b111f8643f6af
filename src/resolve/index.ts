/** URL → bytes resolution: taxonomy packages, OASIS catalogs, host/path caches, optional online fetch. See resolver.ts. */
export {
  Resolver,
  cacheFoldersFromEnv,
  documentIdentity,
  type ResolverOptions,
  type PackageInfo,
  type Candidate,
} from './resolver.js';
export { Catalog, type CatalogMatch } from './catalog.js';
export { TaxonomyPackage } from './package.js';
export { ZipArchive, crc32, normaliseEntryName, type ZipEntry } from './zip.js';
export { openZipFile } from './zip-file.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './limits.js';
export { xbrlHostAlias } from './host-alias.js';
export { fetchSync, type FetchOptions, type FetchResult } from './fetch.js';
