/**
 * ZIP files on disk: `openZipFile` reads the whole file and opens it as a ZipArchive (zip.ts, which reads no file and
 * so also runs in the browser build), with node:zlib's native CRC-32 when this Node has it.
 */
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { ZipLimits } from './limits.js';
import { useNativeCrc32, ZipArchive } from './zip.js';

useNativeCrc32((zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32);

/** Opens a ZIP file from disk (the whole file is kept in memory; entries are inflated lazily). Refusals: see zip.ts. */
export function openZipFile(file: string, limits: Partial<ZipLimits> = {}): ZipArchive {
  return ZipArchive.fromBytes(readFileSync(file), file, limits);
}
