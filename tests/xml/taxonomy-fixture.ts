/** In-memory taxonomies for the taxonomy-only validation tests; standard schemas come from the shared cache. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentSource } from '../../src/dts/discover.js';
import { liveTaxonomySource, validateBytes, type DocumentResult } from '../../src/validate/core.js';
import { validateAgainstSchemas } from '../../src/xml/schema-validate.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const XBRL_SCHEMAS = join(resolve(REPO, process.env['SBR_SHARED'] ?? '../shared'), 'xbrl-schemas');
export const haveSchemas = existsSync(join(XBRL_SCHEMAS, 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'));

export const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
  xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:t="http://example.com/t"
  targetNamespace="http://example.com/t" elementFormDefault="qualified">
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
`;
export const ITEMS = `  <xs:element name="a" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
  <xs:element name="b" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
`;

/** Documents by URL (`mem:/...`), falling back to the shared cache for http URLs. */
export function source(docs: Record<string, string>): DocumentSource {
  return {
    read(url) {
      if (docs[url] !== undefined) return Buffer.from(docs[url]!, 'utf8');
      const m = /^https?:\/\/(.*)$/.exec(url);
      const p = m ? join(XBRL_SCHEMAS, m[1]!) : undefined;
      return p && existsSync(p) ? readFileSync(p) : undefined;
    },
  };
}

/** Taxonomy-only validation of `entry` among `docs`, with XML Schema validation. */
export function validateTaxonomy(docs: Record<string, string>, entry: string, schema = true): Promise<DocumentResult> {
  return validateBytes(entry, Buffer.from(docs[entry]!, 'utf8'), liveTaxonomySource(source(docs)), {
    schemaValidator: schema ? validateAgainstSchemas : undefined,
  });
}

export const errors = (r: DocumentResult) => r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
