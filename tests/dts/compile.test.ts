import { describe, expect, it } from 'vitest';
import { compileDts } from '../../src/compile/compile.js';
import type { CompiledTaxonomy } from '../../src/compile/types.js';
import { discoverDts } from '../../src/dts/discover.js';
import { findByFragment } from '../../src/compile/schema.js';
import { parseXml } from '../../src/xml/parse.js';

const BASE = 'http://example.com/t/';
const NSDECL =
  'xmlns="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:t="http://example.com/t"';
const LB =
  'xmlns="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:t="http://example.com/t" xmlns:c="http://example.com/custom"';
const LINK_ROLE = 'http://www.xbrl.org/2003/role/link';

/** Compiles an in-memory DTS whose entry point is `files[0]` (names relative to BASE). */
function compile(files: Record<string, string>): CompiledTaxonomy {
  const enc = new TextEncoder();
  const source = {
    read: (url: string) =>
      url.startsWith(BASE) && files[url.slice(BASE.length)] !== undefined
        ? enc.encode(files[url.slice(BASE.length)])
        : undefined,
  };
  const dts = discoverDts([{ href: BASE + Object.keys(files)[0] }], source);
  return compileDts(dts);
}

function schema(body: string, appinfo = ''): string {
  return `<schema ${NSDECL} targetNamespace="http://example.com/t"><annotation><appinfo>${appinfo}</appinfo></annotation>${body}</schema>`;
}

const item = (name: string, extra = '') =>
  `<element name="${name}" id="${name}" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" ${extra}/>`;

const codes = (t: CompiledTaxonomy) => t.findings.map((f) => f.code).filter((c) => c !== 'sbr:documentNotFound');

describe('concept defaults', () => {
  it('compiles element default/fixed and attribute defaults through derivation, attribute groups and prohibition', () => {
    const t = compile({
      'a.xsd': schema(`
        <attributeGroup name="g"><attribute name="precision" fixed="8"/></attributeGroup>
        <complexType name="Base"><simpleContent><extension base="decimal"><attribute name="decimals" default="2"/><attribute name="other" default="x"/></extension></simpleContent></complexType>
        <complexType name="Derived"><simpleContent><restriction base="t:Base"><attribute name="other" use="prohibited"/><attributeGroup ref="t:g"/></restriction></simpleContent></complexType>
        <element name="A" type="t:Derived" substitutionGroup="xbrli:item" xbrli:periodType="instant" default="1000"/>
        <element name="B" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" fixed="5"/>`),
    });
    const a = t.concepts['{http://example.com/t}A']!;
    expect(a.default).toBe('1000');
    expect(a.attributeDefaults).toEqual({ decimals: '2', precision: '8' });
    const b = t.concepts['{http://example.com/t}B']!;
    expect(b.fixed).toBe('5');
    expect(b.attributeDefaults).toBeUndefined();
  });
});

describe('attribute types', () => {
  it('compiles attribute types of concept types (local, ref= to global, inherited, qualified form) and global attribute declarations', () => {
    const t = compile({
      'a.xsd': schema(`
        <attribute name="g" type="integer"/>
        <attribute name="h"><simpleType><restriction base="string"><maxLength value="3"/></restriction></simpleType></attribute>
        <attribute name="any"/>
        <complexType name="Base"><simpleContent><extension base="decimal"><attribute name="flag" type="boolean"/><attribute ref="t:g"/></extension></simpleContent></complexType>
        <complexType name="Derived"><simpleContent><extension base="t:Base"><attribute name="q" form="qualified" type="date"/><attribute ref="t:h"/><attribute ref="t:any"/><attribute name="free"/></extension></simpleContent></complexType>
        <element name="A" type="t:Derived" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
        <element name="B" substitutionGroup="xbrli:item" xbrli:periodType="instant"><complexType><simpleContent><extension base="string"><attribute name="n" type="int" default="1"/></extension></simpleContent></complexType></element>`),
    });
    const a = t.concepts['{http://example.com/t}A']!;
    expect(Object.keys(a.attributeTypes ?? {}).sort()).toEqual([
      'flag',
      '{http://example.com/t}g',
      '{http://example.com/t}h',
      '{http://example.com/t}q',
    ]);
    expect(a.attributeTypes!['flag']).toMatchObject({ variety: 'atomic', builtin: 'boolean' });
    expect(a.attributeTypes!['{http://example.com/t}g']).toMatchObject({ variety: 'atomic', builtin: 'integer' });
    expect(a.attributeTypes!['{http://example.com/t}h']).toMatchObject({
      variety: 'atomic',
      builtin: 'string',
      facets: [{ maxLength: 3 }],
    });
    const b = t.concepts['{http://example.com/t}B']!;
    expect(b.attributeTypes).toEqual({ n: { variety: 'atomic', builtin: 'int', facets: [] } });
    expect(b.attributeDefaults).toEqual({ n: '1' });
    expect(t.attributes?.['{http://example.com/t}g']).toMatchObject({ builtin: 'integer' });
    expect(t.attributes?.['{http://example.com/t}any']).toBeUndefined();
    expect(JSON.parse(JSON.stringify(t.attributes))).toEqual(t.attributes);
  });
});

describe('XPointer element() scheme', () => {
  it('takes the first of several pointer parts that identifies an element', () => {
    const doc = parseXml(new TextEncoder().encode('<r><a id="x"/><b><c/></b></r>'), BASE + 'p.xml');
    expect(findByFragment(doc.root, 'element(/1/17)element(/1/2/1)')?.local).toBe('c');
    expect(findByFragment(doc.root, 'element(x)')?.local).toBe('a');
    expect(findByFragment(doc.root, 'element(/1/9)')).toBeUndefined();
    expect(findByFragment(doc.root, 'element(/1/1)xmlns(a=b)')).toBeUndefined();
  });
});

describe('linkbases', () => {
  it('requires roleRef/arcroleRef only on standard link elements', () => {
    const custom = compile({
      'a.xsd': schema(
        item('A') + item('B'),
        `<link:linkbaseRef xlink:type="simple" xlink:href="c.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>`,
      ),
      'c.xml':
        `<linkbase ${LB}><c:link xlink:type="extended" xlink:role="http://example.com/role/r"><loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/><loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="b"/>` +
        `<c:arc xlink:type="arc" xlink:arcrole="http://example.com/arcrole/x" xlink:from="a" xlink:to="b"/></c:link></linkbase>`,
    });
    expect(codes(custom)).toEqual([]);
    const std = compile({
      'a.xsd': schema(
        item('A') + item('B'),
        `<link:linkbaseRef xlink:type="simple" xlink:href="c.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>`,
      ),
      'c.xml':
        `<linkbase ${LB}><definitionLink xlink:type="extended" xlink:role="${LINK_ROLE}"><loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/><loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="b"/>` +
        `<definitionArc xlink:type="arc" xlink:arcrole="http://example.com/arcrole/x" xlink:from="a" xlink:to="b"/></definitionLink></linkbase>`,
    });
    expect(codes(std)).toEqual(['xbrl.3.5.2.5:arcroleRefMissing']);
  });

  it('compares arc attributes by typed value for prohibition', () => {
    const arc = (extra: string) =>
      `<calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="a" xlink:to="b" ${extra}/>`;
    const t = compile({
      'a.xsd': schema(
        item('A') + item('B') + '<attribute name="dec" type="decimal"/><attribute name="flag" type="boolean"/>',
        `<link:linkbase><link:calculationLink xlink:type="extended" xlink:role="${LINK_ROLE}"><link:loc xlink:type="locator" xlink:href="#A" xlink:label="a"/><link:loc xlink:type="locator" xlink:href="#B" xlink:label="b"/>` +
          arc('weight="1" t:dec="1.23" t:flag="true"').replace(/calculationArc/g, 'link:calculationArc') +
          `</link:calculationLink></link:linkbase>` +
          `<link:linkbase><link:calculationLink xlink:type="extended" xlink:role="${LINK_ROLE}"><link:loc xlink:type="locator" xlink:href="#A" xlink:label="a"/><link:loc xlink:type="locator" xlink:href="#B" xlink:label="b"/>` +
          arc('t:dec="001.230" t:flag="1" use="prohibited" priority="1" weight="1.0"').replace(
            /calculationArc/g,
            'link:calculationArc',
          ) +
          `</link:calculationLink></link:linkbase>`,
      ),
    });
    expect(codes(t)).toEqual([]);
    expect(t.networks.flatMap((n) => n.relationships)).toEqual([]);
  });

  it('reports unprohibited labelArcs to remote resources, duplicate arcs and wrong standard arcroles', () => {
    const t = compile({
      'a.xsd': schema(
        item('A') + item('B'),
        `<link:linkbaseRef xlink:type="simple" xlink:href="l.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>` +
          `<link:linkbaseRef xlink:type="simple" xlink:href="p.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>`,
      ),
      'l.xml':
        `<linkbase ${LB}><labelLink xlink:type="extended" xlink:role="${LINK_ROLE}"><loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/>` +
        `<label xlink:type="resource" xlink:label="lab" id="lab" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="en">A</label>` +
        `<labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="a" xlink:to="lab"/></labelLink>` +
        `<labelLink xlink:type="extended" xlink:role="${LINK_ROLE}"><loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="b"/><loc xlink:type="locator" xlink:href="l.xml#lab" xlink:label="remote"/>` +
        `<labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="b" xlink:to="remote"/></labelLink></linkbase>`,
      'p.xml':
        `<linkbase ${LB}><presentationLink xlink:type="extended" xlink:role="${LINK_ROLE}"><loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/><loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="b"/>` +
        `<presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" xlink:from="a" xlink:to="b" order="1"/>` +
        `<presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="a" xlink:to="b" order="2"/></presentationLink></linkbase>`,
    });
    expect(codes(t).sort()).toEqual([
      'xbrl.5.2.2.3:labelArcRemoteResource',
      'xbrl.5.2.4.2:arcrole',
      'xlink:duplicateArc',
    ]);
  });

  it('checks linkbaseRef roles and arcroles against the target linkbase', () => {
    const t = compile({
      'a.xsd': schema(
        item('A'),
        `<link:linkbaseRef xlink:type="simple" xlink:href="l.xml" xlink:role="http://www.xbrl.org/2003/role/referenceLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>` +
          `<link:linkbaseRef xlink:type="simple" xlink:href="l.xml" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef"/>`,
      ),
      'l.xml':
        `<linkbase ${LB}><labelLink xlink:type="extended" xlink:role="${LINK_ROLE}"><loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/>` +
        `<label xlink:type="resource" xlink:label="lab" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="en">A</label>` +
        `<labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="a" xlink:to="lab"/></labelLink></linkbase>`,
    });
    expect(codes(t).sort()).toEqual(['xbrl.4.3.2:linkbaseRefRole', 'xbrl.4.3.3:linkbaseRefArcrole']);
  });

  it('lets locators point to whole documents, and only link:loc discovers documents', () => {
    const t = compile({
      'a.xsd': schema(
        item('A'),
        `<link:linkbaseRef xlink:type="simple" xlink:href="c.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>`,
      ),
      'c.xml': `<linkbase ${LB}><c:link xlink:type="extended" xlink:role="${LINK_ROLE}"><loc xlink:type="locator" xlink:href="b.xsd" xlink:label="b"/><c:loc xlink:type="locator" xlink:href="bad.xsd" xlink:label="x"/></c:link></linkbase>`,
      'b.xsd': schema(item('B')),
      'bad.xsd': schema('<element name="Bad" substitutionGroup="xbrli:item"/>'),
    });
    expect(codes(t)).toEqual([]);
    expect(t.documents.map((d) => d.url.slice(BASE.length)).sort()).toEqual(['a.xsd', 'b.xsd', 'c.xml']);
  });
});

describe('roleType and arcroleType declarations', () => {
  it('checks id, URI, cyclesAllowed, usedOn duplicates and empty targetNamespace', () => {
    const t = compile({
      'a.xsd': schema(
        '',
        `<link:roleType roleURI="http://example.com/r" id="not(ncname)"><link:usedOn>link:labelLink</link:usedOn><link:usedOn xmlns:l2="http://www.xbrl.org/2003/linkbase">l2:labelLink</link:usedOn></link:roleType>` +
          `<link:roleType id="r2"/><link:arcroleType arcroleURI="#a#b" id="ar" cyclesAllowed="all"/>`,
      ),
      'b.xsd': '',
    });
    expect(codes(t).sort()).toEqual([
      'xbrl.5.1.3.4:usedOnDuplicate',
      'xbrl.5.1.3:roleTypeId',
      'xbrl.5.1.3:roleURI',
      'xbrl.5.1.4:arcroleURI',
      'xbrl.5.1.4:cyclesAllowed',
    ]);
    const e = compile({ 'e.xsd': `<schema ${NSDECL} targetNamespace="">${item('A')}</schema>` });
    expect(codes(e)).toEqual(['xbrl.5.1:targetNamespaceEmpty']);
  });
});

describe('relationships and resources as compiled (issue 14)', () => {
  const ARCROLE_LABEL = 'http://www.xbrl.org/2003/arcrole/concept-label';
  const t = compile({
    'a.xsd': schema(
      item('A') + item('B') + item('C'),
      `<link:linkbaseRef xlink:type="simple" xlink:href="l.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>`,
    ),
    'l.xml':
      `<linkbase ${LB}><labelLink xlink:type="extended" xlink:role="${LINK_ROLE}">` +
      `<loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="a"/><loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="b"/>` +
      `<loc xlink:type="locator" xlink:href="a.xsd#C" xlink:label="c"/>` +
      `<label xlink:type="resource" xlink:label="la" xml:lang="en">Net  income\u00a0(loss)\t</label>` +
      `<label xlink:type="resource" xlink:label="lb" xml:lang="en">Plain label</label>` +
      `<label xlink:type="resource" xlink:label="lc" xml:lang="en"> Leading</label>` +
      `<labelArc xlink:type="arc" xlink:arcrole="${ARCROLE_LABEL}" xlink:from="a" xlink:to="la" order="007"/>` +
      `<labelArc xlink:type="arc" xlink:arcrole="${ARCROLE_LABEL}" xlink:from="b" xlink:to="lb" order="2.50"/>` +
      `<labelArc xlink:type="arc" xlink:arcrole="${ARCROLE_LABEL}" xlink:from="c" xlink:to="lc" order=" 3 " c:note="x"/>` +
      `</labelLink></linkbase>`,
  });
  const rels = t.networks.find((n) => n.arcrole === ARCROLE_LABEL)!.relationships;

  it('gives the relationships of arcs without other attributes one shared, frozen empty attributes object', () => {
    expect(rels.map((r) => r.attributes)).toEqual([{}, {}, { '{http://example.com/custom}note': 'x' }]);
    expect(rels[0]!.attributes).toBe(rels[1]!.attributes);
    expect(Object.isFrozen(rels[0]!.attributes)).toBe(true);
    expect(Object.isFrozen(rels[2]!.attributes)).toBe(false);
  });

  it('reads order as a decimal, and label text with its whitespace collapsed and trimmed', () => {
    expect(rels.map((r) => r.order)).toEqual([7, 2.5, 3]);
    expect(t.resources.map((r) => r.text)).toEqual(['Net income (loss)', 'Plain label', 'Leading']);
    expect(t.resources.map((r) => r.element)).toEqual(Array(3).fill('{http://www.xbrl.org/2003/linkbase}label'));
  });
});

describe('prohibition and override by source and target (issue 14 grouping)', () => {
  it('groups a source with one target, several arcs to one target, and several targets alike', () => {
    const PC = 'http://www.xbrl.org/2003/arcrole/parent-child';
    const arc = (from: string, to: string, extra = '') =>
      `<presentationArc xlink:type="arc" xlink:arcrole="${PC}" xlink:from="${from}" xlink:to="${to}" order="1" ${extra}/>`;
    const locs = (...names: string[]) =>
      names.map((n) => `<loc xlink:type="locator" xlink:href="a.xsd#${n}" xlink:label="${n}"/>`).join('');
    const pl = (body: string) =>
      `<presentationLink xlink:type="extended" xlink:role="${LINK_ROLE}">${body}</presentationLink>`;
    const t = compile({
      'a.xsd': schema(
        ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((n) => item(n)).join(''),
        `<link:linkbaseRef xlink:type="simple" xlink:href="p.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>`,
      ),
      'p.xml':
        `<linkbase ${LB}>` +
        pl(
          locs('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H') +
            arc('A', 'B') +
            arc('A', 'C') +
            arc('A', 'D') +
            arc('E', 'F') +
            arc('G', 'H'),
        ) +
        pl(
          locs('A', 'B', 'D', 'E', 'F', 'G', 'H', 'I') +
            arc('A', 'B', 'use="prohibited" priority="1"') +
            arc('A', 'D', 'priority="2"') +
            arc('E', 'F', 'use="prohibited" priority="1"') +
            arc('G', 'H', 'use="prohibited" priority="1"') +
            arc('G', 'I'),
        ) +
        `</linkbase>`,
    });
    expect(codes(t)).toEqual([]);
    const name = (k: string) => k.slice(k.indexOf('}') + 1);
    const rels = t.networks.find((n) => n.arcrole === PC)!.relationships;
    expect(rels.map((r) => `${name(r.from)}>${name(r.to)}@${r.priority}`)).toEqual(['A>C@0', 'A>D@2', 'G>I@0']);
  });
});
