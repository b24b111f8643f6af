/**
 * What the XML Schema validity of a DTS's own documents is checked with (taxonomy-only validation: the document given
 * is a taxonomy schema or linkbase): the documents to validate and the schemas to validate them against, found from
 * the discovered DTS. The check itself is src/rules/xbrl21/taxonomy/schema-validity.ts; the XML Schema processor is
 * the core's `SchemaValidator` (src/xml/schema-validate.ts in Node), which only validates bytes against schemas.
 *
 * - every DTS schema is compiled, unpruned (XML Schema errors in declarations, e.g. Unique Particle Attribution);
 * - every taxonomy schema document is validated against the schema for schemas (XMLSchema.xsd), which validates
 *   `xs:appinfo` content and attributes from other namespaces laxly against the DTS schemas (XBRL 2.1 sections 5.1
 *   and 5.2: linkbases embedded in appinfo, foreign attributes on concept declarations);
 * - every linkbase document is validated against the DTS schemas and the linkbase schema (plus the documents'
 *   `xsi:schemaLocation` hints), with xml.xsd for the lax `xml:*` attributes (xml:lang, xml:space).
 * Documents of the specifications themselves (xbrl.org, w3.org) are compiled but not validated.
 */
import { discoverDts, documentKey, type DocumentSource, type Dts, type DtsStart } from './discover.js';
import type { Finding } from '../findings.js';
import { paramFinding } from '../messages/index.js';

export interface TaxonomyDoc {
  url: string;
  bytes: Uint8Array;
}

/** What the taxonomy check validates, and against what. */
export interface TaxonomySchemaInput {
  /** Taxonomy schemas and linkbases to validate (specification documents excluded). */
  documents: TaxonomyDoc[];
  /** The DTS schemas plus the schema for schemas, xml.xsd, the linkbase schema and the documents' hints. */
  schemas: TaxonomyDoc[];
  roots: string[];
  /** DTS schema documents (for the document-level tuple checks). */
  dtsSchemas: TaxonomyDoc[];
  /** Notes on what could not be checked (e.g. the schema for schemas is unavailable). */
  notes?: Finding[];
}

/** The pipeline's SchemaValidator shape with the options the taxonomy check uses. */
export type TaxonomySchemaValidator = (
  doc: TaxonomyDoc,
  schemas: TaxonomyDoc[],
  roots: string[],
  options?: { pruneUnusedElements?: boolean; moreDocuments?: TaxonomyDoc[] },
) => Promise<Finding[]>;

const XML_SCHEMA_XSD = 'http://www.w3.org/2001/XMLSchema.xsd';
const XML_XSD = 'http://www.w3.org/2001/xml.xsd';
const LINKBASE_XSD = 'http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Documents of the XBRL and W3C specifications (validated by their publishers; compiled, not validated here). */
const isSpecDocument = (url: string): boolean => /^https?:\/\/(?:www\.)?(?:xbrl\.org|w3\.org)\//i.test(url);

/** The input of the taxonomy check for a discovered DTS; `source` supplies the standard schemas and hints. */
export function taxonomySchemaInput(dts: Dts, source: DocumentSource): TaxonomySchemaInput {
  const docs = [...dts.documents.values()];
  const dtsSchemas = docs.filter((d) => d.kind === 'schema').map((d) => ({ url: d.url, bytes: d.bytes }));
  const checked = docs.filter((d) => (d.kind === 'schema' || d.kind === 'linkbase') && !isSpecDocument(d.url));
  const starts: DtsStart[] = [{ href: XML_XSD }, { href: LINKBASE_XSD }];
  for (const d of docs) {
    if ((d.kind !== 'linkbase' && d.kind !== 'schema') || isSpecDocument(d.url)) continue;
    const hint = d.doc.root.attrs.get(`{${XSI}}schemaLocation`);
    if (!hint) continue;
    const parts = hint.trim().split(/\s+/);
    for (let i = 1; i < parts.length; i += 2) starts.push({ href: parts[i]!, base: d.url });
  }
  const have = new Set(dtsSchemas.map((s) => documentKey(s.url)));
  const schemas = [...dtsSchemas];
  const extra = discoverDts(starts, source);
  for (const d of extra.documents.values()) {
    if (d.kind === 'schema' && !have.has(documentKey(d.url))) {
      have.add(documentKey(d.url));
      schemas.push({ url: d.url, bytes: d.bytes });
    }
  }
  // Read directly: its DOCTYPE declares parameter entities, which the project's XML parser (and so discovery) refuses.
  const xsdBytes = have.has(documentKey(XML_SCHEMA_XSD)) ? undefined : source.read(XML_SCHEMA_XSD);
  if (xsdBytes) {
    have.add(documentKey(XML_SCHEMA_XSD));
    schemas.push({ url: XML_SCHEMA_XSD, bytes: xsdBytes });
  }
  const roots = [...dtsSchemas.map((s) => s.url), XML_XSD, LINKBASE_XSD, XML_SCHEMA_XSD].filter((u) =>
    have.has(documentKey(u)),
  );
  // Without the schema for schemas the schema documents cannot be validated as documents (their xs:schema root
  // would have no declaration): they are still compiled (which checks them as schemas), and a note says so.
  const forSchemas = have.has(documentKey(XML_SCHEMA_XSD));
  const documents = checked
    .filter((d) => forSchemas || d.kind === 'linkbase')
    .map((d) => ({ url: d.url, bytes: d.bytes }));
  const notes: Finding[] = [];
  if (!forSchemas && checked.some((d) => d.kind === 'schema')) {
    notes.push(
      paramFinding(
        'sbr:schemaForSchemasUnavailable',
        'info',
        { url: XML_SCHEMA_XSD },
        { file: checked.find((d) => d.kind === 'schema')!.url },
      ),
    );
  }
  return { documents, schemas, roots, dtsSchemas, notes };
}
