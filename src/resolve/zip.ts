/**
 * Read-only ZIP archive with lazy, bounded inflation (fflate's `inflateSync` per entry).
 *
 * The central directory is read once when the archive is opened and entries are indexed by their
 * normalised path; an entry's bytes are inflated on its first `read` into a buffer of exactly the
 * declared size (so inflation can never exceed it) and checked against the declared length and CRC-32.
 * Zip64 archives are supported; encrypted entries and compression methods other than stored (0) and
 * deflate (8) are refused when read. Multi-disk archives are refused.
 *
 * Refusals (FatalInputError): `tpe:invalidArchiveFormat` (not a ZIP, truncated, backslash in a name),
 * `sbr:zipEntryEscapes` (absolute path, drive letter or `..` leaving the archive), `sbr:zipBomb`,
 * `sbr:zipTooManyEntries`, `sbr:zipEntryCorrupt`, `tpe:invalidDirectoryStructure` (two entries with the
 * same normalised path), `sbr:zipEntryName` (a name that no file system or URL can carry: a NUL byte or another control
 * character, or bytes that are not UTF-8 although the entry's language-encoding flag, APPNOTE 4.4.4 bit 11, says they
 * are), `sbr:documentTooLarge` (an entry declared larger than `maxEntryBytes`).
 */
import { inflateSync } from 'fflate';
import { FatalInputError, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import {
  checkDocumentSize,
  checkEntryCount,
  checkRatio,
  checkTotalSize,
  DEFAULT_ZIP_LIMITS,
  type ZipLimits,
} from './limits.js';

export interface ZipEntry {
  /** Normalised path inside the archive ('/' separated, no leading '/', no '.'/'..' segments; directories end with '/'). */
  readonly name: string;
  /** The name exactly as stored. */
  readonly rawName: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly isDirectory: boolean;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

let CRC_TABLE: Int32Array | undefined;
// node:zlib's native crc32 (Node 20.15 / 22.2 on), given by zip-file.ts; without it (the browser) the table below.
let nativeCrc32: ((d: Uint8Array) => number) | undefined;
/** Uses a native CRC-32 (same results, faster); zip-file.ts passes node:zlib's. */
export function useNativeCrc32(f: ((d: Uint8Array) => number) | undefined): void {
  nativeCrc32 = f;
}
// node:zlib's native raw inflate, given by zip-file.ts; without it (the browser) fflate's.
let nativeInflateRaw: ((raw: Uint8Array, size: number) => Uint8Array) | undefined;
/**
 * Uses a native raw inflate (RFC 1951) for deflated entries; zip-file.ts passes node:zlib's. It must return the
 * inflated bytes or throw, and write no more than `size` bytes; any result other than exactly `size` bytes (and any
 * error) is redone by fflate, so that refusals and their messages are the same with or without it.
 */
export function useNativeInflateRaw(f: ((raw: Uint8Array, size: number) => Uint8Array) | undefined): void {
  nativeInflateRaw = f;
}

/** CRC-32 (ISO 3309, as used by ZIP). */
export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  const t = CRC_TABLE;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * Normalises an archive entry name; returns undefined when it is absolute, has a drive letter or a
 * `..` segment that leaves the archive root.
 */
export function normaliseEntryName(raw: string): string | undefined {
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw) || raw.includes('\0')) return undefined;
  const isDir = raw.endsWith('/');
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/') + (isDir && out.length ? '/' : '');
}

export class ZipArchive {
  readonly file: string;
  /** Entries by normalised name (files and directories). */
  readonly entries = new Map<string, ZipEntry>();
  /** Sum of the declared uncompressed sizes. */
  readonly totalSize: number;
  private readonly data: Uint8Array;
  private readonly cache = new Map<string, Uint8Array>();

  private constructor(file: string, data: Uint8Array, limits: ZipLimits) {
    this.file = file;
    this.data = data;
    this.totalSize = this.readCentralDirectory(limits);
  }

  /** An archive held in memory; `file` names it in findings (zip-file.ts `openZipFile` reads one from disk). */
  static fromBytes(data: Uint8Array, file: string, limits: Partial<ZipLimits> = {}): ZipArchive {
    return new ZipArchive(file, data, { ...DEFAULT_ZIP_LIMITS, ...limits });
  }

  private fail(code: string, params: MessageParams): never {
    throw new FatalInputError(paramFinding(code, 'error', params, { file: this.file }));
  }

  private notZip(why: string): never {
    this.fail('tpe:invalidArchiveFormat', { why });
  }

  private readCentralDirectory(limits: ZipLimits): number {
    const d = this.data;
    if (d.length < 22) this.notZip('too short');
    let e = d.length - 22;
    const stop = Math.max(0, d.length - 22 - 0xffff);
    while (e >= stop && u32(d, e) !== SIG_EOCD) e--;
    if (e < stop) this.notZip('no end of central directory record');
    if (u16(d, e + 4) !== 0 || u16(d, e + 6) !== 0) this.notZip('multi-disk archives are not supported');
    let count = u16(d, e + 10);
    let cdSize = u32(d, e + 12);
    let cdOffset = u32(d, e + 16);
    let zip64 = false;
    if (e >= 20 && u32(d, e - 20) === SIG_ZIP64_LOCATOR) {
      const z = u64(d, e - 12);
      if (z + 56 > d.length || u32(d, z) !== SIG_ZIP64_EOCD) this.notZip('bad zip64 end of central directory');
      zip64 = true;
      count = u64(d, z + 32);
      cdSize = u64(d, z + 40);
      cdOffset = u64(d, z + 48);
    }
    checkEntryCount(count, limits, this.file);
    if (cdOffset + cdSize > d.length) this.notZip('central directory outside the file');
    let o = cdOffset;
    let total = 0;
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const latin1 = new TextDecoder('latin1');
    for (let i = 0; i < count; i++) {
      if (o + 46 > d.length || u32(d, o) !== SIG_CENTRAL) this.notZip(`bad central directory header #${i + 1}`);
      const flags = u16(d, o + 8);
      const method = u16(d, o + 10);
      const crc = u32(d, o + 16);
      let compressedSize = u32(d, o + 20);
      let size = u32(d, o + 24);
      const nameLen = u16(d, o + 28);
      const extraLen = u16(d, o + 30);
      const commentLen = u16(d, o + 32);
      let localHeaderOffset = u32(d, o + 42);
      const nameBytes = d.subarray(o + 46, o + 46 + nameLen);
      let rawName: string;
      try {
        rawName = utf8.decode(nameBytes);
      } catch {
        rawName = latin1.decode(nameBytes);
        if (flags & 0x800) {
          this.fail('sbr:zipEntryName', { k: 'notUtf8', name: rawName });
        }
      }
      // A NUL byte (or another control character) cannot be part of a file name or URL: a name that means one thing
      // to this reader and another to a file system or the next tool. Refused, never truncated or passed on.
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      const control = /[\u0000-\u001f\u007f]/.exec(rawName);
      if (control) {
        const at = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        this.fail('sbr:zipEntryName', { k: 'control', name: rawName, char: at });
      }
      // zip64 extended information extra field
      if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff || zip64) {
        let x = o + 46 + nameLen;
        const xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
          const id = u16(d, x);
          const len = u16(d, x + 2);
          if (id === 0x0001) {
            let p = x + 4;
            if (size === 0xffffffff) {
              size = u64(d, p);
              p += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = u64(d, p);
              p += 8;
            }
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(d, p);
            break;
          }
          x += 4 + len;
        }
      }
      o += 46 + nameLen + extraLen + commentLen;
      if (rawName.includes('\\')) {
        this.fail('tpe:invalidArchiveFormat', { k: 'backslash', entry: rawName });
      }
      const name = normaliseEntryName(rawName);
      if (name === undefined) {
        this.fail('sbr:zipEntryEscapes', { entry: rawName });
      }
      if (name === '') continue; // "./" or similar
      const isDirectory = rawName.endsWith('/');
      if (!isDirectory) {
        checkDocumentSize(size, limits.maxEntryBytes, this.file, { entry: rawName });
        checkRatio(rawName, compressedSize, size, limits, this.file);
        total += size;
        checkTotalSize(total, limits, this.file);
      }
      if (this.entries.has(name)) {
        if (isDirectory) continue;
        this.fail('tpe:invalidDirectoryStructure', { k: 'duplicateEntry', name });
      }
      this.entries.set(name, {
        name,
        rawName,
        method,
        flags,
        crc,
        compressedSize,
        size,
        localHeaderOffset,
        isDirectory,
      });
    }
    return total;
  }

  /** True when the archive has a file entry with this normalised name. */
  has(name: string): boolean {
    const e = this.entries.get(name);
    return e !== undefined && !e.isDirectory;
  }

  /** Normalised names of the file entries, in central directory order. */
  fileNames(): string[] {
    const out: string[] = [];
    for (const e of this.entries.values()) if (!e.isDirectory) out.push(e.name);
    return out;
  }

  /**
   * The bytes of a file entry, inflated on first use and cached; undefined when there is no such file.
   * @throws FatalInputError `sbr:zipEntryCorrupt` (bad local header, length or CRC mismatch, encrypted,
   *   unsupported compression method)
   */
  read(name: string): Uint8Array | undefined {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const e = this.entries.get(name);
    if (!e || e.isDirectory) return undefined;
    const corrupt = (why: string): never => this.fail('sbr:zipEntryCorrupt', { entry: e.rawName, why });
    const d = this.data;
    const lo = e.localHeaderOffset;
    if (lo + 30 > d.length || u32(d, lo) !== SIG_LOCAL) corrupt('bad local header');
    if (e.flags & 1) corrupt('it is encrypted');
    // The local header repeats the name (APPNOTE 4.3.7); one that differs from the central directory's is a damaged or
    // crafted archive (a reader going by local headers would see another file).
    const localNameBytes = d.subarray(lo + 30, Math.min(d.length, lo + 30 + u16(d, lo + 26)));
    let localName: string;
    try {
      localName = new TextDecoder('utf-8', { fatal: true }).decode(localNameBytes);
    } catch {
      localName = new TextDecoder('latin1').decode(localNameBytes);
    }
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    if (/[\u0000-\u001f\u007f]/.test(localName)) {
      this.fail('sbr:zipEntryName', { k: 'localControl', entry: e.rawName, local: localName });
    }
    if (localName !== e.rawName) corrupt(`its local header names it ${JSON.stringify(localName)}`);
    const start = lo + 30 + u16(d, lo + 26) + u16(d, lo + 28);
    const end = start + e.compressedSize;
    if (end > d.length) corrupt('its data lies outside the file');
    const raw = d.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) corrupt('stored entry with differing sizes');
      out = raw.slice();
    } else if (e.method === 8) {
      let native: Uint8Array | undefined;
      if (nativeInflateRaw) {
        try {
          native = nativeInflateRaw(raw, e.size);
        } catch {
          native = undefined;
        }
      }
      if (native !== undefined && native.length === e.size) out = native;
      else
        try {
          // The output buffer has exactly the declared size: fflate writes nothing beyond it.
          out = inflateSync(raw, { out: new Uint8Array(e.size) });
        } catch (err) {
          return corrupt(`invalid deflate data (${(err as Error).message})`);
        }
      if (out.length !== e.size) corrupt(`it inflates to ${out.length} bytes, not the declared ${e.size}`);
    } else {
      return corrupt(`unsupported compression method ${e.method}`);
    }
    if (crc32(out) !== e.crc) corrupt('CRC-32 mismatch (the data is damaged or larger than declared)');
    this.cache.set(name, out);
    return out;
  }

  /** Drops inflated entries kept in memory. */
  clearCache(): void {
    this.cache.clear();
  }
}
