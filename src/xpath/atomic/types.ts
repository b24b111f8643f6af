/**
 * The built-in atomic type hierarchy (XML Schema Part 2 section 3, figure "built-in datatype hierarchy"; XPath 2.0
 * section 2.5.1 and XDM section 2.6 for xs:anyAtomicType, xs:untypedAtomic, xs:yearMonthDuration and
 * xs:dayTimeDuration), with the facets of the built-in derived types that casting checks (ranges of the integer
 * family, lexical constraints of the string family).
 */
import { XDecimal } from '../decimal.js';
import type { AtomicTypeName } from '../types.js';
import { NAME_CHAR_CLASS, NAME_START_CLASS } from '../../xml/xsd-regex.js';

/** Base type of each built-in atomic type (xs:anyAtomicType has none). */
const PARENT: Readonly<Record<string, string>> = {
  'xs:untypedAtomic': 'xs:anyAtomicType',
  'xs:string': 'xs:anyAtomicType',
  'xs:boolean': 'xs:anyAtomicType',
  'xs:decimal': 'xs:anyAtomicType',
  'xs:float': 'xs:anyAtomicType',
  'xs:double': 'xs:anyAtomicType',
  'xs:duration': 'xs:anyAtomicType',
  'xs:dateTime': 'xs:anyAtomicType',
  'xs:time': 'xs:anyAtomicType',
  'xs:date': 'xs:anyAtomicType',
  'xs:gYearMonth': 'xs:anyAtomicType',
  'xs:gYear': 'xs:anyAtomicType',
  'xs:gMonthDay': 'xs:anyAtomicType',
  'xs:gDay': 'xs:anyAtomicType',
  'xs:gMonth': 'xs:anyAtomicType',
  'xs:hexBinary': 'xs:anyAtomicType',
  'xs:base64Binary': 'xs:anyAtomicType',
  'xs:anyURI': 'xs:anyAtomicType',
  'xs:QName': 'xs:anyAtomicType',
  'xs:NOTATION': 'xs:anyAtomicType',
  // derived from xs:decimal
  'xs:integer': 'xs:decimal',
  'xs:nonPositiveInteger': 'xs:integer',
  'xs:negativeInteger': 'xs:nonPositiveInteger',
  'xs:long': 'xs:integer',
  'xs:int': 'xs:long',
  'xs:short': 'xs:int',
  'xs:byte': 'xs:short',
  'xs:nonNegativeInteger': 'xs:integer',
  'xs:unsignedLong': 'xs:nonNegativeInteger',
  'xs:unsignedInt': 'xs:unsignedLong',
  'xs:unsignedShort': 'xs:unsignedInt',
  'xs:unsignedByte': 'xs:unsignedShort',
  'xs:positiveInteger': 'xs:nonNegativeInteger',
  // derived from xs:string
  'xs:normalizedString': 'xs:string',
  'xs:token': 'xs:normalizedString',
  'xs:language': 'xs:token',
  'xs:NMTOKEN': 'xs:token',
  'xs:Name': 'xs:token',
  'xs:NCName': 'xs:Name',
  'xs:ID': 'xs:NCName',
  'xs:IDREF': 'xs:NCName',
  'xs:ENTITY': 'xs:NCName',
  // XPath 2.0 duration subtypes
  'xs:yearMonthDuration': 'xs:duration',
  'xs:dayTimeDuration': 'xs:duration',
};

const PRIMITIVE = new Map<string, string>();
for (const t of Object.keys(PARENT)) {
  let p = t;
  while (PARENT[p] !== 'xs:anyAtomicType') p = PARENT[p]!;
  PRIMITIVE.set(t, p);
}
PRIMITIVE.set('xs:anyAtomicType', 'xs:anyAtomicType');

/** True for the name of a built-in atomic type, xs:anyAtomicType included. */
export function isAtomicType(name: AtomicTypeName): boolean {
  return PRIMITIVE.has(name);
}

/** True when `type` is `ancestor` or derived from it (XML Schema Part 2 section 3). */
export function derivesFrom(type: AtomicTypeName, ancestor: AtomicTypeName): boolean {
  if (type === ancestor) return true;
  if (ancestor === 'xs:anyAtomicType' || ancestor === 'xs:anySimpleType' || ancestor === 'xs:anyType')
    return PRIMITIVE.has(type);
  let t: string | undefined = type;
  while (t !== undefined) {
    if (t === ancestor) return true;
    t = PARENT[t];
  }
  return false;
}

/** The primitive type of a built-in type; throws nothing, returns the name itself for unknown names. */
export function primitiveOf(type: AtomicTypeName): AtomicTypeName {
  return PRIMITIVE.get(type) ?? type;
}

/** True for xs:integer and the types derived from it. */
export function isIntegerType(type: AtomicTypeName): boolean {
  return type === 'xs:integer' || (PRIMITIVE.get(type) === 'xs:decimal' && type !== 'xs:decimal');
}

/** True for the numeric types of XPath 2.0 (xs:double, xs:float, xs:decimal and its subtypes). */
export function isNumericType(type: AtomicTypeName): boolean {
  const p = PRIMITIVE.get(type);
  return p === 'xs:decimal' || p === 'xs:double' || p === 'xs:float';
}

/** True for xs:string and the types derived from it. */
export function isStringType(type: AtomicTypeName): boolean {
  return PRIMITIVE.get(type) === 'xs:string';
}

/** Abstract types: no value has them as dynamic type and they cannot be cast to (XPath 2.0 3.12.3 err:XPST0080). */
export function isAbstractType(type: AtomicTypeName): boolean {
  return type === 'xs:anyAtomicType' || type === 'xs:NOTATION';
}

const D = (s: string) => new XDecimal(s);
/** minInclusive/maxInclusive of the built-in integer types (XML Schema Part 2 sections 3.3.13-3.3.25). */
const INTEGER_RANGE: Readonly<Record<string, readonly [XDecimal | undefined, XDecimal | undefined]>> = {
  'xs:integer': [undefined, undefined],
  'xs:nonPositiveInteger': [undefined, D('0')],
  'xs:negativeInteger': [undefined, D('-1')],
  'xs:long': [D('-9223372036854775808'), D('9223372036854775807')],
  'xs:int': [D('-2147483648'), D('2147483647')],
  'xs:short': [D('-32768'), D('32767')],
  'xs:byte': [D('-128'), D('127')],
  'xs:nonNegativeInteger': [D('0'), undefined],
  'xs:unsignedLong': [D('0'), D('18446744073709551615')],
  'xs:unsignedInt': [D('0'), D('4294967295')],
  'xs:unsignedShort': [D('0'), D('65535')],
  'xs:unsignedByte': [D('0'), D('255')],
  'xs:positiveInteger': [D('1'), undefined],
};

/** True when the integer `v` lies in the value space of the integer type `type`. */
export function inIntegerRange(type: AtomicTypeName, v: XDecimal): boolean {
  const r = INTEGER_RANGE[type];
  if (r === undefined) return true;
  const [lo, hi] = r;
  if (lo !== undefined && v.lt(lo)) return false;
  if (hi !== undefined && v.gt(hi)) return false;
  return true;
}

const NCNAME_RE = new RegExp(`^[${NAME_START_CLASS.replace(':', '')}][${NAME_CHAR_CLASS.replace(':', '')}]*$`, 'u');
const NAME_RE = new RegExp(`^[${NAME_START_CLASS}][${NAME_CHAR_CLASS}]*$`, 'u');
const NMTOKEN_RE = new RegExp(`^[${NAME_CHAR_CLASS}]+$`, 'u');
const LANGUAGE_RE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;

/** True when `s` is an NCName (Namespaces in XML 1.0 production [4]). */
export function isNCName(s: string): boolean {
  return NCNAME_RE.test(s);
}

/** The lexical-space check of a string-derived type on its whitespace-normalised value (XML Schema Part 2 3.3.1-3.3.11). */
export function stringFacetOk(type: AtomicTypeName, s: string): boolean {
  switch (type) {
    case 'xs:language':
      return LANGUAGE_RE.test(s);
    case 'xs:NMTOKEN':
      return NMTOKEN_RE.test(s);
    case 'xs:Name':
      return NAME_RE.test(s);
    case 'xs:NCName':
    case 'xs:ID':
    case 'xs:IDREF':
    case 'xs:ENTITY':
      return NCNAME_RE.test(s);
    default:
      return true;
  }
}

/** The whitespace facet of a type: 'preserve' (xs:string, xs:untypedAtomic), 'replace' (xs:normalizedString), else 'collapse'. */
export function whitespaceFacet(type: AtomicTypeName): 'preserve' | 'replace' | 'collapse' {
  if (type === 'xs:string' || type === 'xs:untypedAtomic') return 'preserve';
  if (type === 'xs:normalizedString') return 'replace';
  return 'collapse';
}
