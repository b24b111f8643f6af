/**
 * http://www.xbrl.org/2003/xl-2003-12-31.xsd — the abstract XLink building blocks of XBRL 2.1 (section 3.5):
 * the `xl:` types and abstract elements that every XBRL link, locator, arc and resource is derived from.
 */
import { indent, schemaDocument, XML_NS } from './xsd.js';

/** One `<xs:attribute ref="xlink:..."/>` per entry: [name, use, fixed value]. */
type XlinkAttr = [name: string, use?: 'required', fixed?: string];

function xlinkAttrs(attrs: XlinkAttr[]): string[] {
  return attrs.map(
    ([n, use, fixed]) =>
      `<xs:attribute ref="xlink:${n}"${use ? ` use="${use}"` : ''}${fixed ? ` fixed="${fixed}"` : ''}/>`,
  );
}

/**
 * A named complex type restricting xs:anyType, with its abstract element of the same base name.
 * `content` is the particle (or none), `extra` further attribute declarations.
 */
function xlType(
  name: string,
  o: { mixed?: boolean; content?: string[]; xlink: XlinkAttr[]; extra?: string[]; openAttributes?: string },
): string[] {
  const mixed = o.mixed ? ' mixed="true"' : '';
  return [
    `<xs:complexType name="${name}Type">`,
    `  <xs:complexContent${mixed}>`,
    '    <xs:restriction base="xs:anyType">',
    ...indent(o.content ?? [], 3),
    ...indent(xlinkAttrs(o.xlink), 3),
    ...indent(o.extra ?? [], 3),
    ...(o.openAttributes ? [`      <xs:anyAttribute namespace="${o.openAttributes}" processContents="lax"/>`] : []),
    '    </xs:restriction>',
    '  </xs:complexContent>',
    '</xs:complexType>',
    `<xs:element name="${name}" type="xl:${name}Type" abstract="true"/>`,
    '',
  ];
}

const TITLES = [
  '<xs:sequence>',
  '  <xs:element ref="xl:title" minOccurs="0" maxOccurs="unbounded"/>',
  '</xs:sequence>',
];

const BODY: string[] = [
  '<xs:simpleType name="nonEmptyURI">',
  '  <xs:restriction base="xs:anyURI">',
  '    <xs:minLength value="1"/>',
  '  </xs:restriction>',
  '</xs:simpleType>',
  '',
  // documentation: text with foreign attributes (section 3.5.2.3)
  '<xs:complexType name="documentationType">',
  '  <xs:simpleContent>',
  '    <xs:extension base="xs:string">',
  '      <xs:anyAttribute namespace="##other" processContents="lax"/>',
  '    </xs:extension>',
  '  </xs:simpleContent>',
  '</xs:complexType>',
  '<xs:element name="documentation" type="xl:documentationType" abstract="true"/>',
  '',
  // title-type elements (section 3.5.2.2)
  ...xlType('title', { xlink: [['type', 'required', 'title']] }),
  // locators (section 3.5.3.7)
  ...xlType('locator', {
    content: TITLES,
    xlink: [['type', 'required', 'locator'], ['href', 'required'], ['label', 'required'], ['role'], ['title']],
  }),
  // arcs (section 3.5.3.9) and the values of their use attribute
  '<xs:simpleType name="useEnum">',
  '  <xs:restriction base="xs:NMTOKEN">',
  '    <xs:enumeration value="optional"/>',
  '    <xs:enumeration value="prohibited"/>',
  '  </xs:restriction>',
  '</xs:simpleType>',
  ...xlType('arc', {
    content: TITLES,
    xlink: [
      ['type', 'required', 'arc'],
      ['from', 'required'],
      ['to', 'required'],
      ['arcrole', 'required'],
      ['title'],
      ['show'],
      ['actuate'],
    ],
    extra: [
      '<xs:attribute name="order" type="xs:decimal"/>',
      '<xs:attribute name="use" type="xl:useEnum"/>',
      '<xs:attribute name="priority" type="xs:integer"/>',
    ],
    openAttributes: '##other',
  }),
  // resources (section 3.5.3.8): text content, an id for pointing at them
  ...xlType('resource', {
    mixed: true,
    xlink: [['type', 'required', 'resource'], ['label', 'required'], ['role'], ['title']],
    extra: ['<xs:attribute name="id" type="xs:ID"/>'],
  }),
  // extended links (section 3.5.3)
  ...xlType('extended', {
    content: [
      '<xs:choice minOccurs="0" maxOccurs="unbounded">',
      ...['title', 'documentation', 'locator', 'arc', 'resource'].map((e) => `  <xs:element ref="xl:${e}"/>`),
      '</xs:choice>',
    ],
    xlink: [['type', 'required', 'extended'], ['role', 'required'], ['title']],
    extra: ['<xs:attribute name="id" type="xs:ID"/>'],
    openAttributes: XML_NS,
  }),
  // simple links (section 3.5.1)
  ...xlType('simple', {
    xlink: [
      ['type', 'required', 'simple'],
      ['href', 'required'],
      ['arcrole'],
      ['role'],
      ['title'],
      ['show'],
      ['actuate'],
    ],
    openAttributes: XML_NS,
  }),
];

export const XL_XSD = schemaDocument({
  prefix: 'xl',
  comment: 'Built into sbr-validator: abstract XLink types of XBRL 2.1, written from the XBRL 2.1 specification.',
  imports: [{ prefix: 'xlink', location: 'xlink-2003-12-31.xsd' }],
  uses: [],
  body: BODY,
});
