/**
 * The portal bundle's stand-ins for Node built-ins (src/portal/shim-*.ts, mapped in by src/portal/build.ts) give what
 * Node gives on the inputs the XML Schema modules hand them: compared here with Node's own Buffer, path and url.
 */
import * as nodePath from 'node:path';
import * as nodeUrl from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { Buffer as ShimBuffer } from '../../src/portal/shim-buffer.js';
import * as shimPath from '../../src/portal/shim-path.js';
import * as shimUrl from '../../src/portal/shim-url.js';
import { prepareSchemas } from '../../src/xml/schema-prepare.js';

const TEXTS = ['', 'plain ascii', 'één café — 😀', '<x a="ä">\u0000\u00ff</x>'];

describe('portal stand-ins for Node built-ins', () => {
  it('Buffer.from / toString: utf8 and latin1 as Node', () => {
    for (const t of TEXTS) {
      for (const enc of ['utf8', 'latin1'] as const) {
        const a = ShimBuffer.from(t, enc);
        const b = Buffer.from(t, enc);
        expect([...a]).toEqual([...b]);
        expect(a.toString(enc)).toBe(b.toString(enc));
        expect(ShimBuffer.from(b).toString('latin1')).toBe(b.toString('latin1'));
        expect(ShimBuffer.from(b).toString()).toBe(b.toString());
      }
    }
    // a view into a larger buffer (schema-prepare.ts's latin1 helper), and malformed UTF-8 replaced as Node does
    const big = new Uint8Array([0x41, 0xc3, 0xa9, 0xff, 0x42]);
    const view = big.subarray(1, 4);
    expect(ShimBuffer.from(view.buffer, view.byteOffset, view.byteLength).toString('latin1')).toBe(
      Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('latin1'),
    );
    expect(ShimBuffer.from(big).toString('utf8')).toBe(Buffer.from(big).toString('utf8'));
    // 100,000 bytes through latin1 (chunked String.fromCharCode)
    const long = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(ShimBuffer.from(long).toString('latin1')).toBe(Buffer.from(long).toString('latin1'));
    // base64 (data: URLs in NL-KVK rule 3.5.1), with Node's leniency for whitespace and missing padding
    for (const t of TEXTS) {
      const b64 = Buffer.from(t).toString('base64');
      expect(ShimBuffer.from(t).toString('base64')).toBe(b64);
      for (const v of [b64, b64.replace(/=+$/, ''), b64.replace(/(.{4})/g, '$1\n ')])
        expect(ShimBuffer.from(v, 'base64').toString('utf8')).toBe(Buffer.from(v, 'base64').toString('utf8'));
    }
    expect(() => ShimBuffer.from('x', 'hex')).toThrow(/not supported/);
  });

  it('path: resolve, dirname, isAbsolute as POSIX node:path (working directory /)', () => {
    const cases: string[][] = [
      ['/a/b', 'c.xsd'],
      ['/a/b/', '../c/./d.xsd'],
      ['/x', '/abs/y.xsd'],
      ['/a', '..', '..', 'b'],
    ];
    for (const c of cases) expect(shimPath.resolve(...c)).toBe(nodePath.posix.resolve(...c));
    expect(shimPath.resolve('rel/x.xsd')).toBe('/rel/x.xsd');
    for (const p of ['/a/b/c.xsd', '/a', '/', 'a/b', 'a', '/a/b/'])
      expect([p, shimPath.dirname(p)]).toEqual([p, nodePath.posix.dirname(p)]);
    for (const p of ['/a', 'a', './a', ''])
      expect([p, shimPath.isAbsolute(p)]).toEqual([p, nodePath.posix.isAbsolute(p)]);
  });

  it('url: fileURLToPath as Node on POSIX, refusing other schemes', () => {
    for (const u of ['file:///tmp/a%20b/c.xsd', 'file:///x/%C3%A9.xsd', 'file:///'])
      expect(shimUrl.fileURLToPath(u)).toBe(nodeUrl.fileURLToPath(u));
    expect(() => shimUrl.fileURLToPath('http://example.com/a.xsd')).toThrow(TypeError);
  });

  it('schema preparation (src/xml/schema-prepare.ts) runs on the shim Buffer and gives the bytes it gives on Node', () => {
    // a pruned declaration (blanked), a rewritten import and a non-ASCII character: the edit path of editedBytes
    const a = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a">
  <xs:import namespace="urn:b" schemaLocation="b.xsd"/>
  <xs:element name="Kept" type="xs:string"/>
  <xs:element name="Gone" type="xs:string"><!-- é --></xs:element>
</xs:schema>`;
    const b = '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:b"/>';
    const run = () =>
      prepareSchemas(
        [
          { url: 'https://example.com/shim/a.xsd', bytes: new TextEncoder().encode(a) },
          { url: 'https://example.com/shim/b.xsd', bytes: new TextEncoder().encode(b) },
        ],
        ['https://example.com/shim/a.xsd'],
        { usedElementNames: new Set(['Kept']) },
      ).files.map((f) => [f.fileName, [...f.contents]]);
    const onNode = run();
    vi.stubGlobal('Buffer', ShimBuffer);
    try {
      expect(run()).toEqual(onNode);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(new TextDecoder().decode(new Uint8Array(onNode[0]![1] as number[]))).not.toContain('Gone');
  });
});
