/**
 * What the taxonomy check and the schema proof derive from a schema document's bytes is derived once per document
 * (issue 14): the parse of `tupleSchemaFindings` (src/rules/xbrl21/concepts/tuples.ts) is kept by the document cache,
 * and `schemaSetNotCovered` (src/instance/schema-proof.ts) hashes the canonical text of a parsed standard schema once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledTaxonomy } from '../../src/compile/types.js';
import { schemaSetNotCovered, type SchemaSetDocument } from '../../src/instance/schema-proof.js';
import { tupleSchemaFindings } from '../../src/rules/xbrl21/concepts/tuples.js';
import { sha256HexOf } from '../../src/compile/compile.js';
import { clearDocumentCache, documentCacheStats, parseXmlShared } from '../../src/xml/document-cache.js';
import { builtinDocument } from '../../src/resolve/builtin/index.js';

const SCHEMAS = resolve(process.env['SBR_SHARED'] ?? resolve(__dirname, '../../../shared'), 'xbrl-schemas');
const present = existsSync(join(SCHEMAS, 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'));
const STANDARD = {
  'http://www.xbrl.org/2003/instance': 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd',
  'http://www.xbrl.org/2003/linkbase': 'www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd',
  'http://www.xbrl.org/2003/XLink': 'www.xbrl.org/2003/xl-2003-12-31.xsd',
  'http://www.w3.org/1999/xlink': 'www.xbrl.org/2003/xlink-2003-12-31.xsd',
};
const urlOf = (path: string) => `http://${path}`;

afterEach(() => clearDocumentCache());

describe.skipIf(!present)('schema documents derived once', () => {
  it('tupleSchemaFindings parses a standard schema with mixed content once, for every DTS that has it', () => {
    // xbrl-linkbase declares mixed content (link:documentation), so the check parses it
    const path = STANDARD['http://www.xbrl.org/2003/linkbase'];
    const taxonomy = { concepts: {} } as unknown as CompiledTaxonomy;
    const schema = () => ({ url: urlOf(path), bytes: new Uint8Array(readFileSync(join(SCHEMAS, path))) });
    expect(tupleSchemaFindings(taxonomy, [schema()])).toEqual([]);
    const before = documentCacheStats();
    expect(tupleSchemaFindings(taxonomy, [schema()])).toEqual([]); // another DTS: another array of the same bytes
    expect(documentCacheStats().hits).toBe(before.hits + 1);
    expect(documentCacheStats().misses).toBe(before.misses);
  });

  it('schemaSetNotCovered hashes the canonical text of each parsed standard schema once', () => {
    const hashed: number[] = [];
    const sha256Hex = (text: string) => {
      hashed.push(text.length);
      return sha256HexOf(new TextEncoder().encode(text));
    };
    const docs = (): SchemaSetDocument[] =>
      Object.entries(STANDARD).map(([ns, path]) => {
        const bytes = new Uint8Array(readFileSync(join(SCHEMAS, path)));
        return {
          url: urlOf(path),
          targetNamespace: ns,
          text: () => new TextDecoder().decode(bytes),
          parse: () => parseXmlShared(bytes, urlOf(path)),
        };
      });
    expect(schemaSetNotCovered(docs(), sha256Hex)).toBeUndefined();
    expect(hashed).toHaveLength(4);
    expect(schemaSetNotCovered(docs(), sha256Hex)).toBeUndefined();
    expect(hashed).toHaveLength(4);
  });
});

describe('the built-in standard schemas (no --cache)', () => {
  it('are covered by the schema proof, as the published ones are (their components are the same: tests/resolve/builtin-standard.test.ts)', () => {
    const docs: SchemaSetDocument[] = Object.entries(STANDARD).map(([ns, path]) => {
      const bytes = builtinDocument(urlOf(path))!;
      return {
        url: urlOf(path),
        targetNamespace: ns,
        text: () => new TextDecoder().decode(bytes),
        parse: () => parseXmlShared(bytes, urlOf(path)),
      };
    });
    expect(schemaSetNotCovered(docs, (t) => sha256HexOf(new TextEncoder().encode(t)))).toBeUndefined();
    // one component changed is no longer the standard schema
    const xl = docs.find((d) => d.targetNamespace === 'http://www.xbrl.org/2003/XLink')!;
    const changed = new TextEncoder().encode(
      new TextDecoder().decode(builtinDocument(xl.url)).replace('processContents="lax"', 'processContents="skip"'),
    );
    xl.parse = () => parseXmlShared(changed, xl.url);
    expect(schemaSetNotCovered(docs, (t) => sha256HexOf(new TextEncoder().encode(t)))).toBe(
      'http://www.xbrl.org/2003/xl-2003-12-31.xsd is not the standard schema',
    );
  });
});
