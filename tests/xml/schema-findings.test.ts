import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateManyAgainstSchemas } from '../../src/xml/schema-validate.js';
import { SCHEMA, manyErrorsDocument } from '../../bench/schema-findings-input.js';

// fixtures/xml-schema/many-errors.findings.json was written by the mapping of libxml2's diagnostics as it was before
// it became one pass (commit 5e0dd7e's src/xml/schema-validate.ts): the one-pass mapping must give the same findings.
const expected = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/xml-schema/many-errors.findings.json'), 'utf8'),
) as unknown[][];

describe('libxml2 diagnostics to findings, a document with many errors', () => {
  it('gives the findings of the former mapping (prefixed; default namespace with CR LF)', async () => {
    const docs = [
      { url: '/t/many.xml', bytes: manyErrorsDocument(10) },
      { url: '/t/many-default-crlf.xml', bytes: manyErrorsDocument(10, { prefix: '', crlf: true }) },
    ];
    const got = await validateManyAgainstSchemas(docs, [{ url: '/t/many.xsd', bytes: SCHEMA }], ['/t/many.xsd']);
    expect(got.map((d) => d.length)).toEqual([80, 80]);
    expect(got[0]![0]).toMatchObject({ code: 'xmlSchema:valueError', line: 4, column: 24 });
    expect(got[1]![4]).toMatchObject({ code: 'xmlSchema:attributesRequired', line: 7, column: 5 });
    expect(JSON.parse(JSON.stringify(got))).toEqual(expected);
  });
});
