/**
 * XHTML for Inline XBRL is parsed by the one XML parser (src/xml/parse.ts, `parseMixed`): mixed content in
 * document order with its whitespace, the start tags as written, ids in document order, and the XML parser's
 * refusals (Namespaces in XML 1.0) for XHTML too.
 */
import { describe, expect, it } from 'vitest';
import type { FatalInputError } from '../../src/findings.js';
import { parseXhtml, type IxElement } from '../../src/ixbrl/xhtml.js';
import { parseMixed, parseXml, type MixedElement } from '../../src/xml/parse.js';

const X = 'xmlns="http://www.w3.org/1999/xhtml"';
const IX = 'xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"';

const refusal = (text: string | Uint8Array): string => {
  try {
    parseXhtml(text, 'x.html');
  } catch (e) {
    return `${(e as FatalInputError).finding.code}: ${(e as FatalInputError).finding.message}`;
  }
  return 'parsed';
};

describe('parseXhtml', () => {
  it('keeps text and elements in document order, whitespace and CDATA included', () => {
    const doc = parseXhtml(`<html ${X}><p id="p">a <b>b</b> c<![CDATA[<x>]]>d <i/></p>\n</html>`, 'x.html');
    const p = doc.ids.get('p')!;
    expect(p.children.map((c) => (typeof c === 'string' ? c : `<${c.qname}>`))).toEqual([
      'a ',
      '<b>',
      ' c<x>d ',
      '<i>',
    ]);
    expect(doc.root.children.at(-1)).toBe('\n');
    expect((p.children[1] as IxElement).parent).toBe(p);
    expect([p.line, p.column]).toEqual([1, 44]); // the `<` of <p
  });

  it('gives the start tag as written: qualified attribute names in order, namespace declarations', () => {
    const doc = parseXhtml(`<html ${X} ${IX}><ix:nonNumeric name="a:b" escape="true" id="n"/></html>`, 'x.html');
    const n = doc.ids.get('n')!;
    expect(n.qname).toBe('ix:nonNumeric');
    expect(n.rawAttrs).toEqual([
      ['name', 'a:b'],
      ['escape', 'true'],
      ['id', 'n'],
    ]);
    expect(doc.root.nsDecls).toEqual([
      ['', 'http://www.w3.org/1999/xhtml'],
      ['ix', 'http://www.xbrl.org/2013/inlineXBRL'],
    ]);
    expect(n.attrs.get('escape')).toBe('true');
  });

  it('lists the second element with an id among the duplicates', () => {
    const doc = parseXhtml(`<html ${X}><p id="a"/><div><p id="a"/></div></html>`, 'x.html');
    expect(doc.ids.get('a')!.line).toBe(1);
    expect(doc.duplicateIds.map((e) => e.parent!.local)).toEqual(['div']);
  });

  it('refuses what the XML parser refuses: an attribute twice by expanded name, a reserved prefix', () => {
    expect(refusal(`<html ${X} xmlns:a="u" xmlns:b="u"><p a:x="1" b:x="2"/></html>`)).toBe(
      'xml:malformed: The document is not well-formed XML: the attribute {u}x appears twice',
    );
    expect(refusal(`<html ${X} xmlns:xml="u"/>`)).toMatch(/^xml:malformed: .*binds a reserved namespace prefix/);
    expect(refusal(`<html ${X}><p>a&nbsp;b</p></html>`)).toMatch(/^xml:malformed: .*undefined entity.*&#160;/i);
    expect(refusal('  ')).toBe('xml:empty: The file is empty: an XHTML document was expected');
    // as bytes (how files are read): a byte order mark and whitespace are empty too
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toBe(
      'xml:empty: The file is empty: an XHTML document was expected',
    );
    expect(refusal(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x3c, 0x2f, 0x70, 0x3e]))).toMatch(/^xml:encoding: /);
  });

  it('keeps mixed content only with parseMixed, as one tree', () => {
    const xml = parseXml('<a>x<b/>y</a>', 'a.xml').root;
    expect([xml.text, xml.children.length]).toEqual(['xy', 1]);
    const m = parseMixed('<p:a xmlns:p="u" id="r">x<b id="r"/>y<![CDATA[z]]></p:a>', 'a.xml');
    expect(m.root.children.map((c) => (typeof c === 'string' ? c : c.qname))).toEqual(['x', 'b', 'yz']);
    const b = m.root.children[1] as MixedElement;
    expect([b.parent, b.doc, m.root.qname, m.root.ns, m.root.nsDecls]).toEqual([m.root, m, 'p:a', 'u', [['p', 'u']]]);
    expect([m.ids.get('r'), m.duplicateIds]).toEqual([m.root, [b]]);
  });
});
