/**
 * prepareSchemas' type pruning (issue 14): with the used element names known and no xsi:type in the instance, the
 * top-level type definitions that no kept declaration reaches are blanked from the copies libxml2 compiles; the
 * findings of valid and invalid instances are those of the unpruned schemas.
 */
import { describe, expect, it } from 'vitest';
import { prepareSchemas } from '../../src/xml/schema-prepare.js';
import { usesXsiType, validateAgainstSchemas } from '../../src/xml/schema-validate.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

const A = 'https://example.com/types/a.xsd';
const B = 'https://example.com/types/b.xsd';
// Used: Amount (type AmountType, restriction of Base), Code (anonymous type whose base is CodeBase, list ListOf in an
// attribute group). Unused: Other (type OtherType), Lonely, and Member (a union member of Unused).
const schemaA = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:a="urn:a" xmlns:b="urn:b" targetNamespace="urn:a" elementFormDefault="qualified">
  <xs:import namespace="urn:b" schemaLocation="b.xsd"/>
  <xs:element name="root">
    <xs:complexType><xs:sequence><xs:element ref="a:Amount"/><xs:element ref="a:Code" minOccurs="0"/></xs:sequence></xs:complexType>
  </xs:element>
  <xs:element name="Amount" type="a:AmountType"/>
  <xs:element name="Other" type="a:OtherType"/>
  <xs:element name="Code">
    <xs:complexType><xs:simpleContent><xs:extension base="b:CodeBase"><xs:attributeGroup ref="a:codeAttrs"/></xs:extension></xs:simpleContent></xs:complexType>
  </xs:element>
  <xs:attributeGroup name="codeAttrs"><xs:attribute name="list" type="b:ListOf"/></xs:attributeGroup>
  <xs:simpleType name="AmountType"><xs:restriction base="a:Base"><xs:maxInclusive value="100"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Base"><xs:restriction base="xs:decimal"/></xs:simpleType>
  <xs:complexType name="OtherType"><xs:sequence><xs:element name="x" type="xs:string"/></xs:sequence></xs:complexType>
  <xs:simpleType name="Lonely"><xs:restriction base="xs:string"/></xs:simpleType>
</xs:schema>
`;
const schemaB = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:b" targetNamespace="urn:b">
  <xs:simpleType name="CodeBase"><xs:restriction base="xs:token"><xs:enumeration value="X"/><xs:enumeration value="Y"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="ListOf"><xs:list itemType="b:Item"/></xs:simpleType>
  <xs:simpleType name="Item"><xs:restriction base="xs:integer"/></xs:simpleType>
  <xs:simpleType name="Unused"><xs:union memberTypes="b:Member xs:date"/></xs:simpleType>
  <xs:simpleType name="Member"><xs:restriction base="xs:string"/></xs:simpleType>
</xs:schema>
`;
const schemas = [
  { url: A, bytes: enc(schemaA) },
  { url: B, bytes: enc(schemaB) },
];
const doc = (amount: string, code: string, list: string, extra = '') =>
  `<a:root xmlns:a="urn:a"${extra}><a:Amount>${amount}</a:Amount><a:Code list="${list}">${code}</a:Code></a:root>`;

const typeNames = (text: string) => [...text.matchAll(/<xs:(?:simple|complex)Type name="(\w+)"/g)].map((m) => m[1]);

describe('prepareSchemas: unused type definitions', () => {
  it('blanks the type definitions no kept declaration reaches, keeping base, item and attribute types', () => {
    const used = new Set(['root', 'Amount', 'Code']);
    const prep = prepareSchemas(schemas, [A], { usedElementNames: used, pruneUnusedTypes: true });
    const a = dec(prep.files.find((f) => f.fileName.endsWith('/a.xsd'))!.contents);
    const b = dec(prep.files.find((f) => f.fileName.endsWith('/b.xsd'))!.contents);
    expect(typeNames(a)).toEqual(['AmountType', 'Base']);
    expect(typeNames(b)).toEqual(['CodeBase', 'ListOf', 'Item']);
    // blanked, not removed: lines and byte offsets hold
    expect(a.split('\n').length).toBe(schemaA.split('\n').length);
    expect(a.length).toBe(schemaA.length + ('/x/ns/1.xsd'.length - 'b.xsd'.length));
    // without the option (or with xsi:type in the instance) every type definition stays
    const all = prepareSchemas(schemas, [A], { usedElementNames: used });
    expect(typeNames(dec(all.files.find((f) => f.fileName.endsWith('/b.xsd'))!.contents))).toEqual([
      'CodeBase',
      'ListOf',
      'Item',
      'Unused',
      'Member',
    ]);
  });

  it('gives the findings of the unpruned schemas, for a valid and for invalid instances', async () => {
    const cases = [doc('12.5', 'X', '1 2'), doc('120', 'X', '1'), doc('1', 'Z', '1'), doc('1', 'X', 'a')];
    const got: string[][] = [];
    for (const d of cases) {
      const input = { url: 'https://example.com/types/doc.xml', bytes: d };
      const pruned = await validateAgainstSchemas(input, schemas, [A]);
      const full = await validateAgainstSchemas(input, schemas, [A], { pruneUnusedElements: false });
      expect(pruned.map((f) => [f.code, f.line])).toEqual(full.map((f) => [f.code, f.line]));
      got.push(pruned.map((f) => f.code));
    }
    expect(got[0]).toEqual([]);
    for (const g of got.slice(1)) expect(g).toEqual(['xmlSchema:valueError']);
  });

  it('an instance that names a type with xsi:type keeps every type definition', async () => {
    const xsi = ' xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
    expect(usesXsiType(doc('1', 'X', '1', xsi))).toBe(false);
    const typed = doc('1', 'X', '1', xsi).replace('<a:Amount>', '<a:Amount i:type="a:Lonely">');
    expect(usesXsiType(typed)).toBe(true);
    // a namespace name written with a character reference is still the XML Schema instance namespace
    expect(usesXsiType(typed.replace('http://www.w3', '&#x68;ttp://www.w3'))).toBe(true);
    expect(usesXsiType(typed.replace('i:type', 'j:type'))).toBe(false);
    // Lonely is not derived from AmountType: libxml2 reports it, which it could not if Lonely had been blanked
    const findings = await validateAgainstSchemas({ url: 'https://example.com/types/doc.xml', bytes: typed }, schemas, [
      A,
    ]);
    expect(findings.map((f) => f.code)).not.toEqual([]);
    expect(findings.some((f) => /Lonely/.test(f.message))).toBe(true);
  });
});
