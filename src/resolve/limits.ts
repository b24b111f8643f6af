/**
 * Limits that protect the resolver against hostile archives (zip bombs, entry floods).
 *
 * A package is refused before anything is inflated when its central directory declares more entries
 * than `maxEntries` or a total uncompressed size above `maxTotalBytes`; an entry is refused when its
 * declared compression ratio is implausible. During inflation an entry can never grow past its declared
 * size (the output buffer has exactly that size), and an entry whose inflated length or CRC-32 does not
 * match the central directory is refused as corrupt.
 */
import { FatalInputError, finding } from '../findings.js';

export interface ZipLimits {
  /** Total uncompressed bytes of all entries (central directory sizes). Default 2 GiB. */
  maxTotalBytes: number;
  /** Number of entries in the central directory. Default 200 000. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio accepted for one entry larger than 1 MiB. Default 1000 (deflate's maximum is about 1032). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 200_000,
  maxRatio: 1000,
};

/** Throws `sbr:zipTooManyEntries` when `count` exceeds the limit. */
export function checkEntryCount(count: number, limits: ZipLimits, file: string): void {
  if (count > limits.maxEntries) {
    throw new FatalInputError(
      finding('sbr:zipTooManyEntries', 'error', `The archive has ${count} entries, more than the limit of ${limits.maxEntries}; it is refused`, { file }),
    );
  }
}

/** Throws `sbr:zipBomb` when the declared total uncompressed size exceeds the limit. */
export function checkTotalSize(total: number, limits: ZipLimits, file: string): void {
  if (total > limits.maxTotalBytes) {
    throw new FatalInputError(
      finding(
        'sbr:zipBomb',
        'error',
        `The archive's entries expand to ${total} bytes, more than the limit of ${limits.maxTotalBytes}; it is refused (raise the limit if the package is genuine)`,
        { file },
      ),
    );
  }
}

/** Throws `sbr:zipBomb` when one entry's declared compression ratio is implausible. */
export function checkRatio(name: string, compressed: number, uncompressed: number, limits: ZipLimits, file: string): void {
  if (uncompressed > 1024 * 1024 && uncompressed > compressed * limits.maxRatio) {
    throw new FatalInputError(
      finding(
        'sbr:zipBomb',
        'error',
        `The archive entry "${name}" expands from ${compressed} to ${uncompressed} bytes (ratio above ${limits.maxRatio}); the archive is refused`,
        { file },
      ),
    );
  }
}
