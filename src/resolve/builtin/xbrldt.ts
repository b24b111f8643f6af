/**
 * http://www.xbrl.org/2005/xbrldt-2005.xsd — XBRL Dimensions 1.0 (section 2): the hypercube and dimension
 * substitution groups, the attributes used on dimension declarations and definition arcs, and the six
 * dimensional arcroles.
 */
import { enumType, indent, schemaDocument } from './xsd.js';

/** Arcroles of XBRL Dimensions 1.0: [local name, cyclesAllowed, definition]. */
const ARCROLES: ReadonlyArray<[string, 'none' | 'undirected', string]> = [
  ['hypercube-dimension', 'none', 'From a hypercube to one of its dimensions.'],
  ['dimension-domain', 'none', 'From an explicit dimension to the root of one of its domains.'],
  ['domain-member', 'undirected', 'From a domain member to a member beneath it.'],
  ['all', 'undirected', 'From a primary item to a hypercube whose combinations it must use.'],
  ['notAll', 'undirected', 'From a primary item to a hypercube whose combinations it must not use.'],
  ['dimension-default', 'none', 'From an explicit dimension to its default member.'],
];

function arcroleType([name, cycles, definition]: [string, string, string]): string[] {
  return [
    `<link:arcroleType id="${name}" arcroleURI="http://xbrl.org/int/dim/arcrole/${name}" cyclesAllowed="${cycles}">`,
    `  <link:definition>${definition}</link:definition>`,
    '  <link:usedOn>link:definitionArc</link:usedOn>',
    '</link:arcroleType>',
  ];
}

const BODY: string[] = [
  '<xs:annotation>',
  '  <xs:appinfo>',
  ...indent(ARCROLES.flatMap(arcroleType), 2),
  '  </xs:appinfo>',
  '</xs:annotation>',
  '',
  // abstract heads of hypercubes and dimensions (sections 2.2, 2.5)
  '<xs:element name="hypercubeItem" id="xbrldt_hypercubeItem" abstract="true" substitutionGroup="xbrli:item" type="xbrli:stringItemType" xbrli:periodType="duration"/>',
  '<xs:element name="dimensionItem" id="xbrldt_dimensionItem" abstract="true" substitutionGroup="xbrli:item" type="xbrli:stringItemType" xbrli:periodType="duration"/>',
  '',
  // attributes on dimension declarations and on arcs (sections 2.3, 2.4, 2.5.2.1, 2.6)
  '<xs:attribute name="typedDomainRef" type="xs:anyURI"/>',
  ...enumType('xs:token', ['segment', 'scenario'], 'contextElementType'),
  '<xs:attribute name="contextElement" type="xbrldt:contextElementType"/>',
  // the defaults of section 2.3.1.1 (closed) and 2.5.3.1.1 (usable)
  '<xs:attribute name="closed" type="xs:boolean" default="false"/>',
  '<xs:attribute name="usable" type="xs:boolean" default="true"/>',
  '<xs:attribute name="targetRole" type="xs:anyURI"/>',
];

export const XBRLDT_XSD = schemaDocument({
  prefix: 'xbrldt',
  comment:
    'Built into sbr-validator: XBRL Dimensions 1.0 declarations, written from the XBRL Dimensions 1.0 specification.',
  imports: [{ prefix: 'xbrli', location: 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd' }],
  uses: ['link'],
  body: BODY,
});
