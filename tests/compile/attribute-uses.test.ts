/**
 * The attribute uses compiled per element declaration (`Concept.allowedAttributes` / `requiredAttributes`, XML Schema
 * 1.0 Part 1 section 3.4.2), which the schema-validity proof relies on (src/instance/schema-proof.ts): inherited through
 * extension and restriction, prohibited uses left out, required ones kept required, and nothing compiled when a use,
 * group or base type does not resolve, the type is abstract or the declaration has identity constraints.
 */
import { describe, expect, it } from 'vitest';
import { buildSchemaModel } from '../../src/compile/schema.js';
import type { Dts, DtsDocument } from '../../src/dts/discover.js';
import { parseXml } from '../../src/xml/parse.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const URL = 'https://example.com/uses.xsd';
const SCHEMA = `<xs:schema xmlns:xs="${XS}" xmlns:t="urn:t" targetNamespace="urn:t">
  <xs:attribute name="global" type="xs:integer"/>
  <xs:attributeGroup name="common">
    <xs:attribute name="id" type="xs:ID"/>
    <xs:attribute name="ref" type="xs:IDREF" use="required"/>
  </xs:attributeGroup>
  <xs:complexType name="base">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attributeGroup ref="t:common"/>
        <xs:attribute name="note"/>
        <xs:attribute name="gone" type="xs:string"/>
        <xs:attribute name="count" type="xs:integer"/>
        <xs:attribute ref="t:global"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="narrow">
    <xs:simpleContent>
      <xs:restriction base="t:base">
        <xs:maxLength value="5"/>
        <xs:attribute name="gone" use="prohibited"/>
        <xs:attribute name="note" use="required"/>
        <xs:attribute name="count"/>
      </xs:restriction>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="broken">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attributeGroup ref="t:missing"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="unknownType">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="odd" type="t:nowhere"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:element name="Base" type="t:base"/>
  <xs:element name="Narrow" type="t:narrow"/>
  <xs:element name="Broken" type="t:broken"/>
  <xs:element name="OfUnknownBase" type="t:elsewhere"/>
  <xs:element name="OddAttribute" type="t:unknownType"/>
  <xs:element name="Keyed" type="t:base"><xs:key name="k"><xs:selector xpath="."/><xs:field xpath="@id"/></xs:key></xs:element>
  <xs:complexType name="abstractBase" abstract="true">
    <xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent>
  </xs:complexType>
  <xs:element name="OfAbstractType" type="t:abstractBase"/>
  <xs:element name="Plain" type="xs:string"/>
</xs:schema>`;

const bytes = new TextEncoder().encode(SCHEMA);
const d: DtsDocument = { url: URL, doc: parseXml(bytes, URL), bytes, kind: 'schema', targetNamespace: 'urn:t' };
const dts: Dts = { entryPoints: [URL], documents: new Map([[URL, d]]), findings: [] };
const concepts = buildSchemaModel(dts).concepts;
const uses = (name: string) => {
  const c = concepts[`{urn:t}${name}`]!;
  return { allowed: c.allowedAttributes, required: c.requiredAttributes };
};

describe('compiled attribute uses', () => {
  it('collects the uses of a type: local, groups, untyped and global references', () => {
    expect(uses('Base')).toEqual({
      allowed: ['count', 'gone', 'id', 'note', 'ref', '{urn:t}global'],
      required: ['ref'],
    });
  });

  // (an untyped redeclaration of a typed use, `count`, is left out: which type libxml2 applies is not decided)
  it('inherits through restriction, without prohibited uses, with uses made required', () => {
    expect(uses('Narrow')).toEqual({ allowed: ['id', 'note', 'ref', '{urn:t}global'], required: ['note', 'ref'] });
  });

  it('gives a simple-typed declaration no attributes', () => {
    expect(uses('Plain')).toEqual({ allowed: [], required: [] });
  });

  it('compiles nothing when a group or the type does not resolve, or for identity constraints', () => {
    expect(uses('Broken')).toEqual({ allowed: undefined, required: undefined });
    expect(uses('OfUnknownBase')).toEqual({ allowed: undefined, required: undefined });
    expect(uses('Keyed')).toEqual({ allowed: undefined, required: undefined });
    // an element of an abstract type (invalid without xsi:type) is not described either
    expect(uses('OfAbstractType')).toEqual({ allowed: undefined, required: undefined });
  });

  it('leaves out a use whose type does not compile (its values cannot be checked)', () => {
    expect(uses('OddAttribute')).toEqual({ allowed: [], required: [] });
  });
});
