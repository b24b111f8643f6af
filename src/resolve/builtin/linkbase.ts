/**
 * http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd — the `link:` vocabulary of XBRL 2.1: linkbases
 * (section 3.5.2), the standard extended links, arcs, locators and resources (sections 5.2 and 4.11), the
 * simple links schemaRef / linkbaseRef / roleRef / arcroleRef (sections 4.2, 4.3, 3.5.2.4, 3.5.2.5) and the
 * roleType / arcroleType declarations (sections 5.1.3, 5.1.4).
 */
import { enumType, indent, nonEmptyUriAttribute, schemaDocument, XML_NS } from './xsd.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Arcs of the standard links: name → extra attributes ([] = plain xl:arcType). */
const ARCS: ReadonlyArray<[string, string[]]> = [
  ['labelArc', []],
  ['referenceArc', []],
  ['definitionArc', []],
  // section 5.2.4.2: preferredLabel names the label role to show
  ['presentationArc', nonEmptyUriAttribute('preferredLabel')],
  // section 5.2.5.2: the weight of a summation-item relationship
  ['calculationArc', ['<xs:attribute name="weight" type="xs:decimal" use="required"/>']],
  ['footnoteArc', []],
];

/** Standard extended links (section 5.2) and their arcs and resources. */
const LINKS: ReadonlyArray<[link: string, arc: string, resource?: string]> = [
  ['presentationLink', 'presentationArc'],
  ['definitionLink', 'definitionArc'],
  ['calculationLink', 'calculationArc'],
  ['labelLink', 'labelArc', 'label'],
  ['referenceLink', 'referenceArc', 'reference'],
  ['footnoteLink', 'footnoteArc', 'footnote'],
];

function arc([name, attrs]: [string, string[]]): string[] {
  if (!attrs.length) return [`<xs:element name="${name}" type="xl:arcType" substitutionGroup="xl:arc"/>`];
  return [
    `<xs:element name="${name}" substitutionGroup="xl:arc">`,
    '  <xs:complexType>',
    '    <xs:complexContent>',
    '      <xs:extension base="xl:arcType">',
    ...indent(attrs, 4),
    '      </xs:extension>',
    '    </xs:complexContent>',
    '  </xs:complexType>',
    '</xs:element>',
  ];
}

/**
 * A resource element: mixed content extending xl:resourceType with `content`, and xml:* attributes when `xmlAttributes`
 * (label and footnote carry xml:lang; reference has no attribute wildcard).
 */
function resource(name: string, content: string[], xmlAttributes = true): string[] {
  return [
    `<xs:element name="${name}" substitutionGroup="xl:resource">`,
    '  <xs:complexType mixed="true">',
    '    <xs:complexContent mixed="true">',
    '      <xs:extension base="xl:resourceType">',
    ...indent(content, 4),
    ...(xmlAttributes ? [`        <xs:anyAttribute namespace="${XML_NS}" processContents="lax"/>`] : []),
    '      </xs:extension>',
    '    </xs:complexContent>',
    '  </xs:complexType>',
    '</xs:element>',
  ];
}

const XHTML_CONTENT = [
  '<xs:sequence>',
  `  <xs:any namespace="${XHTML_NS}" processContents="skip" minOccurs="0" maxOccurs="unbounded"/>`,
  '</xs:sequence>',
];

function extendedLink([name, arcName, res]: [string, string, string?]): string[] {
  const members = ['xl:title', 'link:documentation', 'link:loc', `link:${arcName}`, ...(res ? [`link:${res}`] : [])];
  return [
    `<xs:element name="${name}" substitutionGroup="xl:extended">`,
    '  <xs:complexType>',
    '    <xs:complexContent>',
    '      <xs:restriction base="xl:extendedType">',
    '        <xs:choice minOccurs="0" maxOccurs="unbounded">',
    ...members.map((m) => `          <xs:element ref="${m}"/>`),
    '        </xs:choice>',
    `        <xs:anyAttribute namespace="${XML_NS}" processContents="lax"/>`,
    '      </xs:restriction>',
    '    </xs:complexContent>',
    '  </xs:complexType>',
    '</xs:element>',
  ];
}

/** roleRef / arcroleRef: a simple link carrying the URI it is about. */
function uriRef(name: string, uriAttr: string): string[] {
  return [
    `<xs:element name="${name}" substitutionGroup="xl:simple">`,
    '  <xs:complexType>',
    '    <xs:complexContent>',
    '      <xs:extension base="xl:simpleType">',
    `        <xs:attribute name="${uriAttr}" type="xl:nonEmptyURI" use="required"/>`,
    '      </xs:extension>',
    '    </xs:complexContent>',
    '  </xs:complexType>',
    '</xs:element>',
  ];
}

/** roleType / arcroleType: definition?, usedOn+, the URI declared, an id, and extra attributes. */
function typeDeclaration(name: string, uriAttr: string, extra: string[]): string[] {
  return [
    `<xs:element name="${name}">`,
    '  <xs:complexType>',
    '    <xs:sequence>',
    '      <xs:element ref="link:definition" minOccurs="0"/>',
    '      <xs:element ref="link:usedOn" maxOccurs="unbounded"/>',
    '    </xs:sequence>',
    `    <xs:attribute name="${uriAttr}" type="xl:nonEmptyURI" use="required"/>`,
    '    <xs:attribute name="id" type="xs:ID"/>',
    ...indent(extra, 2),
    '  </xs:complexType>',
    '</xs:element>',
  ];
}

const BODY: string[] = [
  '<xs:element name="documentation" type="xl:documentationType" substitutionGroup="xl:documentation"/>',
  '<xs:element name="loc" type="xl:locatorType" substitutionGroup="xl:locator"/>',
  '',
  ...ARCS.flatMap(arc),
  '',
  ...resource('label', XHTML_CONTENT),
  // reference parts are declared in other schemas (e.g. ref-2006-02-27.xsd) in this abstract group
  '<xs:element name="part" type="xs:anySimpleType" abstract="true"/>',
  ...resource(
    'reference',
    ['<xs:sequence>', '  <xs:element ref="link:part" minOccurs="0" maxOccurs="unbounded"/>', '</xs:sequence>'],
    false,
  ),
  ...resource('footnote', XHTML_CONTENT),
  '',
  ...LINKS.flatMap(extendedLink),
  '',
  // the root of a linkbase document (section 3.5.2)
  '<xs:element name="linkbase">',
  '  <xs:complexType>',
  '    <xs:choice minOccurs="0" maxOccurs="unbounded">',
  '      <xs:element ref="link:documentation"/>',
  '      <xs:element ref="link:roleRef"/>',
  '      <xs:element ref="link:arcroleRef"/>',
  '      <xs:element ref="xl:extended"/>',
  '    </xs:choice>',
  '    <xs:attribute name="id" type="xs:ID"/>',
  `    <xs:anyAttribute namespace="${XML_NS}" processContents="lax"/>`,
  '  </xs:complexType>',
  '</xs:element>',
  '',
  // simple links (sections 4.2, 4.3, 3.5.2.4, 3.5.2.5)
  '<xs:element name="linkbaseRef" substitutionGroup="xl:simple">',
  '  <xs:complexType>',
  '    <xs:complexContent>',
  '      <xs:restriction base="xl:simpleType">',
  '        <xs:attribute ref="xlink:arcrole" use="required"/>',
  `        <xs:anyAttribute namespace="${XML_NS}" processContents="lax"/>`,
  '      </xs:restriction>',
  '    </xs:complexContent>',
  '  </xs:complexType>',
  '</xs:element>',
  '<xs:element name="schemaRef" type="xl:simpleType" substitutionGroup="xl:simple"/>',
  ...uriRef('roleRef', 'roleURI'),
  ...uriRef('arcroleRef', 'arcroleURI'),
  '',
  // role and arcrole declarations (sections 5.1.3, 5.1.4)
  '<xs:element name="definition" type="xs:string"/>',
  '<xs:element name="usedOn" type="xs:QName"/>',
  ...typeDeclaration('roleType', 'roleURI', []),
  ...typeDeclaration('arcroleType', 'arcroleURI', [
    '<xs:attribute name="cyclesAllowed" use="required">',
    ...indent(enumType('xs:NMTOKEN', ['any', 'undirected', 'none'])),
    '</xs:attribute>',
  ]),
];

export const LINKBASE_XSD = schemaDocument({
  prefix: 'link',
  comment: 'Built into sbr-validator: the XBRL 2.1 linkbase vocabulary, written from the XBRL 2.1 specification.',
  imports: [
    { prefix: 'xl', location: 'xl-2003-12-31.xsd' },
    { prefix: 'xlink', location: 'xlink-2003-12-31.xsd' },
  ],
  uses: [],
  body: BODY,
});
