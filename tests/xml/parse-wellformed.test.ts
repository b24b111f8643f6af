/**
 * Well-formedness found by our own parser whatever the options (issue 17, item 1), and memory bounded by the input
 * for whitespace-padded documents (item 2). Minimal inputs, written here.
 */
import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { decodeXml, parseXml } from '../../src/xml/parse.js';

const BOM = [0xef, 0xbb, 0xbf];
function bytes(...parts: (number[] | string)[]): Uint8Array {
  const enc = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(enc.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of enc) out.set(b, (o += b.length) - b.length);
  return out;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FatalInputError) return `${e.finding.code} ${e.finding.line}:${e.finding.column}`;
    throw e;
  }
  return 'parsed';
}

describe('byte order marks (XML 1.0 section 4.3.3, production [22] prolog)', () => {
  const doc = '<?xml version="1.0" encoding="UTF-8"?><a/>';

  it('accepts one UTF-8 byte order mark and does not keep it', () => {
    expect(parseXml(bytes(BOM, doc), 'one.xml').root.local).toBe('a');
    expect(decodeXml(bytes(BOM, doc), 'one.xml').charCodeAt(0)).toBe(0x3c);
  });

  it('refuses two byte order marks: a character before the XML declaration (issue 17 reproducer)', () => {
    expect(codeOf(() => parseXml(bytes(BOM, BOM, doc), 'two.xml'))).toBe('xml:malformed 1:1');
    expect(codeOf(() => parseXml(bytes(BOM, BOM, '<a/>'), 'two.xml'))).toBe('xml:malformed 1:1');
    // the XHTML parser decodes through decodeXml
    expect(codeOf(() => decodeXml(bytes(BOM, BOM, doc), 'two.html'))).toBe('xml:malformed 1:1');
    // a string source may keep one BOM, never two
    expect(parseXml('\uFEFF' + doc, 's.xml').root.local).toBe('a');
    expect(codeOf(() => parseXml('\uFEFF\uFEFF' + doc, 's.xml'))).toBe('xml:malformed 1:1');
  });

  it('refuses a UTF-16 byte order mark followed by a second one', () => {
    const utf16le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(parseXml(bytes([0xff, 0xfe], utf16le('<a/>')), 'le.xml').root.local).toBe('a');
    expect(codeOf(() => parseXml(bytes([0xff, 0xfe, 0xff, 0xfe], utf16le('<a/>')), 'le2.xml'))).toBe(
      'xml:malformed 1:1',
    );
  });

  it('refuses a byte order mark that contradicts the declared encoding (xml:encoding)', () => {
    expect(codeOf(() => parseXml(bytes(BOM, '<?xml version="1.0" encoding="ISO-8859-1"?><a/>'), 'x.xml'))).toBe(
      'xml:encoding 1:1',
    );
    expect(
      parseXml(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00e9</a>'.replace('\u00e9', '')), 'y.xml').root
        .local,
    ).toBe('a');
  });

  it('still reports an empty or whitespace-only file as xml:empty', () => {
    expect(codeOf(() => parseXml(bytes('  \n\t '), 'e.xml'))).toBe('xml:empty 1:1');
    expect(codeOf(() => parseXml(bytes(BOM), 'e.xml'))).toBe('xml:empty 1:1');
  });
});

describe('whitespace between elements is not kept past a small allowance', () => {
  it('parses a document padded with 3 MB of whitespace, keeping element text exact', () => {
    const pad = ' '.repeat(3 << 20);
    const d = parseXml(bytes(`<r><a> x </a>${pad}<b>1</b>${'\n'.repeat(1000)}</r>`), 'pad.xml');
    expect(d.root.children.map((c) => `${c.local}=${c.text}`)).toEqual(['a= x ', 'b=1']);
    expect(d.root.text.length).toBeLessThanOrEqual(1024);
    expect(d.root.children[1]!.line).toBe(1);
  });

  it('keeps whitespace-only text of an element without children (a string fact may be blank)', () => {
    expect(parseXml(bytes(`<r>${' '.repeat(5000)}</r>`), 'w.xml').root.text.length).toBe(5000);
  });
});

describe('reserved namespace prefixes and names (Namespaces in XML 1.0 section 3; found by fuzzing against expat)', () => {
  it.each([
    ['xmlns:xmlns="urn:x"', 'the prefix xmlns declared'],
    ['xmlns:a="http://www.w3.org/2000/xmlns/"', 'the xmlns namespace bound to a prefix'],
    ['xmlns="http://www.w3.org/2000/xmlns/"', 'the xmlns namespace as the default'],
    ['xmlns:link="http://www.w3.org/XML/1998/namespace"', 'the xml namespace bound to another prefix'],
    ['xmlns="http://www.w3.org/XML/1998/namespace"', 'the xml namespace as the default'],
    ['xmlns:xml="urn:x"', 'the prefix xml bound elsewhere'],
  ])('refuses %s (%s)', (decl) => {
    expect(codeOf(() => parseXml(bytes(`<r ${decl}/>`), 'ns.xml'))).toMatch(/^xml:malformed 1:\d+$/);
  });

  it('accepts xml bound to its own namespace', () => {
    expect(
      parseXml(bytes('<r xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="nl"/>'), 'ok.xml').root.attrs.get(
        '{http://www.w3.org/XML/1998/namespace}lang',
      ),
    ).toBe('nl');
  });
});

describe('DOCTYPE declarations (XML 1.0 production [28]; found by fuzzing against expat)', () => {
  it('refuses a DOCTYPE without a name, and one whose name starts with a digit', () => {
    expect(codeOf(() => parseXml(bytes('<?xml version="1.0"?><!DOCTYPE>\n<a/>'), 'd.xml'))).toMatch(
      /^xml:malformed 1:/,
    );
    expect(codeOf(() => parseXml(bytes('<!DOCTYPE 1a><a/>'), 'd.xml'))).toMatch(/^xml:malformed 1:/);
  });

  it('accepts a named DOCTYPE without entity declarations', () => {
    expect(parseXml(bytes('<!DOCTYPE a SYSTEM "a.dtd"><a/>'), 'd.xml').doctype).toBe(' a SYSTEM "a.dtd"');
  });
});

describe('windows-1252: its five undefined bytes are no characters (XML 1.0 section 4.3.3; expat refuses them)', () => {
  const decl = (enc: string) => `<?xml version="1.0" encoding="${enc}"?>\n<a>`;

  it('accepts a defined byte (0xE9, e acute), so the refusals below are not vacuous', () => {
    expect(parseXml(bytes(decl('windows-1252'), [0xe9], '</a>'), 'ok.xml').root.text).toBe('\u00e9');
  });

  it('decodes 0x80-0x9F as windows-1252 characters, not as C1 controls (Node 20 TextDecoder gives U+0080 for 0x80)', () => {
    const high = [0x80, 0x82, 0x8a, 0x8c, 0x91, 0x92, 0x96, 0x99, 0x9c, 0x9f];
    expect(parseXml(bytes(decl('windows-1252'), high, '</a>'), 'hi.xml').root.text).toBe(
      '\u20ac\u201a\u0160\u0152\u2018\u2019\u2013\u2122\u0153\u0178',
    );
    expect(decodeXml(bytes(decl('cp1252'), [0x80], '</a>'), 'hi.xml')).toContain('<a>\u20ac</a>');
  });

  it.each([0x81, 0x8d, 0x8f, 0x90, 0x9d])('refuses the byte 0x%s with xml:encoding on its line', (b) => {
    expect(codeOf(() => parseXml(bytes(decl('windows-1252'), 'x', [b], '</a>'), 'u.xml'))).toBe('xml:encoding 2:5');
  });

  it('says which byte and which encoding', () => {
    try {
      parseXml(bytes(decl('CP1252'), [0x8d], '</a>'), 'u.xml');
      expect.unreachable();
    } catch (e) {
      expect((e as FatalInputError).finding.message).toBe(
        'The document declares the encoding windows-1252 but contains the byte 0x8D, which is not a windows-1252 character',
      );
    }
  });

  it('still accepts 0x81 declared as ISO-8859-1, where every byte is a character (U+0081)', () => {
    expect(parseXml(bytes(decl('ISO-8859-1'), [0x81], '</a>'), 'l1.xml').root.text).toBe('\u0081');
  });

  it('keeps the US-ASCII refusal and its message', () => {
    try {
      parseXml(bytes(decl('US-ASCII'), [0xe9], '</a>'), 'a.xml');
      expect.unreachable();
    } catch (e) {
      const f = (e as FatalInputError).finding;
      expect(`${f.code} ${f.line}:${f.column} ${f.message}`).toBe(
        'xml:encoding 2:4 The document declares the encoding US-ASCII but contains the byte 0xE9, which is not a US-ASCII character',
      );
    }
  });
});

describe('qualified names (Namespaces in XML 1.0 section 4, production [7] QName)', () => {
  const X = 'xmlns:a="urn:a"';
  const reason = (xml: string) => {
    try {
      parseXml(xml, 'q.xml');
    } catch (e) {
      const f = (e as FatalInputError).finding;
      return `${f.code} ${String(f.params?.['reason'])} ${String(f.params?.['name'])}`;
    }
    return 'parsed';
  };

  it('refuses XML Names that are no QNames: a local part starting with a digit, two colons, an empty part', () => {
    // the fuzzed linkbase of issue 17: xlink:4ype was read as an attribute '4ype' and the linkbase validated
    expect(reason(`<r ${X}><b a:4ype="arc"/></r>`)).toBe('xml:malformed qname a:4ype');
    expect(reason(`<r ${X}><a:-b/></r>`)).toBe('xml:malformed qname a:-b');
    expect(reason(`<r ${X}><a:b:c/></r>`)).toBe('xml:malformed qname a:b:c');
    expect(reason(`<r ${X} a:b:c="1"/>`)).toBe('xml:malformed qname a:b:c');
    expect(reason(`<:r/>`)).toBe('xml:malformed qname :r');
    expect(reason(`<r xmlns:4a="urn:a"/>`)).toBe('xml:malformed qname xmlns:4a');
    expect(reason(`<r xmlns:a:b="urn:a"/>`)).toBe('xml:malformed qname xmlns:a:b');
    expect(reason(`<r ${X}><a:\u00b7b/></r>`)).toBe('xml:malformed qname a:\u00b7b');
  });

  it('accepts QNames whose parts start with any NameStartChar', () => {
    expect(reason(`<r ${X}><a:_b a:\u00e9t\u00e9="1" a:x-1.2="2"/><a:\u4e2d/></r>`)).toBe('parsed');
    expect(parseXml(`<r ${X}><a:_b a:x-1.2="2"/></r>`, 'q.xml').root.children[0]!.attrs.get('{urn:a}x-1.2')).toBe('2');
  });
});
