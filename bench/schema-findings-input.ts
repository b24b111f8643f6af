/**
 * A schema and a generated document with many XML Schema errors of several kinds (pattern and enumeration facets,
 * invalid decimals, unexpected elements, missing and extraneous attributes, missing children; start tags over
 * several lines and two on one line), for bench/schema-findings.ts and tests/xml/schema-findings.test.ts. Each group
 * gives 8 findings after deduplication (src/xml/schema-validate.ts).
 */
export const NS = 'http://example.com/many';

export const SCHEMA = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:m="${NS}" targetNamespace="${NS}" elementFormDefault="qualified">
  <xs:simpleType name="code"><xs:restriction base="xs:string"><xs:pattern value="[0-9]{3}"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="kind"><xs:restriction base="xs:token"><xs:enumeration value="a"/><xs:enumeration value="b"/></xs:restriction></xs:simpleType>
  <xs:complexType name="rec"><xs:attribute name="id" type="xs:ID" use="required"/></xs:complexType>
  <xs:complexType name="box"><xs:sequence><xs:element name="inner" type="xs:string"/></xs:sequence></xs:complexType>
  <xs:element name="root">
    <xs:complexType><xs:sequence><xs:element ref="m:group" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
  </xs:element>
  <xs:element name="group">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="code" type="m:code" maxOccurs="unbounded"/>
        <xs:element name="kind" type="m:kind"/>
        <xs:element name="num" type="xs:decimal"/>
        <xs:element name="rec" type="m:rec" maxOccurs="unbounded"/>
        <xs:element name="box" type="m:box"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;

/**
 * A document of `groups` groups, each giving 8 schema findings. `prefix` '' puts the namespace in the default
 * namespace (findings name elements without a prefix); `crlf` ends lines with CR LF.
 */
export function manyErrorsDocument(groups: number, options: { prefix?: string; crlf?: boolean } = {}): string {
  const p = options.prefix ?? 'm';
  const q = p === '' ? '' : p + ':';
  const decl = p === '' ? `xmlns="${NS}"` : `xmlns:${p}="${NS}"`;
  const parts = [`<?xml version="1.0" encoding="UTF-8"?>\n<${q}root ${decl}>\n`];
  for (let i = 0; i < groups; i++) {
    parts.push(
      `  <${q}group>\n`,
      `    <${q}code>${i}x</${q}code><${q}code>12${i % 10}</${q}code>\n`,
      `    <${q}kind>k${i}</${q}kind>\n`,
      `    <${q}num>n${i}</${q}num>\n`,
      `    <${q}rec\n`,
      `       other="${i}"/>\n`,
      `    <${q}rec id="r${i}" bogus="1"/>\n`,
      `    <${q}box></${q}box>\n`,
      `    <${q}stray>${i}</${q}stray>\n`,
      `  </${q}group>\n`,
    );
  }
  parts.push(`</${q}root>\n`);
  const text = parts.join('');
  return options.crlf ? text.replace(/\n/g, '\r\n') : text;
}
