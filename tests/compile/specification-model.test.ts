/**
 * buildSchemaModel derives the concepts and types of a DTS's specification schemas (documents under xbrl.org and
 * w3.org) once per set of those documents (src/compile/schema.ts `specificationSignature`), unless another schema of the
 * DTS declares something in a namespace they declare or name.
 */
import { describe, expect, it } from 'vitest';
import { buildSchemaModel } from '../../src/compile/schema.js';
import type { Dts, DtsDocument } from '../../src/dts/discover.js';
import { parseXml } from '../../src/xml/parse.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const SPEC_NS = 'http://www.xbrl.org/2099/spec-test';
const doc = (url: string, tns: string, body: string): DtsDocument => {
  const bytes = new TextEncoder().encode(
    `<xs:schema xmlns:xs="${XS}" xmlns:s="${SPEC_NS}" targetNamespace="${tns}">${body}</xs:schema>`,
  );
  return { url, doc: parseXml(bytes, url), bytes, kind: 'schema', targetNamespace: tns };
};
const SPEC = doc(
  'http://www.xbrl.org/2099/spec-test.xsd',
  SPEC_NS,
  '<xs:element name="item" abstract="true"/>' +
    '<xs:simpleType name="codeType"><xs:restriction base="s:baseType"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>' +
    '<xs:element name="Code" type="s:codeType" substitutionGroup="s:item"/>',
);
const dtsOf = (...docs: DtsDocument[]): Dts => ({
  entryPoints: [docs[0]!.url],
  documents: new Map(docs.map((d) => [d.url, d])),
  findings: [],
});
const custom = (n: number, tns: string, body: string) => doc(`https://example.com/${n}.xsd`, tns, body);

describe('buildSchemaModel: the specification schemas', () => {
  it('gives another DTS with the same specification documents the same concept and type objects, and equal results', () => {
    const a = buildSchemaModel(dtsOf(custom(1, 'urn:a', '<xs:element name="A" type="s:codeType"/>'), SPEC));
    const b = buildSchemaModel(dtsOf(custom(2, 'urn:b', '<xs:element name="B" type="s:codeType"/>'), SPEC));
    expect(b.concepts[`{${SPEC_NS}}Code`]).toBe(a.concepts[`{${SPEC_NS}}Code`]);
    expect(b.types[`{${SPEC_NS}}codeType`]).toBe(a.types[`{${SPEC_NS}}codeType`]);
    // the DTS's own concept takes the specification type object, as a build of its own would
    expect(b.concepts['{urn:b}B']!.valueType).toBe(b.types[`{${SPEC_NS}}codeType`]);
    expect(b.concepts[`{${SPEC_NS}}Code`]!.valueType).toBeUndefined(); // s:baseType is declared nowhere
  });

  it('derives them again when another schema declares in a namespace they name', () => {
    buildSchemaModel(dtsOf(custom(3, 'urn:c', ''), SPEC));
    // the missing s:baseType, declared by a schema that is not a specification document
    const shadow = custom(
      4,
      SPEC_NS,
      '<xs:simpleType name="baseType"><xs:restriction base="xs:decimal"/></xs:simpleType>',
    );
    const m = buildSchemaModel(dtsOf(shadow, SPEC));
    const code = m.concepts[`{${SPEC_NS}}Code`]!;
    expect(code.valueType).toMatchObject({ variety: 'atomic', builtin: 'decimal' });
    expect(code.numeric).toBe(true);
  });
});
