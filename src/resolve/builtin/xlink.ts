/**
 * http://www.xbrl.org/2003/xlink-2003-12-31.xsd — the XLink 1.0 global attributes as XBRL 2.1 uses them
 * (XBRL 2.1 section 3.5: xlink:type, href, role, arcrole, title, show, actuate, label, from, to).
 */
import { enumType, indent, nonEmptyUriAttribute, schemaDocument } from './xsd.js';

/** Global attributes: name → type (a QName) or the values of an enumeration. */
const ATTRIBUTES: ReadonlyArray<[string, string | readonly string[]]> = [
  ['type', ['simple', 'extended', 'locator', 'arc', 'resource', 'title']],
  ['role', '#nonEmptyURI'],
  ['arcrole', '#nonEmptyURI'],
  ['title', 'xs:string'],
  ['show', ['new', 'replace', 'embed', 'other', 'none']],
  ['actuate', ['onLoad', 'onRequest', 'other', 'none']],
  ['label', 'xs:NCName'],
  ['from', 'xs:NCName'],
  ['to', 'xs:NCName'],
  ['href', 'xs:anyURI'],
];

function attribute([name, type]: [string, string | readonly string[]]): string[] {
  if (typeof type !== 'string')
    return [`<xs:attribute name="${name}">`, ...indent(enumType('xs:string', type)), '</xs:attribute>'];
  // role and arcrole values are absolute URIs: never empty
  if (type === '#nonEmptyURI') return nonEmptyUriAttribute(name);
  return [`<xs:attribute name="${name}" type="${type}"/>`];
}

export const XLINK_XSD = schemaDocument({
  prefix: 'xlink',
  comment: 'Built into sbr-validator: XLink attributes for XBRL 2.1, written from the XBRL 2.1 specification.',
  imports: [],
  uses: [],
  attributeFormDefault: 'qualified',
  body: ATTRIBUTES.flatMap(attribute),
});
