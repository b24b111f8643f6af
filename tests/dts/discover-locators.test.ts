/**
 * Discovery from the locators of a linkbase (XBRL 2.1 section 3.2): consecutive locators into one document are
 * resolved once (src/dts/discover.ts push, issue 14); a locator whose xml:base changes its base, or that names
 * another document, is still followed, and each document keeps the first locator that referenced it.
 */
import { describe, expect, it } from 'vitest';
import { discoverDts } from '../../src/dts/discover.js';

const BASE = 'http://example.com/d/';
const XSD = (tns: string) =>
  `<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="${tns}"><element name="A" id="A"/><element name="B" id="B"/></schema>`;
const FILES: Record<string, string> = {
  'l.xml':
    '<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">\n' +
    '<link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">\n' +
    '<link:loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/>\n' +
    '<link:loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="b"/>\n' +
    '<link:loc xml:base="sub/" xlink:type="locator" xlink:href="a.xsd#B" xlink:label="c"/>\n' +
    '<link:loc xlink:type="locator" xlink:href="b.xsd#A" xlink:label="d"/>\n' +
    '<link:loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="e"/>\n' +
    '<link:loc xlink:type="locator" xlink:href="c.xsd#A" xlink:label="f"/>\n' +
    '</link:labelLink></link:linkbase>',
  'a.xsd': XSD('http://example.com/a'),
  'sub/a.xsd': XSD('http://example.com/sub'),
  'b.xsd': XSD('http://example.com/b'),
};

describe('discovery from locators', () => {
  it('follows every document the locators name, each from its first locator', () => {
    const enc = new TextEncoder();
    const dts = discoverDts([{ href: BASE + 'l.xml' }], {
      read: (url) => (FILES[url.slice(BASE.length)] ? enc.encode(FILES[url.slice(BASE.length)]) : undefined),
    });
    expect([...dts.documents.values()].map((d) => [d.url.slice(BASE.length), d.referencedFrom?.line])).toEqual([
      ['l.xml', undefined],
      ['a.xsd', 3],
      ['sub/a.xsd', 5],
      ['b.xsd', 6],
    ]);
    expect(dts.findings.map((f) => [f.code, f.line])).toEqual([['sbr:documentNotFound', 8]]);
  });
});
