/**
 * xbrldte:TargetRoleNotResolvedError for a custom xbrldt:targetRole without a roleRef in the arc's linkbase
 * (XDT conformance 107 V-11), checked while building the networks (src/compile/linkbase.ts); and the `sbr dts` listing
 * of hypercubes (src/report/dts.ts) on the same small taxonomy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDtsText, summarizeDts } from '../../../src/report/dts.js';
import { loadDts } from '../../../src/validate/node.js';

const dir = mkdtempSync(join(tmpdir(), 'sbr-xdt-roleref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROLE = 'http://example.com/role/Domains';
const XDT = 'http://xbrl.org/int/dim/arcrole/';

function write(name: string, withRoleRef: boolean): string {
  writeFileSync(
    join(dir, `${name}.xsd`),
    `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldt="http://xbrl.org/2005/xbrldt" targetNamespace="http://example.com/t" elementFormDefault="qualified">
  <xs:annotation><xs:appinfo>
    <link:roleType id="Domains" roleURI="${ROLE}"><link:usedOn>link:definitionLink</link:usedOn></link:roleType>
    <link:linkbaseRef xlink:type="simple" xlink:href="${name}-def.xml" xlink:role="http://www.xbrl.org/2003/role/definitionLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
  </xs:appinfo></xs:annotation>
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:import namespace="http://xbrl.org/2005/xbrldt" schemaLocation="http://www.xbrl.org/2005/xbrldt-2005.xsd"/>
  <xs:element id="Sales" name="Sales" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration"/>
  <xs:element id="Table" name="Table" type="xbrli:stringItemType" substitutionGroup="xbrldt:hypercubeItem" abstract="true" xbrli:periodType="duration"/>
  <xs:element id="Axis" name="Axis" type="xbrli:stringItemType" substitutionGroup="xbrldt:dimensionItem" abstract="true" xbrli:periodType="duration"/>
  <xs:element id="Dom" name="Dom" type="xbrli:stringItemType" substitutionGroup="xbrli:item" abstract="true" xbrli:periodType="duration"/>
  <xs:element id="A" name="A" type="xbrli:stringItemType" substitutionGroup="xbrli:item" abstract="true" xbrli:periodType="duration"/>
  <xs:element id="B" name="B" type="xbrli:stringItemType" substitutionGroup="xbrli:item" abstract="true" xbrli:periodType="duration"/>
</xs:schema>`,
  );
  const arc = (r: string, f: string, t: string, extra = '') =>
    `<link:definitionArc xlink:type="arc" xlink:arcrole="${XDT}${r}" xlink:from="${f}" xlink:to="${t}" ${extra}/>`;
  const loc = (n: string) => `<link:loc xlink:type="locator" xlink:href="${name}.xsd#${n}" xlink:label="${n}"/>`;
  writeFileSync(
    join(dir, `${name}-def.xml`),
    `<?xml version="1.0"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldt="http://xbrl.org/2005/xbrldt">
  ${withRoleRef ? `<link:roleRef roleURI="${ROLE}" xlink:type="simple" xlink:href="${name}.xsd#Domains"/>` : ''}
  ${['all', 'hypercube-dimension', 'dimension-domain', 'domain-member', 'dimension-default'].map((a) => `<link:arcroleRef arcroleURI="${XDT}${a}" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#${a}"/>`).join('\n  ')}
  <link:definitionLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    ${['Sales', 'Table', 'Axis', 'Dom'].map(loc).join('')}
    ${arc('all', 'Sales', 'Table', 'xbrldt:contextElement="segment" xbrldt:closed="true"')}
    ${arc('hypercube-dimension', 'Table', 'Axis', `xbrldt:targetRole="${ROLE}"`)}
    ${arc('dimension-default', 'Axis', 'Dom')}
  </link:definitionLink>
</link:linkbase>`,
  );
  // the domain in its own linkbase, which has its roleRef: only the targetRole's linkbase lacks one
  writeFileSync(
    join(dir, `${name}-def2.xml`),
    `<?xml version="1.0"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
  <link:roleRef roleURI="${ROLE}" xlink:type="simple" xlink:href="${name}.xsd#Domains"/>
  ${['dimension-domain', 'domain-member'].map((a) => `<link:arcroleRef arcroleURI="${XDT}${a}" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#${a}"/>`).join('\n  ')}
  <link:definitionLink xlink:type="extended" xlink:role="${ROLE}">
    ${['Axis', 'Dom', 'A', 'B'].map(loc).join('')}
    ${arc('dimension-domain', 'Axis', 'Dom')}${arc('domain-member', 'Dom', 'A')}${arc('domain-member', 'Dom', 'B')}
  </link:definitionLink>
</link:linkbase>`,
  );
  return join(dir, `${name}.xsd`);
}

describe('xbrldt:targetRole needs a roleRef in its linkbase (XBRL Dimensions 1.0 section 2.4.3)', () => {
  it('reports TargetRoleNotResolvedError when the roleRef is missing (107 V-11)', () => {
    const xsd = write('missing', false);
    const { taxonomy } = loadDts([xsd, join(dir, 'missing-def2.xml')]);
    const codes = taxonomy.findings.map((f) => f.code);
    expect(codes).toContain('xbrldte:TargetRoleNotResolvedError');
    expect(taxonomy.findings.find((f) => f.code === 'xbrldte:TargetRoleNotResolvedError')!.file).toMatch(
      /missing-def\.xml$/,
    );
  });

  it('is silent with the roleRef, and sbr dts lists the hypercube with its dimension', () => {
    const xsd = write('ok', true);
    const { taxonomy } = loadDts([xsd, join(dir, 'ok-def2.xml')]);
    expect(taxonomy.findings.map((f) => f.code)).toEqual([]);
    const s = summarizeDts(taxonomy);
    expect(s.dimensions!['dimensions of hypercubes, explicit']).toBe(1);
    expect(s.dimensions!['distinct usable domain members']).toBe(3);
    expect(s.hypercubes).toEqual([
      expect.objectContaining({
        arcrole: 'all',
        closed: true,
        contextElement: 'segment',
        primaryItems: 1,
        dimensions: [expect.objectContaining({ label: 'Axis', explicit: true, members: 3, defaultLabel: 'Dom' })],
      }),
    ]);
    expect(formatDtsText(s)).toContain('Axis: explicit, 3 usable member(s), default Dom');
  });
});
