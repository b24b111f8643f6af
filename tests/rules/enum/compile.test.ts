/**
 * compileEnumerations (src/compile/enumerations.ts) on small in-memory DTSs, no shared data: which concepts are
 * enumeration concepts (derivation chains), how @domain resolves, and the domain of allowed values (usable members,
 * xbrldt:targetRole, cycles, headUsable). The enum2 namespace schema is a two-type stand-in written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ENUM2_NS } from '../../../src/compile/enumerations.js';
import type { DocumentSource } from '../../../src/dts/discover.js';
import { discoverAndCompile } from '../../../src/validate/core.js';

const ENUM2_XSD = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" targetNamespace="${ENUM2_NS}">
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:complexType name="enumerationItemType"><xs:simpleContent><xs:restriction base="xbrli:tokenItemType"/></xs:simpleContent></xs:complexType>
  <xs:complexType name="enumerationSetItemType"><xs:simpleContent><xs:restriction base="xbrli:tokenItemType"/></xs:simpleContent></xs:complexType>
</xs:schema>`;

const item = (n: string, extra = '') =>
  `<xs:element name="${n}" id="${n}" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration" ${extra}/>`;
const arc = (from: string, to: string, attrs = '') =>
  `<link:loc xlink:type="locator" xlink:href="t.xsd#${to}" xlink:label="${to}"/><link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/domain-member" xlink:from="${from}" xlink:to="${to}" ${attrs}/>`;
const link = (role: string, head: string, arcs: string) =>
  `<link:definitionLink xlink:type="extended" xlink:role="http://t/${role}"><link:loc xlink:type="locator" xlink:href="t.xsd#${head}" xlink:label="${head}"/>${arcs}</link:definitionLink>`;

function compile(elements: string, links: string) {
  const t = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:enum2="${ENUM2_NS}" xmlns:t="http://t" xmlns="http://t" targetNamespace="http://t">
    <xs:annotation><xs:appinfo>${['R1', 'R2'].map((r) => `<link:roleType roleURI="http://t/${r}" id="${r}"><link:usedOn>link:definitionLink</link:usedOn></link:roleType>`).join('')}
      <link:linkbaseRef xlink:type="simple" xlink:href="d.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/></xs:appinfo></xs:annotation>
    <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
    <xs:import namespace="${ENUM2_NS}" schemaLocation="urn:enum2.xsd"/>
    <xs:complexType name="A"><xs:simpleContent><xs:restriction base="enum2:enumerationSetItemType"/></xs:simpleContent></xs:complexType>
    <xs:complexType name="B"><xs:simpleContent><xs:restriction base="t:A"/></xs:simpleContent></xs:complexType>
    ${elements}</xs:schema>`;
  const d = `<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldt="http://xbrl.org/2005/xbrldt">
    <link:roleRef roleURI="http://t/R1" xlink:type="simple" xlink:href="t.xsd#R1"/><link:roleRef roleURI="http://t/R2" xlink:type="simple" xlink:href="t.xsd#R2"/>${links}</link:linkbase>`;
  const docs = new Map([
    ['http://t.example/t.xsd', t],
    ['http://t.example/d.xml', d],
    ['urn:enum2.xsd', ENUM2_XSD],
  ]);
  const source: DocumentSource = { read: (u) => (docs.has(u) ? new TextEncoder().encode(docs.get(u)) : undefined) };
  return discoverAndCompile([{ href: 'http://t.example/t.xsd' }], source).taxonomy;
}
const k = (n: string) => `{http://t}${n}`;

describe('compileEnumerations', () => {
  it('finds enumeration concepts through derivation chains and resolves an unprefixed @domain in the default namespace', () => {
    const t = compile(
      `${item('Head')}${item('X')}<xs:element name="E" id="E" type="t:B" substitutionGroup="xbrli:item" xbrli:periodType="duration" enum2:domain="Head" enum2:linkrole="http://t/R1"/>
       <xs:element name="Plain" id="Plain" type="xbrli:tokenItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration" enum2:domain="Head" enum2:linkrole="http://t/R1"/>`,
      link('R1', 'Head', arc('Head', 'X')),
    );
    const e = t.enumerations!;
    expect(Object.keys(e.concepts)).toEqual([k('E')]);
    expect(e.concepts[k('E')]).toMatchObject({ version: 2, set: true, domain: k('Head'), members: [k('X')] });
    expect(e.types[k('B')]).toEqual({ version: 2, set: true });
  });

  it('domain of allowed values: targetRole, a member unusable through any arc is out, cycles end, head only when headUsable', () => {
    const enumEl = (n: string, hu: string) =>
      `<xs:element name="${n}" id="${n}" type="enum2:enumerationItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration" enum2:domain="t:Head" enum2:linkrole="http://t/R1" ${hu}/>`;
    const t = compile(
      `${['Head', 'M1', 'M2', 'M3', 'Sub', 'S1', 'Off'].map((n) => item(n)).join('')}${enumEl('E', '')}${enumEl('EH', 'enum2:headUsable=" true "')}`,
      link(
        'R1',
        'Head',
        arc('Head', 'M1') +
          arc('Head', 'M2') +
          arc('M1', 'M3') +
          arc('M2', 'Head') +
          arc('Head', 'Sub', 'xbrldt:targetRole="http://t/R2"'),
      ) +
        link(
          'R2',
          'Sub',
          arc('Sub', 'S1') +
            arc('S1', 'M2', 'xbrldt:usable="false"') +
            arc('Sub', 'Off', 'xbrldt:targetRole="http://t/R1"'),
        ) +
        // Off in R1 is not reached from Head in R1 directly; only through R2's targetRole back to R1
        link('R1', 'Off', arc('Off', 'M1')),
    );
    const e = t.enumerations!.concepts;
    expect(e[k('E')]!.members).toEqual([k('M1'), k('M3'), k('Off'), k('S1'), k('Sub')]);
    expect(e[k('EH')]!.members).toEqual([k('Head'), k('M1'), k('M3'), k('Off'), k('S1'), k('Sub')]);
    expect(e[k('EH')]!.headUsable).toBe(true);
  });
});
