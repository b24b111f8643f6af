/**
 * Limits that protect the resolver against hostile archives (zip bombs, entry floods) and bound memory by the input.
 *
 * Documented limits (README, "Limits"): the largest document read as a filing or as an archive entry
 * (`DEFAULT_MAX_DOCUMENT_BYTES`, 100 MiB, `--max-document-size`, refusal `sbr:documentTooLarge`) and the total inflated
 * size of a report package (`DEFAULT_MAX_PACKAGE_BYTES`, 100 MiB: KvK accepts report packages up to 100 MB;
 * `--max-package-size`, refusal `sbr:zipBomb`). Under them, validating a document peaks at about three times its size
 * in memory (bench/robust.ts).
 *
 * A package is refused before anything is inflated when its central directory declares more entries
 * than `maxEntries` or a total uncompressed size above `maxTotalBytes`; an entry is refused when its
 * declared compression ratio is implausible. During inflation an entry can never grow past its declared
 * size (the output buffer has exactly that size), and an entry whose inflated length or CRC-32 does not
 * match the central directory is refused as corrupt.
 */
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';

export interface ZipLimits {
  /** Total uncompressed bytes of all entries (central directory sizes). Default 2 GiB. */
  maxTotalBytes: number;
  /** Number of entries in the central directory. Default 200 000. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio accepted for one entry larger than 1 MiB. Default 1000 (deflate's maximum is about 1032). */
  maxRatio: number;
  /** Largest uncompressed size of one entry (central directory size), refused before inflating. Default 100 MiB. */
  maxEntryBytes: number;
}

const MiB = 1024 * 1024;

/** Largest document (a filing, or one archive entry) read by default: 100 MiB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 100 * MiB;

/** Largest total inflated size of a report package (a filing) by default: 100 MiB, as KvK accepts packages up to 100 MB. */
export const DEFAULT_MAX_PACKAGE_BYTES = 100 * MiB;

/** Limits for taxonomy packages and caches: generous (a full taxonomy inflates to hundreds of MB), entries as documents. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 2 * 1024 * MiB,
  maxEntries: 200_000,
  maxRatio: 1000,
  maxEntryBytes: DEFAULT_MAX_DOCUMENT_BYTES,
};

/**
 * Throws `sbr:documentTooLarge` when a document of `size` bytes exceeds `limit`.
 * @param what how the message names the document: `{ file: path }`, `{ entry: 'a/b.html' }` (an archive entry),
 * `{ filing: true }`, or `{}` (the document)
 */
export function checkDocumentSize(
  size: number,
  limit: number,
  file: string,
  what: { file?: string; entry?: string; filing?: true } = {},
): void {
  if (size > limit) {
    throw new FatalInputError(paramFinding('sbr:documentTooLarge', 'error', { ...what, size, limit }, { file }));
  }
}

/** Bytes for messages: `104857600 bytes (100 MiB)`. */
export function formatBytes(n: number): string {
  return n >= MiB ? `${n} bytes (${(n / MiB).toFixed(n % MiB === 0 ? 0 : 1)} MiB)` : `${n} bytes`;
}

/**
 * Parses a size given on the command line: a whole number of bytes, optionally with a binary suffix
 * `k`/`K`, `M`, `G` (KiB, MiB, GiB; a trailing `B`/`iB` is allowed: `200M`, `200MB`, `200MiB`).
 * @returns the number of bytes, or undefined when the text is not such a size
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)(?:i?B)?\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]) * ({ '': 1, k: 1024, m: MiB, g: 1024 * MiB } as Record<string, number>)[m[2]!.toLowerCase()]!;
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined;
}

/** Throws `sbr:zipTooManyEntries` when `count` exceeds the limit. */
export function checkEntryCount(count: number, limits: ZipLimits, file: string): void {
  if (count > limits.maxEntries) {
    throw new FatalInputError(
      paramFinding('sbr:zipTooManyEntries', 'error', { count, limit: limits.maxEntries }, { file }),
    );
  }
}

/** Throws `sbr:zipBomb` when the declared total uncompressed size exceeds the limit. */
export function checkTotalSize(total: number, limits: ZipLimits, file: string): void {
  if (total > limits.maxTotalBytes) {
    throw new FatalInputError(
      paramFinding('sbr:zipBomb', 'error', { k: 'total', limit: limits.maxTotalBytes }, { file }),
    );
  }
}

/** Throws `sbr:zipBomb` when one entry's declared compression ratio is implausible. */
export function checkRatio(
  name: string,
  compressed: number,
  uncompressed: number,
  limits: ZipLimits,
  file: string,
): void {
  if (uncompressed > 1024 * 1024 && uncompressed > compressed * limits.maxRatio) {
    throw new FatalInputError(
      paramFinding('sbr:zipBomb', 'error', { entry: name, compressed, uncompressed, ratio: limits.maxRatio }, { file }),
    );
  }
}
