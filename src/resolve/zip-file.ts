/**
 * ZIP files on disk: `openZipFile` reads the whole file and opens it as a ZipArchive (zip.ts, which reads no file and
 * so also runs in the browser build), with node:zlib's native CRC-32 when this Node has it and its native
 * raw inflate.
 */
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { ZipLimits } from './limits.js';
import { useNativeCrc32, useNativeInflateRaw, ZipArchive } from './zip.js';

useNativeCrc32((zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32);
useNativeInflateRaw((raw, size) => {
  // maxOutputLength: zlib stops (throws) rather than inflate past the declared size (zip.ts then asks fflate why).
  const b = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
  // A plain Uint8Array that owns its memory: small zlib results are slices of Buffer's shared pool.
  return b.byteOffset === 0 && b.buffer.byteLength === b.length
    ? new Uint8Array(b.buffer, 0, b.length)
    : new Uint8Array(b);
});

/** Opens a ZIP file from disk (the whole file is kept in memory; entries are inflated lazily). Refusals: see zip.ts. */
export function openZipFile(file: string, limits: Partial<ZipLimits> = {}): ZipArchive {
  return ZipArchive.fromBytes(readFileSync(file), file, limits);
}
