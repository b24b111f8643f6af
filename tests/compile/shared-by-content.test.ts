/**
 * Compiled taxonomies shared by DTS content (src/validate/core.ts `discoverAndCompile` with `shareByContent`, as live
 * discovery loads them): a DTS whose documents the document cache holds with the same bytes is compiled once, a
 * document changed under the same URL is compiled afresh, and the findings are those of a fresh compile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { liveTaxonomySource, validateBytes } from '../../src/validate/core.js';
import { clearDocumentCache, configureDocumentCache } from '../../src/xml/document-cache.js';
import { HEAD, haveSchemas, source } from '../xml/taxonomy-fixture.js';

const ENTRY = 'mem:/t.xsd';
// `b` has no xbrli:periodType: the taxonomy rule xbrl.5.1.1.1:itemPeriodType reports it
const taxonomy = (second: string) => ({
  [ENTRY]: `${HEAD}  <xs:element name="a" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
  <xs:element name="${second}" type="xbrli:stringItemType" substitutionGroup="xbrli:item"/>
</xs:schema>`,
});
const INSTANCE = `<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:t="http://example.com/t">
  <link:schemaRef xlink:type="simple" xlink:href="t.xsd"/>
  <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://example.com">x</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>
  <t:a contextRef="c">text</t:a>
</xbrli:xbrl>`;
const starts = [{ href: ENTRY }];

afterEach(() => {
  configureDocumentCache({ scope: 'standard', maxBytes: 16 * 1024 * 1024 });
  clearDocumentCache();
});

describe.skipIf(!haveSchemas)('compiled taxonomies shared by DTS content', () => {
  it('compiles a DTS of documents the cache holds once, and again when a document changed under its URL', () => {
    configureDocumentCache({ scope: 'all' });
    const first = liveTaxonomySource(source(taxonomy('b'))).load(starts);
    // another source, another read: equal bytes under the same URLs
    const again = liveTaxonomySource(source(taxonomy('b'))).load(starts);
    expect(again.taxonomy).toBe(first.taxonomy);
    expect(again.taxonomyRuleFindings?.('en')?.map((f) => f.code)).toEqual(['xbrl.5.1.1.1:itemPeriodType']);
    const changed = liveTaxonomySource(source(taxonomy('c'))).load(starts);
    expect(changed.taxonomy).not.toBe(first.taxonomy);
    expect(Object.keys(changed.taxonomy.concepts).filter((k) => k.startsWith('{http://example.com/t}'))).toEqual([
      '{http://example.com/t}a',
      '{http://example.com/t}c',
    ]);
  });

  it('compiles afresh when the cache does not hold a document (outside its scope)', () => {
    const first = liveTaxonomySource(source(taxonomy('b'))).load(starts);
    const again = liveTaxonomySource(source(taxonomy('b'))).load(starts);
    expect(again.taxonomy).not.toBe(first.taxonomy);
    expect(again.taxonomyRuleFindings).toBeUndefined();
  });

  it('gives an instance of a shared taxonomy the findings of a fresh compile', async () => {
    const run = () =>
      validateBytes('mem:/i.xbrl', new TextEncoder().encode(INSTANCE), liveTaxonomySource(source(taxonomy('b'))));
    const fresh = await run();
    configureDocumentCache({ scope: 'all' });
    await run(); // compiles and keeps it
    const shared = await run();
    expect(shared.findings.map((f) => `${f.code} ${f.file}:${f.line}`)).toEqual([
      'xbrl.5.1.1.1:itemPeriodType mem:/t.xsd:7',
    ]);
    expect(shared.findings).toEqual(fresh.findings);
  });
});
