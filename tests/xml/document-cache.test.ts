/** The process-wide cache of parsed documents (src/xml/document-cache.ts): identity by URL and equal bytes, scope, bound. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearDocumentCache,
  configureDocumentCache,
  derived,
  documentCacheStats,
  holdsBytes,
  parseXmlShared,
  parseXmlSharedBytes,
  sameBytes,
} from '../../src/xml/document-cache.js';

const enc = (s: string) => new TextEncoder().encode(s);
const XSD = 'http://www.xbrl.org/2003/xl-2003-12-31.xsd';
const schema = (n: number) =>
  `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="e${n}"/></xs:schema>`;

afterEach(() => {
  configureDocumentCache({ scope: 'standard', maxBytes: 16 * 1024 * 1024 });
  clearDocumentCache();
});

describe('parseXmlSharedBytes', () => {
  it('hands out the first array of equal bytes under a URL, a new one for other bytes, and says which it holds', () => {
    const first = enc(schema(1));
    const a = parseXmlSharedBytes(first, XSD);
    expect(a.bytes).toBe(first);
    const b = parseXmlSharedBytes(enc(schema(1)), XSD); // another array with the same bytes
    expect(b.bytes).toBe(first);
    expect(b.doc).toBe(a.doc);
    expect(holdsBytes(XSD, first)).toBe(true);
    const other = enc(schema(2));
    expect(parseXmlSharedBytes(other, XSD).bytes).toBe(other);
    expect(holdsBytes(XSD, first)).toBe(false);
    // outside the scope: not kept, the caller's array back
    const local = enc(schema(1));
    expect(parseXmlSharedBytes(local, '/tmp/suite/a.xsd').bytes).toBe(local);
    expect(holdsBytes('/tmp/suite/a.xsd', local)).toBe(false);
  });
});

describe('parseXmlShared', () => {
  it('returns the same tree for equal bytes under the same URL, a new one for other bytes or another URL', () => {
    const a = parseXmlShared(enc(schema(1)), XSD);
    expect(parseXmlShared(enc(schema(1)), XSD)).toBe(a); // another array with the same bytes
    const changed = parseXmlShared(enc(schema(2)), XSD);
    expect(changed).not.toBe(a);
    expect(changed.root.children[0]!.attrs.get('name')).toBe('e2');
    const other = parseXmlShared(enc(schema(2)), 'http://www.xbrl.org/2003/other.xsd');
    expect(other).not.toBe(changed);
    expect(other.url).toBe('http://www.xbrl.org/2003/other.xsd');
    expect(documentCacheStats()).toMatchObject({ entries: 2, hits: 1, misses: 3 });
  });

  it('keeps only specification documents by default, every document with scope all', () => {
    const local = '/tmp/suite/a.xsd';
    expect(parseXmlShared(enc(schema(1)), local)).not.toBe(parseXmlShared(enc(schema(1)), local));
    configureDocumentCache({ scope: 'all' });
    const kept = parseXmlShared(enc(schema(1)), local);
    expect(parseXmlShared(enc(schema(1)), local)).toBe(kept);
    configureDocumentCache({ scope: 'standard' }); // narrowing drops the local document
    expect(documentCacheStats().entries).toBe(0);
  });

  it('keeps at most maxBytes of sources, least recently used first out, and nothing with maxBytes 0', () => {
    const bytes = enc(schema(1)); // 100 bytes
    configureDocumentCache({ scope: 'all', maxBytes: bytes.length * 4 });
    const first = parseXmlShared(bytes, '/a.xsd');
    parseXmlShared(bytes, '/b.xsd');
    parseXmlShared(bytes, '/c.xsd');
    expect(parseXmlShared(bytes, '/a.xsd')).toBe(first); // /a.xsd is now the most recently used
    parseXmlShared(bytes, '/d.xsd');
    parseXmlShared(bytes, '/e.xsd'); // over the bound: /b.xsd goes, /a.xsd stays
    expect(documentCacheStats()).toMatchObject({ entries: 4, bytes: bytes.length * 4 });
    expect(parseXmlShared(bytes, '/a.xsd')).toBe(first);
    configureDocumentCache({ maxBytes: 0 });
    expect(documentCacheStats().entries).toBe(0);
    expect(parseXmlShared(bytes, '/a.xsd')).not.toBe(parseXmlShared(bytes, '/a.xsd'));
  });

  it('rethrows the parser error for a malformed document every time and keeps nothing', () => {
    const bad = enc('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">');
    for (let i = 0; i < 2; i++) expect(() => parseXmlShared(bad, XSD)).toThrow(/well-formed|end/i);
    expect(documentCacheStats().entries).toBe(0);
  });

  it('derived values have their own slot per document', () => {
    let made = 0;
    const bytes = enc(schema(3));
    const make = () => ({ n: ++made });
    const v = derived('test', XSD, bytes, make);
    expect(derived('test', XSD, enc(schema(3)), make)).toBe(v);
    expect(derived('other', XSD, bytes, make)).toEqual({ n: 2 });
    expect(made).toBe(2);
  });
});

describe('sameBytes', () => {
  it('compares aligned, unaligned and tail bytes', () => {
    const a = new Uint8Array(203).map((_, i) => i % 251);
    const b = a.slice();
    expect(sameBytes(a, b)).toBe(true);
    for (const i of [0, 100, 199, 202]) {
      const c = a.slice();
      c[i] = c[i]! ^ 1;
      expect(sameBytes(a, c)).toBe(false);
    }
    const unaligned = new Uint8Array(a.length + 1);
    unaligned.set(a, 1);
    expect(sameBytes(a, unaligned.subarray(1))).toBe(true);
    expect(sameBytes(a, a.subarray(0, 202))).toBe(false);
  });
});
