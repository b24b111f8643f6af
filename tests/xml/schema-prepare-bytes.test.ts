/**
 * prepareSchemas' edited copies (issue 14): pruned declarations blanked and schemaLocations rewritten on the bytes,
 * the same bytes the string splicing gave; the scan of an `immutable` input kept with its byte array.
 */
import { describe, expect, it } from 'vitest';
import { prepareSchemas, pruneElements } from '../../src/xml/schema-prepare.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

// a non-standard URL: the process-wide document cache keeps scans of xbrl.org / w3.org documents only
const A = 'https://example.com/t/a.xsd';
const B = 'https://example.com/t/b.xsd';
// declarations over several lines, with UTF-8 of two and three bytes inside and before them, a CRLF line end
const schemaA = `<?xml version="1.0" encoding="UTF-8"?>
<!-- é€ -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a">\r
  <xs:import namespace="urn:b" schemaLocation="b.xsd"/>
  <xs:element name="Kept" type="xs:string"/>
  <xs:element name="Gone" type="xs:string">
    <xs:annotation><xs:documentation>Überschuss € —
    twee regels</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="Référence" type="xs:string"/>
  <xs:element name="Also" substitutionGroup="Kept"/>
</xs:schema>
`;
const schemaB = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:b">
  <xs:element name="B1" type="xs:string"/><xs:element name="B2" type="xs:string"/>
</xs:schema>
`;

const fileOf = (files: { fileName: string; contents: Uint8Array }[], end: string) =>
  dec(files.find((f) => f.fileName.endsWith(end))!.contents);

describe('prepareSchemas edits on the bytes', () => {
  it('blanks the pruned declarations as pruneElements does and rewrites the import, byte for byte', () => {
    const prep = prepareSchemas(
      [
        { url: A, bytes: enc(schemaA) },
        { url: B, bytes: enc(schemaB) },
      ],
      [A],
      { usedElementNames: new Set(['Also', 'B2']) },
    );
    const a = prep.files.find((f) => f.fileName.endsWith('/a.xsd'))!.contents;
    // Kept stays (Also's substitutionGroup), Gone and Référence are blanked, the import points at b's wrapper; the
    // edits are made on the bytes (a latin1 view of them), so a blanked multi-byte character is as many spaces as it
    // had bytes and the offsets of what follows hold
    const latin1 = Buffer.from(enc(schemaA)).toString('latin1');
    const expected = pruneElements(latin1, new Set(['Also', 'Kept'])).replace(
      'schemaLocation="b.xsd"',
      'schemaLocation="/x/ns/1.xsd"',
    );
    expect(Buffer.from(a).toString('latin1')).toBe(expected);
    const text = dec(a);
    expect(text).toContain('<xs:element name="Kept"');
    expect(text).toContain('<!-- é€ -->');
    expect(text).not.toContain('Gone');
    expect(text).not.toContain('Référence');
    expect(text.split('\n').length).toBe(schemaA.split('\n').length);
    expect(text).toContain('\r\n');
    expect(a.length).toBe(enc(schemaA).length + '/x/ns/1.xsd'.length - 'b.xsd'.length);
    expect(fileOf(prep.files, '/b.xsd')).toBe(pruneElements(schemaB, new Set(['B2'])));
  });

  it('keeps the scan of an immutable input with its byte array (found by identity, not rescanned)', () => {
    const bytes = enc(schemaA);
    const bBytes = enc(schemaB);
    const inputs = [
      { url: A, bytes, immutable: true },
      { url: B, bytes: bBytes, immutable: true },
    ];
    const first = prepareSchemas(inputs, [A]);
    expect(fileOf(first.files, '/a.xsd')).toContain('schemaLocation="/x/ns/1.xsd"');
    // break the promise: the reference is renamed in place; the kept scan still knows the import of b.xsd
    const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('"b.xsd"') + 1;
    bytes[at] = 'c'.charCodeAt(0);
    const again = prepareSchemas(inputs, [A]);
    expect(again.files.map((f) => f.fileName)).toEqual(first.files.map((f) => f.fileName));
    expect(again.used).toBe(2);
    // the same bytes as mutable input are scanned afresh: c.xsd is missing, b.xsd is no longer reached
    const fresh = prepareSchemas(
      [
        { url: A, bytes },
        { url: B, bytes: bBytes },
      ],
      [A],
    );
    expect(fresh.used).toBe(1);
    expect([...fresh.pathToUrl.values()]).toContain('https://example.com/t/c.xsd');
  });
});
