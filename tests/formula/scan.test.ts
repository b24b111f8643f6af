/**
 * The formula compile reads only the documents that can hold what it compiles (src/formula/compile.ts scan, issue 14):
 * a label linkbase of the DTS is not walked at all, while its formula linkbase and the label linkbase that labels a
 * formula resource are.
 */
import { describe, expect, it } from 'vitest';
import { compileDts } from '../../src/compile/compile.js';
import { discoverDts, type Dts } from '../../src/dts/discover.js';
import { compileFormula } from '../../src/formula/compile.js';
import { loadFormulaEngine } from '../../src/formula/engine.js';
import type { XmlElement } from '../../src/xml/parse.js';

const BASE = 'http://example.com/f/';
const LB =
  'xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
  'xmlns:generic="http://xbrl.org/2008/generic" xmlns:va="http://xbrl.org/2008/assertion/value" ' +
  'xmlns:label="http://xbrl.org/2008/label"';
const FILES: Record<string, string> = {
  't.xsd':
    '<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" ' +
    'xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" targetNamespace="http://example.com/f">' +
    '<annotation><appinfo>' +
    '<link:linkbaseRef xlink:type="simple" xlink:href="lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>' +
    '<link:linkbaseRef xlink:type="simple" xlink:href="for.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>' +
    '<link:linkbaseRef xlink:type="simple" xlink:href="for-lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>' +
    '</appinfo></annotation>' +
    '<element name="A" id="A" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>' +
    '</schema>',
  'lab.xml':
    `<link:linkbase ${LB}><link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">` +
    '<link:loc xlink:type="locator" xlink:href="t.xsd#A" xlink:label="c"/>' +
    '<link:label xlink:type="resource" xlink:label="l" xml:lang="en">A</link:label>' +
    '<link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="c" xlink:to="l"/>' +
    '</link:labelLink></link:linkbase>',
  'for.xml':
    `<link:linkbase ${LB}><generic:link xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">` +
    '<va:valueAssertion xlink:type="resource" xlink:label="a" id="a" test="true()" aspectModel="dimensional" implicitFiltering="true"/>' +
    '</generic:link></link:linkbase>',
  'for-lab.xml':
    `<link:linkbase ${LB}><generic:link xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">` +
    '<link:loc xlink:type="locator" xlink:href="for.xml#a" xlink:label="a"/>' +
    '<label:label xlink:type="resource" xlink:label="m" xlink:role="http://www.xbrl.org/2008/role/label" xml:lang="en">Always</label:label>' +
    '<generic:arc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/element-label" xlink:from="a" xlink:to="m"/>' +
    '</generic:link></link:linkbase>',
};

function discover(): Dts {
  const enc = new TextEncoder();
  return discoverDts([{ href: BASE + 't.xsd' }], {
    read: (url) =>
      url.startsWith(BASE) && FILES[url.slice(BASE.length)] ? enc.encode(FILES[url.slice(BASE.length)]) : undefined,
  });
}

/** The document's root, made so that reading its children throws. */
function untouchable(dts: Dts, file: string): void {
  const d = [...dts.documents.values()].find((x) => x.url === BASE + file)!;
  const root = d.doc.root;
  d.doc.root = new Proxy(root, {
    get: (t, p, r) => {
      if (p === 'children') throw new Error(`${file} was read`);
      return Reflect.get(t, p, r) as unknown;
    },
  }) as XmlElement;
}

describe('formula compile scan', () => {
  it('does not read a linkbase without formula resources or formula relationships', async () => {
    await loadFormulaEngine();
    const dts = discover();
    const taxonomy = compileDts(dts);
    untouchable(dts, 'lab.xml');
    const { model, findings } = compileFormula(dts, taxonomy);
    expect(findings).toEqual([]);
    expect(model?.resourceCount).toBe(1);
    expect(model?.variableSets.map((v) => v.id)).toEqual(['a']);
  });

  it('reads the formula linkbase and the linkbase of a formula relationship (the element-label arc)', async () => {
    await loadFormulaEngine();
    for (const file of ['for.xml', 'for-lab.xml']) {
      const dts = discover();
      const taxonomy = compileDts(dts);
      untouchable(dts, file);
      expect(() => compileFormula(dts, taxonomy)).toThrow(`${file} was read`);
    }
  });
});
