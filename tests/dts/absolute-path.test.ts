import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverDts } from '../../src/dts/discover.js';
import { documentStarts } from '../../src/validate/core.js';
import { parseXml } from '../../src/xml/parse.js';

const dir = fileURLToPath(new URL('../../fixtures/dts/absolute-path/', import.meta.url));
const source = {
  read(url: string): Uint8Array | undefined {
    try {
      return readFileSync(url);
    } catch {
      return undefined;
    }
  },
};

describe('DTS discovery from a schemaRef by absolute path', () => {
  it('finds the schema at that path (and what it imports) from an instance named by a relative path', () => {
    const href = dir + 'a.xsd';
    expect(href.startsWith('/')).toBe(true);
    const xml =
      '<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" ' +
      `xmlns:xlink="http://www.w3.org/1999/xlink"><link:schemaRef xlink:type="simple" xlink:href="${href}"/></xbrl>`;
    const { starts } = documentStarts(parseXml(new TextEncoder().encode(xml), 'v.xbrl'), 'v.xbrl');
    const dts = discoverDts(starts, source);
    expect(dts.findings).toEqual([]);
    expect(dts.entryPoints).toEqual([dir + 'a.xsd']);
    expect([...dts.documents.values()].map((d) => [d.url, d.targetNamespace])).toEqual([
      [dir + 'a.xsd', 'http://example.com/abs/a'],
      [dir + 'b.xsd', 'http://example.com/abs/b'],
    ]);
  });
});
