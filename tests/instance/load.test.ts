import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { loadInstance } from '../../src/instance/load.js';
import { parseXml } from '../../src/xml/parse.js';
import { CONTEXTS, instanceXml, k, lineOf, load } from '../rules/xbrl21/helpers.js';

describe('loadInstance', () => {
  it('loads contexts, units, facts (with nested tuple facts) and footnote links with positions', () => {
    const xml = instanceXml(`  <t:Revenue id="f1" contextRef="D2024" unitRef="EUR" decimals="0">1000</t:Revenue>
  <t:Address><t:Street contextRef="D2024">Damrak 1</t:Street><t:City contextRef="D2024">Amsterdam</t:City></t:Address>
  <t:Ratio contextRef="D2024" unitRef="pure"><xbrli:numerator>1</xbrli:numerator><xbrli:denominator>3</xbrli:denominator></t:Ratio>
  <t:Remark contextRef="D2024" xsi:nil="true"/>
  <link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <link:loc xlink:type="locator" xlink:label="l1" xlink:href="#f1"/>
    <link:footnote xlink:type="resource" xlink:label="n1" xml:lang="nl">Inclusief fusie</link:footnote>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" xlink:from="l1" xlink:to="n1"/>
  </link:footnoteLink>`);
    const { inst, findings } = load(xml);
    expect(findings).toEqual([]);
    expect(inst.schemaRefs.map((s) => s.href)).toEqual(['t.xsd']);
    expect([...inst.contexts.keys()]).toEqual(['D2024', 'I2024']);
    expect(inst.contexts.get('D2024')!.period).toEqual({ kind: 'duration', start: '2024-01-01', end: '2024-12-31' });
    expect(inst.contexts.get('I2024')!.period).toEqual({ kind: 'instant', instant: '2024-12-31' });
    expect(inst.contexts.get('I2024')!.entity).toEqual({ scheme: 'http://www.kvk.nl/kvk-id', identifier: '12345678' });
    expect(inst.units.get('EUR')!.numerator.map((m) => m.key)).toEqual(['{http://www.xbrl.org/2003/iso4217}EUR']);
    expect(inst.topFacts.map((f) => f.concept)).toEqual([k('Revenue'), k('Address'), k('Ratio'), k('Remark')]);
    expect(inst.facts.map((f) => f.concept)).toEqual([
      k('Revenue'),
      k('Address'),
      k('Street'),
      k('City'),
      k('Ratio'),
      k('Remark'),
    ]);
    const rev = inst.facts[0]!;
    expect(rev).toMatchObject({
      id: 'f1',
      contextRef: 'D2024',
      unitRef: 'EUR',
      decimals: '0',
      value: '1000',
      nil: false,
      isTuple: false,
    });
    expect(rev.line).toBe(lineOf(xml, '<t:Revenue'));
    const addr = inst.facts[1]!;
    expect(addr.isTuple).toBe(true);
    expect(addr.children.map((c) => c.value)).toEqual(['Damrak 1', 'Amsterdam']);
    expect(addr.children[0]!.parent).toBe(addr);
    expect(inst.facts[4]).toMatchObject({ numerator: '1', denominator: '3', isTuple: false });
    expect(inst.facts[5]!.nil).toBe(true);
    const fl = inst.footnoteLinks[0]!;
    expect(fl.role).toBe('http://www.xbrl.org/2003/role/link');
    expect(fl.locs.map((l) => [l.label, l.href])).toEqual([['l1', '#f1']]);
    expect(fl.resources.map((r) => [r.label, r.lang])).toEqual([['n1', 'nl']]);
    expect(fl.arcs.map((a) => [a.from, a.to])).toEqual([['l1', 'n1']]);
    expect(inst.ids.get('f1')?.local).toBe('Revenue');
  });

  it('takes an unknown element with child elements as a tuple when no taxonomy is given', () => {
    const xml = instanceXml('  <t:X><t:Y contextRef="D2024">a</t:Y></t:X>');
    const inst = loadInstance(parseXml(xml, 'i.xbrl'), () => {});
    expect(inst.facts.map((f) => [f.concept, f.isTuple])).toEqual([
      [k('X'), true],
      [k('Y'), false],
    ]);
  });

  it('accepts a tuple test callback', () => {
    const xml = instanceXml('  <t:X/>');
    const inst = loadInstance(
      parseXml(xml, 'i.xbrl'),
      () => {},
      (key) => key === k('X'),
    );
    expect(inst.facts[0]!.isTuple).toBe(true);
  });

  it('reads explicit and typed dimension members from segment and scenario', () => {
    const ctx = `  <xbrli:context id="C1" xmlns:xbrldi="http://xbrl.org/2006/xbrldi">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier>
      <xbrli:segment><xbrldi:explicitMember dimension="t:RegionAxis">t:Europe</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
    <xbrli:period><xbrli:forever/></xbrli:period>
    <xbrli:scenario><xbrldi:typedMember dimension="t:IdAxis"><t:Id>7</t:Id></xbrldi:typedMember></xbrli:scenario>
  </xbrli:context>`;
    const { inst, findings } = load(instanceXml('', ctx));
    expect(findings).toEqual([]);
    const c = inst.contexts.get('C1')!;
    expect(c.period).toEqual({ kind: 'forever' });
    expect(c.dimensions.map((d) => [d.container, d.dimension, d.member ?? d.typed?.children[0]?.text])).toEqual([
      ['segment', k('RegionAxis'), k('Europe')],
      ['scenario', k('IdAxis'), '7'],
    ]);
  });

  it('reports structural problems as findings with lines, not exceptions', () => {
    const ctx = `  <xbrli:context id="NoEntity">
    <xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period>
  </xbrli:context>
  <xbrli:context id="BadPeriod">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:unit id="U"><xbrli:measure>undeclared:EUR</xbrli:measure></xbrli:unit>`;
    const xml = instanceXml('', ctx);
    const { inst, findings } = load(xml);
    expect(findings.map((f) => `${f.code}@${f.line}`)).toEqual([
      `xbrl.4.7.3:contextEntity@${lineOf(xml, 'id="NoEntity"')}`,
      `xbrl.4.7.2:contextPeriod@${lineOf(xml, '<xbrli:period><xbrli:endDate')}`,
      `xbrl.4.8.2:measureQName@${lineOf(xml, 'undeclared:EUR')}`,
    ]);
    expect(findings[0]!.file).toBe('inst.xbrl');
    expect(inst.contexts.size).toBe(2);
    expect(inst.units.get('U')!.numerator).toEqual([]);
  });

  it('refuses a document that is not an XBRL instance (sbr:notAnInstance)', () => {
    const doc = parseXml('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>', 'x.xsd');
    let err: unknown;
    try {
      loadInstance(doc, () => {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FatalInputError);
    expect((err as FatalInputError).finding.code).toBe('sbr:notAnInstance');
  });

  it('keeps unit measures sorted and divide parts separate', () => {
    const units = `${CONTEXTS}
  <xbrli:unit id="EURperShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>`;
    const { inst } = load(instanceXml('', units));
    const u = inst.units.get('EURperShare')!;
    expect(u.divide).toBe(true);
    expect(u.numerator.map((m) => m.local)).toEqual(['EUR']);
    expect(u.denominator.map((m) => m.key)).toEqual(['{http://www.xbrl.org/2003/instance}shares']);
  });
});

describe('loadInstance with schema defaults (PSVI; conformance 322-00, 395-03)', () => {
  it('applies element default values and attribute defaults of the concept', async () => {
    const { taxonomy } = await import('../rules/xbrl21/helpers.js');
    const tax = taxonomy();
    Object.assign(tax.concepts[k('Amount')]!, { default: '1000', attributeDefaults: { decimals: '2' } });
    const { inst } = load(
      instanceXml(`  <t:Amount contextRef="D2024" unitRef="pure"></t:Amount>
  <t:Amount contextRef="D2024" unitRef="pure" precision="3">5</t:Amount>`),
      tax,
    );
    expect(inst.facts.map((f) => [f.value, f.decimals, f.precision])).toEqual([
      ['1000', '2', undefined],
      ['5', undefined, '3'],
    ]);
  });
});
