/**
 * Inputs for tests/xml/schema-engine-memory.test.ts and its child process (schema-engine-child.ts): one small
 * schema (a string of at most 5 characters, a decimal total, a date) and documents, valid and invalid, small and big.
 */
import { runXmllint, type XmllintRun } from '../../src/xml/schema-engine.js';

const SCHEMA = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
    targetNamespace="urn:mem" xmlns="urn:mem">
  <xs:element name="doc">
    <xs:complexType><xs:sequence>
      <xs:element name="code" maxOccurs="unbounded">
        <xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="5"/></xs:restriction></xs:simpleType>
      </xs:element>
      <xs:element name="total" type="xs:decimal" minOccurs="0"/>
      <xs:element name="date" type="xs:date" minOccurs="0"/>
      <xs:element name="note" type="xs:string" minOccurs="0"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
`;

const doc = (body: string): string => `<?xml version="1.0"?>\n<doc xmlns="urn:mem">${body}</doc>\n`;

/** Validates `body` (the content of the root element) against the schema: `xmllint --schema s.xsd --noout d.xml`. */
export function validate(body: string): Promise<XmllintRun> {
  return runXmllint(
    [
      { fileName: 'mem/s.xsd', contents: SCHEMA },
      { fileName: 'mem/d.xml', contents: doc(body) },
    ],
    ['--schema', 'mem/s.xsd', '--noout', '--nonet', 'mem/d.xml'],
  );
}

/** Runs that write a lot: a 4 MB value that breaks maxLength, and a schema-valid document with a 3 MB note. */
export const BIG_BODIES = [
  `<code>${'x'.repeat(4_000_000)}</code>`,
  `<code>ab</code><note>${'y'.repeat(3_000_000)}</note>`,
];

/** Small runs whose results must not depend on what ran before: valid, and invalid in three ways. */
export const SMALL_BODIES = [
  '<code>ab</code><total>12.50</total><date>2024-12-31</date>',
  '<code>abcdef</code><total>1,5</total>',
  '<code>a</code><code>b</code><date>2024-02-30</date>',
  '<total>3</total>',
];

export async function smallResults(): Promise<XmllintRun[]> {
  const out: XmllintRun[] = [];
  for (const body of SMALL_BODIES) out.push(await validate(body));
  return out;
}
