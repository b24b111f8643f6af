/**
 * Issue 17 item 4: zip entry names no file system or URL can carry are refused (`sbr:zipEntryName`), in the central
 * directory and in the local headers; item 2: an entry larger than the document limit is refused before inflating.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, parseByteSize } from '../../src/resolve/limits.js';
import { ZipArchive } from '../../src/resolve/zip.js';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FatalInputError) return `${e.finding.code}: ${e.finding.message}`;
    throw e;
  }
  return 'accepted';
}

/** Offsets of the signature `sig` (little-endian u32) in the buffer. */
function find(buf: Uint8Array, sig: number): number[] {
  const out: number[] = [];
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let o = 0; o + 4 <= buf.length; o++) if (v.getUint32(o, true) === sig) out.push(o);
  return out;
}
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

describe('zip entry names (issue 17 item 4)', () => {
  it('refuses a NUL byte in an entry name (sbr:zipEntryName), naming it', () => {
    const z = zipSync({ 'top/report\u0000.html': strToU8('<a/>'), 'top/b.xml': strToU8('<b/>') });
    const r = refusal(() => ZipArchive.fromBytes(z, 'nul.zip'));
    expect(r).toMatch(/^sbr:zipEntryName: /);
    expect(r).toContain('U+0000 (a NUL byte)');
  });

  it('refuses other control characters, accepts ordinary non-ASCII names', () => {
    expect(refusal(() => ZipArchive.fromBytes(zipSync({ 'top/a\u0001b.xml': strToU8('x') }), 'c.zip'))).toMatch(
      /^sbr:zipEntryName: .*U\+0001/,
    );
    expect(refusal(() => ZipArchive.fromBytes(zipSync({ 'top/a\u007f.xml': strToU8('x') }), 'd.zip'))).toMatch(
      /^sbr:zipEntryName: .*U\+007F/,
    );
    expect(ZipArchive.fromBytes(zipSync({ 'top/jaarrekening-één.xhtml': strToU8('x') }), 'ok.zip').fileNames()).toEqual(
      ['top/jaarrekening-één.xhtml'],
    );
  });

  it('refuses a name marked UTF-8 (general purpose flag bit 11) that is not UTF-8', () => {
    const z = zipSync({ 'top/ab.xml': strToU8('x') });
    const c = find(z, CENTRAL)[0]!;
    const v = new DataView(z.buffer);
    v.setUint16(c + 8, v.getUint16(c + 8, true) | 0x800, true);
    z[c + 46 + 4] = 0xff; // 'a' -> 0xFF: never valid in UTF-8
    expect(refusal(() => ZipArchive.fromBytes(z, 'efs.zip'))).toMatch(/^sbr:zipEntryName: .*not valid UTF-8/);
  });

  it('refuses a NUL byte in the local header name when the central directory is clean, and a differing local name', () => {
    const z = zipSync({ 'top/ab.xml': strToU8('<x/>') });
    const l = find(z, LOCAL)[0]!;
    const nul = z.slice();
    nul[l + 30 + 5] = 0; // 'b' -> NUL in the local header only
    const a = ZipArchive.fromBytes(nul, 'local.zip');
    expect(refusal(() => a.read('top/ab.xml'))).toMatch(/^sbr:zipEntryName: /);
    const other = z.slice();
    other[l + 30 + 5] = 0x63; // 'b' -> 'c'
    expect(refusal(() => ZipArchive.fromBytes(other, 'other.zip').read('top/ab.xml'))).toMatch(
      /^sbr:zipEntryCorrupt: .*local header names it "top\/ac.xml"/,
    );
  });
});

describe('document size limit on archive entries (issue 17 item 2)', () => {
  it('refuses an entry declared larger than maxEntryBytes before inflating (sbr:documentTooLarge)', () => {
    const z = zipSync({ 'top/r.html': new Uint8Array(300_000) });
    expect(refusal(() => ZipArchive.fromBytes(z, 'big.zip', { maxEntryBytes: 200_000 }))).toBe(
      'sbr:documentTooLarge: The archive entry "top/r.html" is 300000 bytes, more than the limit of 200000 bytes; it is refused (raise the limit with --max-document-size if the document is genuine)',
    );
    expect(ZipArchive.fromBytes(z, 'big.zip', { maxEntryBytes: 300_000 }).read('top/r.html')!.length).toBe(300_000);
    expect(DEFAULT_MAX_DOCUMENT_BYTES).toBe(104_857_600);
  });

  it('parses sizes given on the command line', () => {
    expect([
      parseByteSize('200M'),
      parseByteSize('200MB'),
      parseByteSize('1.5GiB'),
      parseByteSize('1000'),
      parseByteSize('64k'),
    ]).toEqual([200 * 1024 * 1024, 200 * 1024 * 1024, 1.5 * 1024 ** 3, 1000, 65536]);
    expect([parseByteSize('-1'), parseByteSize('ten'), parseByteSize('0'), parseByteSize('5T')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
