/**
 * Tiny helpers for writing the built-in schema documents as text. The documents are generated once, at
 * module load, from the tables in the sibling modules; they are written for this project from the XBRL 2.1
 * and XBRL Dimensions 1.0 specifications (not copies of the files XBRL International publishes).
 */

/** Prefix declarations used by the built-in documents. */
export const PREFIXES = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  xlink: 'http://www.w3.org/1999/xlink',
  xl: 'http://www.xbrl.org/2003/XLink',
  link: 'http://www.xbrl.org/2003/linkbase',
  xbrli: 'http://www.xbrl.org/2003/instance',
  xbrldt: 'http://xbrl.org/2005/xbrldt',
} as const;

export type Prefix = keyof typeof PREFIXES;

/** The xml namespace, whose attributes (xml:lang, xml:base) many XBRL elements allow by a wildcard. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An attribute whose value is a non-empty xs:anyURI, declared with an anonymous type as the XBRL schemas declare it. */
export function nonEmptyUriAttribute(name: string): string[] {
  return [
    `<xs:attribute name="${name}">`,
    '  <xs:simpleType>',
    '    <xs:restriction base="xs:anyURI">',
    '      <xs:minLength value="1"/>',
    '    </xs:restriction>',
    '  </xs:simpleType>',
    '</xs:attribute>',
  ];
}

/** An xs:import of a namespace whose schema is another built-in document. */
export interface Import {
  prefix: Prefix;
  location: string;
}

/**
 * A complete schema document: XML declaration, `xs:schema` with the target namespace bound to `prefix`,
 * qualified elements, unqualified attributes, then the imports and `body` (lines of XML, indented by the caller).
 */
export function schemaDocument(opts: {
  prefix: Prefix;
  comment: string;
  imports: Import[];
  uses: Prefix[];
  body: string[];
  /** `attributeFormDefault` (default unqualified; the xlink schema's is qualified). */
  attributeFormDefault?: 'qualified' | 'unqualified';
}): string {
  const decls = new Set<Prefix>(['xs', opts.prefix, ...opts.uses, ...opts.imports.map((i) => i.prefix)]);
  const ns = [...decls].map((p) => `xmlns:${p}="${PREFIXES[p]}"`).join('\n    ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${opts.comment} -->`,
    `<xs:schema targetNamespace="${PREFIXES[opts.prefix]}"`,
    `    ${ns}`,
    `    elementFormDefault="qualified" attributeFormDefault="${opts.attributeFormDefault ?? 'unqualified'}">`,
    ...opts.imports.map((i) => `  <xs:import namespace="${PREFIXES[i.prefix]}" schemaLocation="${i.location}"/>`),
    ...opts.body.map((l) => (l === '' ? '' : '  ' + l)),
    '</xs:schema>',
    '',
  ];
  return lines.join('\n');
}

/** `<xs:simpleType name=...>` restricting `base` to the listed values. */
export function enumType(base: string, values: readonly string[], name?: string): string[] {
  return [
    name ? `<xs:simpleType name="${name}">` : '<xs:simpleType>',
    `  <xs:restriction base="${base}">`,
    ...values.map((v) => `    <xs:enumeration value="${v}"/>`),
    '  </xs:restriction>',
    '</xs:simpleType>',
  ];
}

/** Indents lines by `n` levels of two spaces. */
export function indent(lines: string[], n = 1): string[] {
  const pad = '  '.repeat(n);
  return lines.map((l) => (l === '' ? l : pad + l));
}
