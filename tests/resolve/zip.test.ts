import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, normaliseEntryName, ZipArchive } from '../../src/resolve/zip.js';
import { codeOf, tmp, writeZip } from './helpers.js';
import { openZipFile } from '../../src/resolve/zip-file.js';

/** Pseudo-random text that deflate cannot shrink much (keeps the ratio check out of the way). */
function noise(n: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = 97 + ((x >>> 16) % 26);
  }
  return b;
}

describe('ZipArchive', () => {
  it('indexes entries and inflates one lazily, with a cached result', () => {
    const d = tmp();
    const p = writeZip(d, 'ok.zip', {
      'top/a.xsd': '<a/>',
      'top/dir/b.xml': 'x'.repeat(5000),
      'top/./c/../c.txt': 'c',
    });
    const z = openZipFile(p);
    expect(z.fileNames().sort()).toEqual(['top/a.xsd', 'top/c.txt', 'top/dir/b.xml']);
    const b = z.read('top/dir/b.xml')!;
    expect(b.length).toBe(5000);
    expect(z.read('top/dir/b.xml')).toBe(b); // cached
    expect(z.read('top/missing')).toBeUndefined();
    expect(z.totalSize).toBe(4 + 5000 + 1);
  });

  it('refuses an entry named ../evil.xsd (sbr:zipEntryEscapes) and names the entry', () => {
    const d = tmp();
    const p = writeZip(d, 'evil.zip', { 'pkg/META-INF/taxonomyPackage.xml': '<x/>', '../evil.xsd': '<evil/>' });
    let msg = '';
    expect(
      codeOf(() => {
        try {
          openZipFile(p);
        } catch (e) {
          msg = (e as Error).message;
          throw e;
        }
      }),
    ).toBe('sbr:zipEntryEscapes');
    expect(msg).toContain('../evil.xsd');
  });

  it('refuses absolute paths, drive letters, inner escapes and backslashes', () => {
    const d = tmp();
    expect(codeOf(() => openZipFile(writeZip(d, 'a.zip', { '/etc/passwd': 'x' })))).toBe('sbr:zipEntryEscapes');
    expect(codeOf(() => openZipFile(writeZip(d, 'b.zip', { 'C:/Windows/x.xsd': 'x' })))).toBe('sbr:zipEntryEscapes');
    expect(codeOf(() => openZipFile(writeZip(d, 'c.zip', { 'top/a/../../../x.xsd': 'x' })))).toBe(
      'sbr:zipEntryEscapes',
    );
    expect(codeOf(() => openZipFile(writeZip(d, 'd.zip', { 'top\\..\\x.xsd': 'x' })))).toBe('tpe:invalidArchiveFormat');
    expect(normaliseEntryName('top/a/../b.xsd')).toBe('top/b.xsd');
    expect(normaliseEntryName('top/../../b.xsd')).toBeUndefined();
  });

  it('refuses a file that is not a zip (tpe:invalidArchiveFormat)', () => {
    const d = tmp();
    const p = join(d, 'not.zip');
    writeFileSync(p, '<xml>not a zip</xml>'.repeat(10));
    expect(codeOf(() => openZipFile(p))).toBe('tpe:invalidArchiveFormat');
  });

  it('refuses a package whose entries expand past maxTotalBytes (sbr:zipBomb) before inflating', () => {
    const d = tmp();
    const p = writeZip(d, 'big.zip', { 'top/a.txt': noise(600_000), 'top/b.txt': noise(600_000) });
    expect(codeOf(() => openZipFile(p, { maxTotalBytes: 1_000_000 }))).toBe('sbr:zipBomb');
    expect(openZipFile(p, { maxTotalBytes: 1_300_000 }).totalSize).toBe(1_200_000);
  });

  it('refuses an implausible compression ratio (sbr:zipBomb) and too many entries', () => {
    const d = tmp();
    const p = writeZip(d, 'zeros.zip', { 'top/zeros.bin': new Uint8Array(4_000_000) });
    expect(codeOf(() => openZipFile(p, { maxRatio: 100 }))).toBe('sbr:zipBomb');
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`top/f${i}.txt`] = String(i);
    expect(codeOf(() => openZipFile(writeZip(d, 'many.zip', files), { maxEntries: 49 }))).toBe('sbr:zipTooManyEntries');
  });

  it('refuses an entry that inflates to more than its central directory declares (sbr:zipEntryCorrupt)', () => {
    const d = tmp();
    const p = writeZip(d, 'lie.zip', { 'top/a.txt': noise(10_000) });
    const buf = new Uint8Array(readFileSync(p));
    // Patch the central directory's uncompressed size (offset 24 of the header) down to 100 bytes.
    let o = buf.length - 22;
    while (!(buf[o] === 0x50 && buf[o + 1] === 0x4b && buf[o + 2] === 0x01 && buf[o + 3] === 0x02)) o--;
    new DataView(buf.buffer).setUint32(o + 24, 100, true);
    const z = ZipArchive.fromBytes(buf, p);
    expect(z.totalSize).toBe(100);
    expect(codeOf(() => z.read('top/a.txt'))).toBe('sbr:zipEntryCorrupt');
  });

  it('computes CRC-32 as ZIP does', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
