import { describe, expect, it } from 'vitest';
import { errors, haveSchemas, HEAD, ITEMS, validateTaxonomy } from '../../xml/taxonomy-fixture.js';

const tuple = (content: string, attrs = '', ctAttrs = '') => `${HEAD}${ITEMS}
  <xs:element name="t" substitutionGroup="xbrli:tuple">
    <xs:complexType${ctAttrs}><xs:complexContent><xs:restriction base="xs:anyType">
      <xs:sequence>${content}</xs:sequence>${attrs}
    </xs:restriction></xs:complexContent></xs:complexType>
  </xs:element>
</xs:schema>
`;
const run = (xsd: string) => validateTaxonomy({ 'mem:/t.xsd': xsd }, 'mem:/t.xsd', false);

describe.runIf(haveSchemas)('XBRL 2.1 section 4.9 tuple declarations', () => {
  it('accepts references to items, xs:any and anyAttribute in the linkbase namespace', async () => {
    const r = await run(
      tuple(
        '<xs:element ref="t:a"/><xs:element ref="t:b" minOccurs="0"/><xs:any/>',
        '<xs:anyAttribute namespace="http://www.xbrl.org/2003/linkbase"/>',
      ),
    );
    expect(errors(r)).toEqual([]);
  });
  it('rejects local element declarations', async () => {
    expect(errors(await run(tuple('<xs:element name="local" type="xbrli:stringItemType"/>')))).toEqual([
      'xbrl.4.9:tupleContent',
    ]);
  });
  it('rejects attributes in XBRL namespaces (xbrli:periodType, xlink:href)', async () => {
    expect(errors(await run(tuple('<xs:element ref="t:a"/>', '<xs:attribute ref="xbrli:periodType"/>')))).toEqual([
      'xbrl.4.9:tupleAttribute',
    ]);
    const xl = tuple('<xs:element ref="t:a"/>', '<xs:attribute ref="xlink:href"/>').replace(
      '<xs:import ',
      '<xs:import namespace="http://www.w3.org/1999/xlink" schemaLocation="http://www.xbrl.org/2003/xlink-2003-12-31.xsd"/>\n  <xs:import ',
    );
    expect(errors(await run(xl))).toEqual(['xbrl.4.9:tupleAttribute']);
  });
  it('rejects mixed content', async () => {
    expect(errors(await run(tuple('<xs:element ref="t:a"/>', '', ' mixed="true"')))).toEqual(['xbrl.4.9:tupleMixed']);
  });
  it('rejects xs:redefine (section 5.1)', async () => {
    const base = `${HEAD}${ITEMS}  <xs:complexType name="ct"><xs:sequence><xs:element ref="t:a"/></xs:sequence></xs:complexType>\n</xs:schema>\n`;
    const red = `${HEAD.replace('<xs:import ', '<xs:redefine schemaLocation="base.xsd"><xs:complexType name="ct"><xs:complexContent><xs:restriction base="t:ct"><xs:sequence><xs:element ref="t:a"/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType></xs:redefine>\n  <xs:import ')}</xs:schema>\n`;
    const r = await validateTaxonomy({ 'mem:/base.xsd': base, 'mem:/r.xsd': red }, 'mem:/r.xsd', false);
    expect(errors(r)).toContain('xbrl.5.1:redefine');
  });
});
