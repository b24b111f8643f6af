/**
 * A process-wide, bounded cache of immutable values derived from a document's bytes: the parsed `XmlDocument` of a
 * schema or linkbase (DTS discovery, `parseXmlShared`), and anything else a module computes from the same bytes
 * alone (the schema scans of src/xml/schema-prepare.ts). Every filing of a batch or variation of a conformance suite
 * reads the same standard schemas (xbrl-instance, xbrl-linkbase, xl, xlink, xbrldt, XMLSchema.xsd ...); each is
 * parsed once.
 *
 * Identity: an entry is found by the document's URL (as discovery names it: relative references and findings depend
 * on it) and is used only when the bytes are equal to those it was made from (compared byte by byte, so a document
 * changed on disk, or the same URL read from another package, is never confused with the cached one; no hash is
 * computed). The values are shared and must never be modified by their users; findings are not cached here (a parse
 * that fails throws, and is not kept). `parseXmlSharedBytes` also hands out the array of bytes kept for a document, so
 * that equal documents come as one array and what is keyed by the array (sha256 of DTS documents, the compiled-DTS
 * cache of src/validate/core.ts) is computed once.
 *
 * Scope and bounds (`configureDocumentCache`): by default only documents of the specifications themselves (URLs under
 * xbrl.org and w3.org, which never change) are kept; a conformance run widens this to every document (suite
 * testcases share their schemas between variations). At most `maxBytes` of source bytes are kept, least recently used
 * first out; a document larger than a quarter of that is never kept. Node-free (portable layer).
 */
import { parseXml, type XmlDocument } from './parse.js';

export interface DocumentCacheOptions {
  /** `standard`: only specification documents (xbrl.org, w3.org); `all`: every document. Default `standard`. */
  scope?: 'standard' | 'all';
  /** Source bytes kept at most, over all entries (default 16 MiB); 0 turns the cache off. */
  maxBytes?: number;
}

interface Entry {
  bytes: Uint8Array;
  /** Derived values by slot name (`xml` = the parsed document). */
  values: Map<string, unknown>;
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const SPEC_DOCUMENT = /^https?:\/\/(?:www\.)?(?:xbrl\.org|w3\.org)\//i;

let scope: 'standard' | 'all' = 'standard';
let maxBytes = DEFAULT_MAX_BYTES;
let heldBytes = 0;
const entries = new Map<string, Entry>();
let hits = 0;
let misses = 0;

/**
 * Sets the scope and bound of the process-wide cache (see the module comment); entries beyond a new bound are dropped.
 * Returns the settings before the call (to restore them).
 */
export function configureDocumentCache(options: DocumentCacheOptions): Required<DocumentCacheOptions> {
  const before = { scope, maxBytes };
  if (options.scope) scope = options.scope;
  if (options.maxBytes !== undefined) maxBytes = Math.max(0, options.maxBytes);
  if (scope === 'standard') for (const url of [...entries.keys()]) if (!SPEC_DOCUMENT.test(url)) drop(url);
  evict();
  return before;
}

/** Empties the cache and resets its counters (tests). */
export function clearDocumentCache(): void {
  entries.clear();
  heldBytes = 0;
  hits = 0;
  misses = 0;
}

/** Entries, source bytes held and lookups that found / did not find a value (for benchmarks and tests). */
export function documentCacheStats(): { entries: number; bytes: number; hits: number; misses: number } {
  return { entries: entries.size, bytes: heldBytes, hits, misses };
}

function drop(url: string): void {
  const e = entries.get(url);
  if (!e) return;
  entries.delete(url);
  heldBytes -= e.bytes.byteLength;
}

function evict(): void {
  while (heldBytes > maxBytes && entries.size > 0) drop(entries.keys().next().value!);
}

/** Whether two byte arrays hold the same bytes (4 bytes at a time where both views are aligned). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  const n = a.byteLength;
  if (n !== b.byteLength) return false;
  let i = 0;
  if ((a.byteOffset & 3) === 0 && (b.byteOffset & 3) === 0 && n >= 64) {
    const words = n >>> 2;
    const wa = new Int32Array(a.buffer, a.byteOffset, words);
    const wb = new Int32Array(b.buffer, b.byteOffset, words);
    for (let w = 0; w < words; w++) if (wa[w] !== wb[w]) return false;
    i = words << 2;
  }
  for (; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function cacheable(url: string, bytes: Uint8Array): boolean {
  return maxBytes > 0 && bytes.byteLength * 4 <= maxBytes && (scope === 'all' || SPEC_DOCUMENT.test(url));
}

/**
 * The value `make()` derives from the document `url` with these `bytes`, computed once while the cache keeps it.
 * `slot` names what is derived (one cache serves several modules). `make` must depend on `url` and `bytes` alone and
 * its result must be treated as immutable. An exception from `make` propagates and nothing is kept.
 */
export function derived<T>(slot: string, url: string, bytes: Uint8Array, make: () => T): T {
  return derive(slot, url, bytes, make).value;
}

/** `derived`, with the bytes the cache keeps for the document (`bytes`, or an earlier array of equal bytes). */
function derive<T>(slot: string, url: string, bytes: Uint8Array, make: () => T): { value: T; bytes: Uint8Array } {
  if (!cacheable(url, bytes)) return { value: make(), bytes };
  let e = entries.get(url);
  if (e && !sameBytes(e.bytes, bytes)) {
    drop(url);
    e = undefined;
  }
  if (e) {
    // most recently used last
    entries.delete(url);
    entries.set(url, e);
    if (e.values.has(slot)) {
      hits++;
      return { value: e.values.get(slot) as T, bytes: e.bytes };
    }
  }
  misses++;
  const value = make();
  if (!e) {
    e = { bytes, values: new Map() };
    entries.set(url, e);
    heldBytes += bytes.byteLength;
    evict();
  }
  e.values.set(slot, value);
  return { value, bytes: e.bytes };
}

/**
 * `parseXml(bytes, url)` (default options), shared: a document already parsed from equal bytes under the same URL is
 * returned as is. The returned tree is shared between callers and must not be modified.
 * @throws FatalInputError as `parseXml` does (a document that does not parse is not kept)
 */
export function parseXmlShared(bytes: Uint8Array, url: string): XmlDocument {
  return derived('xml', url, bytes, () => parseXml(bytes, url));
}

/**
 * `parseXmlShared`, with the bytes the cache keeps for the document: `bytes` itself, or the array of equal bytes it
 * was first parsed from. Equal documents then come with one and the same array, so that what is derived from bytes by
 * the array's identity (a sha256 in a WeakMap, the compiled-DTS key of src/validate/core.ts) is derived once.
 * @throws FatalInputError as `parseXml` does
 */
export function parseXmlSharedBytes(bytes: Uint8Array, url: string): { doc: XmlDocument; bytes: Uint8Array } {
  const r = derive('xml', url, bytes, () => parseXml(bytes, url));
  return { doc: r.value, bytes: r.bytes };
}

/**
 * Whether the cache holds the document `url` with this very array of bytes (as `parseXmlSharedBytes` returned it): a
 * later read of equal bytes under that URL then gets the same array, as long as the entry is not evicted.
 */
export function holdsBytes(url: string, bytes: Uint8Array): boolean {
  return entries.get(url)?.bytes === bytes;
}
