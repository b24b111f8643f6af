/** Attribute values of facts, contexts and units against the DTS's attribute types (src/rules/xbrl21/instance/attributes.ts). */
import { describe, expect, it } from 'vitest';
import type { SimpleType } from '../../../src/compile/types.js';
import { loadInstance } from '../../../src/instance/load.js';
import { runRules } from '../../../src/rules/engine.js';
import { attributeValues } from '../../../src/rules/xbrl21/instance/attributes.js';
import { parseXml } from '../../../src/xml/parse.js';
import { concept, taxonomy } from '../calc/fixtures.js';

const integer: SimpleType = { variety: 'atomic', builtin: 'integer', facets: [] };

describe('xmlSchema:valueError on attributes', () => {
  it('names the fact, the context and the nested element whose attribute is not valid, and nothing valid', () => {
    const doc = parseXml(
      `<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:t="http://example.com/t" xmlns:a="http://ex/a">
  <xbrli:context id="c1" a:n="x1">
    <xbrli:entity><xbrli:identifier scheme="http://s" a:n="7">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:instant a:n="y2">2024-12-31</xbrli:instant></xbrli:period>
  </xbrli:context>
  <t:A contextRef="c1" a:n="z3">v</t:A>
  <t:A contextRef="c1" a:n="4">v</t:A>
</xbrli:xbrl>`,
      'i.xbrl',
    );
    const tax = taxonomy([concept('A', { numeric: false })], [], {
      attributes: { '{http://ex/a}n': integer },
    });
    const inst = loadInstance(doc, () => {}, tax);
    const found = runRules([attributeValues], tax, inst).map((f) => `${f.line} ${f.message.replace(/: .*$/, '')}`);
    expect(found).toEqual([
      "6 A has attribute a:n='z3', which is not valid",
      "2 Context 'c1' has attribute a:n='x1', which is not valid",
      "4 xbrli:instant in Context 'c1' has attribute a:n='y2', which is not valid",
    ]);
  });
});
