import { describe, expect, it } from 'vitest';
import { errors, haveSchemas, HEAD, ITEMS, validateTaxonomy } from './taxonomy-fixture.js';

const DEFS = `<?xml version="1.0"?>
<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:lax" elementFormDefault="qualified">
  <element name="int" type="integer"/>
  <attribute name="intAttr" type="integer"/>
</schema>
`;
const withDefs = (body: string, appinfo = '') =>
  `${HEAD.replace('<xs:import ', '<xs:import namespace="urn:lax" schemaLocation="defs.xsd"/>\n  <xs:import ').replace('xmlns:t=', 'xmlns:lax="urn:lax" xmlns:t=')}  <xs:annotation><xs:appinfo>${appinfo}</xs:appinfo></xs:annotation>\n${body}</xs:schema>\n`;

describe.runIf(haveSchemas)('taxonomy-only validation: XML Schema validity of the taxonomy documents', () => {
  it('accepts a valid taxonomy, and valid lax appinfo content and attributes', async () => {
    const docs = {
      'mem:/defs.xsd': DEFS,
      'mem:/t.xsd': withDefs(
        ITEMS.replace('/>', ' lax:intAttr="12"/>'),
        '<lax:int>3</lax:int><lax:undeclared>x</lax:undeclared>',
      ),
    };
    expect(errors(await validateTaxonomy(docs, 'mem:/t.xsd'))).toEqual([]);
  });
  it('validates appinfo elements and foreign attributes laxly against the DTS schemas', async () => {
    const bad = { 'mem:/defs.xsd': DEFS, 'mem:/t.xsd': withDefs(ITEMS, '<lax:int>three</lax:int>') };
    expect(errors(await validateTaxonomy(bad, 'mem:/t.xsd'))).toEqual(['xmlSchema:valueError']);
    const badAttr = { 'mem:/defs.xsd': DEFS, 'mem:/t.xsd': withDefs(ITEMS.replace('/>', ' lax:intAttr="twelve"/>')) };
    expect(errors(await validateTaxonomy(badAttr, 'mem:/t.xsd'))).toEqual(['xmlSchema:valueError']);
  });
  it('reports Unique Particle Attribution violations of the taxonomy schemas', async () => {
    const upa = `${HEAD}${ITEMS}  <xs:complexType name="c"><xs:sequence><xs:element ref="t:a" minOccurs="0"/><xs:element ref="t:a"/></xs:sequence></xs:complexType>\n</xs:schema>\n`;
    const r = await validateTaxonomy({ 'mem:/t.xsd': upa }, 'mem:/t.xsd');
    expect(errors(r)).toContain('xmlSchema:schemaError');
    expect(r.findings.find((f) => f.code === 'xmlSchema:schemaError')!.file).toBe('mem:/t.xsd');
  });
  it('validates linkbases, including the lax xml:lang attribute', async () => {
    const lb = (lang: string) => `<?xml version="1.0"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
  <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <link:loc xlink:type="locator" xlink:href="t.xsd#a" xlink:label="a"/>
    <link:label xlink:type="resource" xlink:label="l" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="${lang}">A</link:label>
    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="a" xlink:to="l"/>
  </link:labelLink>
</link:linkbase>
`;
    const xsd = `${HEAD}${ITEMS.replace('name="a"', 'id="a" name="a"')}</xs:schema>\n`;
    expect(errors(await validateTaxonomy({ 'mem:/t.xsd': xsd, 'mem:/l.xml': lb('en') }, 'mem:/l.xml'))).toEqual([]);
    const r = await validateTaxonomy({ 'mem:/t.xsd': xsd, 'mem:/l.xml': lb('x-startrek-klingonian') }, 'mem:/l.xml');
    expect(errors(r)).toEqual(['xmlSchema:valueError']);
    expect(r.findings[0]!.file).toBe('mem:/l.xml');
  });
});
