/**
 * Plain OASIS catalog files on disk (`--catalog FILE`): the file and the catalogs it chains with `nextCatalog`. The
 * catalog model itself (catalog.ts) reads no file, so the browser build can parse a report package's catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { Catalog } from './catalog.js';

/**
 * Reads a plain OASIS catalog file (and the catalogs it chains with `nextCatalog`, at most 16 deep, each once). A
 * missing chained catalog is skipped, as XML Catalogs section 8 allows.
 * @throws FatalInputError `sbr:catalogNotFound` when the file does not exist, `sbr:invalidCatalog` when it is not a catalog
 */
export function loadCatalogFile(file: string, seen = new Set<string>(), depth = 0): Catalog {
  if (!existsSync(file)) {
    throw new FatalInputError(paramFinding('sbr:catalogNotFound', 'error', { file }, { file }));
  }
  seen.add(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FatalInputError(
      paramFinding('sbr:catalogNotFound', 'error', { file, reason: (e as Error).message }, { file }),
    );
  }
  return Catalog.parse(text, file, 'sbr:invalidCatalog', {
    file,
    loadNext: (next) => {
      if (seen.has(next) || depth >= 16 || /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(next) || !existsSync(next))
        return undefined;
      return loadCatalogFile(next, seen, depth + 1);
    },
  });
}
