/**
 * buildSchemaModel's `declarationsOnly` (what layering passes for its stubs of base documents, src/artifact/layer.ts):
 * the elements of those schemas resolve the other schemas' substitution groups and stay in `elements`, but become no
 * concept.
 */
import { describe, expect, it } from 'vitest';
import { buildSchemaModel } from '../../src/compile/schema.js';
import type { Dts, DtsDocument } from '../../src/dts/discover.js';
import { parseXml } from '../../src/xml/parse.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const doc = (url: string, tns: string, body: string): DtsDocument => {
  const bytes = new TextEncoder().encode(
    `<xs:schema xmlns:xs="${XS}" xmlns:b="urn:base" targetNamespace="${tns}">${body}</xs:schema>`,
  );
  return { url, doc: parseXml(bytes, url), bytes, kind: 'schema', targetNamespace: tns };
};
// a stub of a base schema (names and ids only, as layer.ts makes them) and an extension element whose substitution
// group is a base element: the chain stops at the stub's declaration
const STUB = doc('https://base.example/base.xsd', 'urn:base', '<xs:element name="Head" id="b_Head"/>');
const EXT = doc('https://ext.example/ext.xsd', 'urn:ext', '<xs:element name="Own" substitutionGroup="b:Head"/>');
const dts: Dts = {
  entryPoints: [EXT.url],
  documents: new Map([
    [EXT.url, EXT],
    [STUB.url, STUB],
  ]),
  findings: [],
};

describe('buildSchemaModel declarationsOnly', () => {
  it('keeps the declarations of the skipped schemas but makes concepts only of the others', () => {
    const m = buildSchemaModel(dts, { declarationsOnly: (u) => u === STUB.url });
    expect(Object.keys(m.concepts)).toEqual(['{urn:ext}Own']);
    expect(m.concepts['{urn:ext}Own']!.substitutionGroups).toEqual(['{urn:base}Head']);
    expect([...m.elements.keys()].sort()).toEqual(['{urn:base}Head', '{urn:ext}Own']);
  });

  it('makes concepts of every schema by default', () => {
    const m = buildSchemaModel(dts);
    expect(Object.keys(m.concepts).sort()).toEqual(['{urn:base}Head', '{urn:ext}Own']);
    expect(m.concepts['{urn:base}Head']!.id).toBe('b_Head');
  });
});
