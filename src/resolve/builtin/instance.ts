/**
 * http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd — the `xbrli:` vocabulary of XBRL 2.1: the concept
 * attributes periodType and balance (section 5.1.1), the item types (section 5.1.1.3), the abstract item and
 * tuple heads (sections 4.6, 4.9), contexts (4.7), units (4.8) and the xbrl root element (4.1).
 */
import { enumType, indent, schemaDocument, XML_NS } from './xsd.js';

/**
 * Item types of section 5.1.1.3: `<name>ItemType` extends the base type (an XML Schema built-in, or an
 * `xbrli:` simple type) with the attribute group. Numeric items carry unitRef and decimals/precision.
 */
const NUMERIC_BUILTINS = [
  'decimal',
  'float',
  'double',
  'integer',
  'nonPositiveInteger',
  'negativeInteger',
  'long',
  'int',
  'short',
  'byte',
  'nonNegativeInteger',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'positiveInteger',
];
const NON_NUMERIC_BUILTINS = [
  'string',
  'boolean',
  'hexBinary',
  'base64Binary',
  'anyURI',
  'QName',
  'duration',
  'time',
  'date',
  'gYearMonth',
  'gYear',
  'gMonthDay',
  'gDay',
  'gMonth',
  'normalizedString',
  'token',
  'language',
  'Name',
  'NCName',
];

/** [item type name without "ItemType", base type QName, attribute group]. */
export const ITEM_TYPES: ReadonlyArray<[string, string, 'numericItemAttrs' | 'nonNumericItemAttrs']> = [
  ...NUMERIC_BUILTINS.map((b) => [b, `xs:${b}`, 'numericItemAttrs'] as [string, string, 'numericItemAttrs']),
  ['monetary', 'xbrli:monetary', 'numericItemAttrs'],
  ['shares', 'xbrli:shares', 'numericItemAttrs'],
  ['pure', 'xbrli:pure', 'numericItemAttrs'],
  ...NON_NUMERIC_BUILTINS.map((b) => [b, `xs:${b}`, 'nonNumericItemAttrs'] as [string, string, 'nonNumericItemAttrs']),
  // dateTimeItemType accepts a date as well as a dateTime (section 5.1.1.3)
  ['dateTime', 'xbrli:dateUnion', 'nonNumericItemAttrs'],
];

/** Every item type name declared here, including fractionItemType (which has element content). */
export const ITEM_TYPE_NAMES: string[] = [...ITEM_TYPES.map(([n]) => `${n}ItemType`), 'fractionItemType'];

function itemType([name, base, group]: [string, string, string]): string[] {
  return [
    `<xs:complexType name="${name}ItemType" final="extension">`,
    '  <xs:simpleContent>',
    `    <xs:extension base="${base}">`,
    `      <xs:attributeGroup ref="xbrli:${group}"/>`,
    '    </xs:extension>',
    '  </xs:simpleContent>',
    '</xs:complexType>',
  ];
}

/** An attribute group: [name, lines]. */
const ATTRIBUTE_GROUPS: ReadonlyArray<[string, string[]]> = [
  // every fact may have an id and attributes from other namespaces (section 4.6)
  [
    'factAttrs',
    ['<xs:attribute name="id" type="xs:ID"/>', '<xs:anyAttribute namespace="##other" processContents="lax"/>'],
  ],
  ['tupleAttrs', ['<xs:attributeGroup ref="xbrli:factAttrs"/>']],
  [
    'itemAttrs',
    ['<xs:attributeGroup ref="xbrli:factAttrs"/>', '<xs:attribute name="contextRef" type="xs:IDREF" use="required"/>'],
  ],
  [
    'essentialNumericItemAttrs',
    ['<xs:attributeGroup ref="xbrli:itemAttrs"/>', '<xs:attribute name="unitRef" type="xs:IDREF" use="required"/>'],
  ],
  [
    'numericItemAttrs',
    [
      '<xs:attributeGroup ref="xbrli:essentialNumericItemAttrs"/>',
      '<xs:attribute name="precision" type="xbrli:precisionType"/>',
      '<xs:attribute name="decimals" type="xbrli:decimalsType"/>',
    ],
  ],
  ['nonNumericItemAttrs', ['<xs:attributeGroup ref="xbrli:itemAttrs"/>']],
];

/** A union of a built-in type and the literal "INF" (precision, decimals: section 4.6.4, 4.6.5). */
function orInfinity(name: string, member: string): string[] {
  return [
    `<xs:simpleType name="${name}">`,
    `  <xs:union memberTypes="${member}">`,
    ...indent(enumType('xs:string', ['INF']), 2),
    '  </xs:union>',
    '</xs:simpleType>',
  ];
}

/** A global element with an anonymous complex type of the given body lines. */
function element(name: string, body: string[], attrs = ''): string[] {
  return [
    `<xs:element name="${name}"${attrs}>`,
    '  <xs:complexType>',
    ...indent(body, 2),
    '  </xs:complexType>',
    '</xs:element>',
  ];
}

const ANY_OTHER = '<xs:any namespace="##other" processContents="lax" maxOccurs="unbounded"/>';

const BODY: string[] = [
  // concept attributes (section 5.1.1.1, 5.1.1.2)
  '<xs:attribute name="periodType">',
  ...indent(enumType('xs:token', ['instant', 'duration'])),
  '</xs:attribute>',
  '<xs:attribute name="balance">',
  ...indent(enumType('xs:token', ['debit', 'credit'])),
  '</xs:attribute>',
  '',
  // simple types behind the domain item types
  ...['monetary', 'shares', 'pure'].flatMap((n) => [
    `<xs:simpleType name="${n}">`,
    '  <xs:restriction base="xs:decimal"/>',
    '</xs:simpleType>',
  ]),
  // the denominator of a fraction is any decimal except zero
  '<xs:simpleType name="nonZeroDecimal">',
  '  <xs:union>',
  '    <xs:simpleType>',
  '      <xs:restriction base="xs:decimal">',
  '        <xs:minExclusive value="0"/>',
  '      </xs:restriction>',
  '    </xs:simpleType>',
  '    <xs:simpleType>',
  '      <xs:restriction base="xs:decimal">',
  '        <xs:maxExclusive value="0"/>',
  '      </xs:restriction>',
  '    </xs:simpleType>',
  '  </xs:union>',
  '</xs:simpleType>',
  ...orInfinity('precisionType', 'xs:nonNegativeInteger'),
  ...orInfinity('decimalsType', 'xs:integer'),
  '<xs:simpleType name="dateUnion">',
  '  <xs:union memberTypes="xs:date xs:dateTime"/>',
  '</xs:simpleType>',
  '',
  ...ATTRIBUTE_GROUPS.flatMap(([name, lines]) => [
    `<xs:attributeGroup name="${name}">`,
    ...indent(lines),
    '</xs:attributeGroup>',
  ]),
  '',
  ...ITEM_TYPES.flatMap(itemType),
  // a fraction is a numerator over a non-zero denominator (section 5.1.1.3), exact: no decimals/precision
  '<xs:element name="numerator" type="xs:decimal"/>',
  '<xs:element name="denominator" type="xbrli:nonZeroDecimal"/>',
  '<xs:complexType name="fractionItemType" final="extension">',
  '  <xs:sequence>',
  '    <xs:element ref="xbrli:numerator"/>',
  '    <xs:element ref="xbrli:denominator"/>',
  '  </xs:sequence>',
  '  <xs:attributeGroup ref="xbrli:essentialNumericItemAttrs"/>',
  '</xs:complexType>',
  '',
  // contexts (section 4.7)
  ...element('segment', ['<xs:sequence>', `  ${ANY_OTHER}`, '</xs:sequence>']),
  '<xs:complexType name="contextEntityType">',
  '  <xs:sequence>',
  '    <xs:element name="identifier">',
  '      <xs:complexType>',
  '        <xs:simpleContent>',
  '          <xs:extension base="xs:token">',
  '            <xs:attribute name="scheme" use="required">',
  '              <xs:simpleType>',
  '                <xs:restriction base="xs:anyURI">',
  '                  <xs:minLength value="1"/>',
  '                </xs:restriction>',
  '              </xs:simpleType>',
  '            </xs:attribute>',
  '          </xs:extension>',
  '        </xs:simpleContent>',
  '      </xs:complexType>',
  '    </xs:element>',
  '    <xs:element ref="xbrli:segment" minOccurs="0"/>',
  '  </xs:sequence>',
  '</xs:complexType>',
  '<xs:complexType name="contextPeriodType">',
  '  <xs:choice>',
  '    <xs:sequence>',
  '      <xs:element name="startDate" type="xbrli:dateUnion"/>',
  '      <xs:element name="endDate" type="xbrli:dateUnion"/>',
  '    </xs:sequence>',
  '    <xs:element name="instant" type="xbrli:dateUnion"/>',
  '    <xs:element name="forever">',
  '      <xs:complexType/>',
  '    </xs:element>',
  '  </xs:choice>',
  '</xs:complexType>',
  '<xs:complexType name="contextScenarioType">',
  '  <xs:sequence>',
  `    ${ANY_OTHER}`,
  '  </xs:sequence>',
  '</xs:complexType>',
  ...element('context', [
    '<xs:sequence>',
    '  <xs:element name="entity" type="xbrli:contextEntityType"/>',
    '  <xs:element name="period" type="xbrli:contextPeriodType"/>',
    '  <xs:element name="scenario" type="xbrli:contextScenarioType" minOccurs="0"/>',
    '</xs:sequence>',
    '<xs:attribute name="id" type="xs:ID" use="required"/>',
  ]),
  '',
  // units (section 4.8)
  '<xs:element name="measure" type="xs:QName"/>',
  '<xs:complexType name="measuresType">',
  '  <xs:sequence>',
  '    <xs:element ref="xbrli:measure" maxOccurs="unbounded"/>',
  '  </xs:sequence>',
  '</xs:complexType>',
  ...element('divide', [
    '<xs:sequence>',
    '  <xs:element name="unitNumerator" type="xbrli:measuresType"/>',
    '  <xs:element name="unitDenominator" type="xbrli:measuresType"/>',
    '</xs:sequence>',
  ]),
  ...element('unit', [
    '<xs:choice>',
    '  <xs:element ref="xbrli:measure" maxOccurs="unbounded"/>',
    '  <xs:element ref="xbrli:divide"/>',
    '</xs:choice>',
    '<xs:attribute name="id" type="xs:ID" use="required"/>',
  ]),
  '',
  // the heads of the item and tuple substitution groups (sections 4.6, 4.9)
  '<xs:element name="item" type="xs:anyType" abstract="true"/>',
  '<xs:element name="tuple" type="xs:anyType" abstract="true"/>',
  '',
  // the root of an instance (section 4.1): references first, then facts, contexts, units, footnote links
  ...element('xbrl', [
    '<xs:sequence>',
    '  <xs:element ref="link:schemaRef" maxOccurs="unbounded"/>',
    '  <xs:element ref="link:linkbaseRef" minOccurs="0" maxOccurs="unbounded"/>',
    '  <xs:element ref="link:roleRef" minOccurs="0" maxOccurs="unbounded"/>',
    '  <xs:element ref="link:arcroleRef" minOccurs="0" maxOccurs="unbounded"/>',
    '  <xs:choice minOccurs="0" maxOccurs="unbounded">',
    '    <xs:element ref="xbrli:item"/>',
    '    <xs:element ref="xbrli:tuple"/>',
    '    <xs:element ref="xbrli:context"/>',
    '    <xs:element ref="xbrli:unit"/>',
    '    <xs:element ref="link:footnoteLink"/>',
    '  </xs:choice>',
    '</xs:sequence>',
    '<xs:attribute name="id" type="xs:ID"/>',
    `<xs:anyAttribute namespace="${XML_NS}" processContents="lax"/>`,
  ]),
];

export const INSTANCE_XSD = schemaDocument({
  prefix: 'xbrli',
  comment: 'Built into sbr-validator: the XBRL 2.1 instance vocabulary, written from the XBRL 2.1 specification.',
  imports: [{ prefix: 'link', location: 'xbrl-linkbase-2003-12-31.xsd' }],
  uses: [],
  body: BODY,
});
