import { describe, expect, it } from 'vitest';
import {
  attributeValues,
  contextContentValue,
  contextPeriodType,
  decimalsPrecision,
  factConcept,
  factValue,
  footnoteArcs,
  footnoteLinkRole,
  footnoteLocTarget,
  footnoteResource,
  instanceRoleRefs,
  itemContextRef,
  measureElement,
  monetaryUnit,
  nilFacts,
  numericUnitRef,
  periodStartEnd,
  scenarioContent,
  schemaRefTarget,
  segmentContent,
  sharesUnit,
  tupleAttributes,
  tupleContent,
  uniqueIds,
  unitDivideCommonMeasure,
  xbrl21InstanceRules,
} from '../../../src/rules/xbrl21/index.js';
import { CONTEXTS, T as T_NS, codes, instanceXml, lineOf, run, taxonomy } from './helpers.js';

const VALID = instanceXml(`  <t:Revenue id="f1" contextRef="D2024" unitRef="EUR" decimals="0">1000</t:Revenue>
  <t:Name contextRef="I2024">Voorbeeld BV</t:Name>
  <t:Remark contextRef="D2024" xsi:nil="true"/>
  <t:Shares contextRef="I2024" unitRef="shares" precision="INF">100</t:Shares>
  <t:Ratio contextRef="D2024" unitRef="pure"><xbrli:numerator>1</xbrli:numerator><xbrli:denominator>3</xbrli:denominator></t:Ratio>
  <t:Address><t:Street contextRef="D2024">Damrak 1</t:Street><t:City contextRef="D2024">Amsterdam</t:City></t:Address>
  <t:Address><t:Street contextRef="D2024">Dam 2</t:Street></t:Address>
  <link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <link:loc xlink:type="locator" xlink:label="l1" xlink:href="#f1"/>
    <link:footnote xlink:type="resource" xlink:label="n1" xlink:role="http://www.xbrl.org/2003/role/footnote" xml:lang="nl">Inclusief fusie</link:footnote>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" xlink:from="l1" xlink:to="n1"/>
  </link:footnoteLink>`);

describe('XBRL 2.1 instance rules', () => {
  it('report nothing on a valid instance', () => {
    expect(run(xbrl21InstanceRules, VALID)).toEqual([]);
  });

  it('every rule has a spec-form code, a spec section and a severity', () => {
    for (const r of xbrl21InstanceRules) {
      expect(r.code).toMatch(/^(xbrl\.[0-9.]+|xmlSchema):[A-Za-z]+(-[A-Za-z]+)?$/); // Arelle's -suffix forms (docs/codes.md)
      expect(r.spec).toMatch(/section/);
      expect(r.scope).toBe('instance');
    }
  });

  it('xbrl.4.6:undeclaredConcept / abstractConcept / notItemOrTuple', () => {
    const xml = instanceXml(`  <t:Unknown contextRef="D2024">x</t:Unknown>
  <t:Heading contextRef="D2024">x</t:Heading>
  <t:Count>3</t:Count>`);
    const fs = run(factConcept, xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.6:undeclaredConcept@${lineOf(xml, '<t:Unknown')}`,
      `xbrl.4.6:abstractConcept@${lineOf(xml, '<t:Heading')}`,
      `xbrl.4.6:notItemOrTuple@${lineOf(xml, '<t:Count')}`,
    ]);
    expect(fs[0]!.message).toContain('t:Unknown');
    expect(fs[0]!.file).toBe('inst.xbrl');
  });

  it('xbrl.4.6.1:itemContextRef (missing, dangling, refers to a unit: 301-04)', () => {
    const xml = instanceXml(`  <t:Name>x</t:Name>
  <t:Remark contextRef="NOPE">x</t:Remark>
  <t:Street contextRef="EUR">x</t:Street>`);
    const fs = run(itemContextRef, xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.6.1:itemContextRef@${lineOf(xml, '<t:Name')}`,
      `xbrl.4.6.1:itemContextRef@${lineOf(xml, '<t:Remark')}`,
      `xbrl.4.6.1:itemContextRef@${lineOf(xml, '<t:Street')}`,
    ]);
    expect(fs[2]!.message).toBe("t:Street has contextRef 'EUR', which refers to an xbrli:unit, not to a context");
    expect(run(itemContextRef, VALID)).toEqual([]);
  });

  it('xbrl.4.6.2:numericUnitRef (missing, refers to a context: 301-05) and nonNumericUnitRef', () => {
    const xml = instanceXml(`  <t:Revenue contextRef="D2024" decimals="0">1</t:Revenue>
  <t:Amount contextRef="D2024" unitRef="D2024" decimals="0">1</t:Amount>
  <t:Name contextRef="I2024" unitRef="EUR">x</t:Name>`);
    const fs = run(numericUnitRef, xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.6.2:numericUnitRef@${lineOf(xml, '<t:Revenue')}`,
      `xbrl.4.6.2:numericUnitRef@${lineOf(xml, '<t:Amount')}`,
      `xbrl.4.6.2:nonNumericUnitRef@${lineOf(xml, '<t:Name')}`,
    ]);
    expect(fs[0]!.message).toBe('Revenue is numeric but has no unitRef');
  });

  it('xbrl.4.6.3:decimalsPrecision (305-03, 305-04, 305-05) and lexical checks', () => {
    const xml = instanceXml(`  <t:Revenue contextRef="D2024" unitRef="EUR">1</t:Revenue>
  <t:Amount contextRef="D2024" unitRef="pure" decimals="2" precision="3">1</t:Amount>
  <t:Amount contextRef="D2024" unitRef="pure" decimals="2" xsi:nil="true"/>
  <t:Name contextRef="I2024" decimals="0">x</t:Name>
  <t:Revenue contextRef="D2024" unitRef="EUR" decimals="two">1</t:Revenue>
  <t:Revenue contextRef="D2024" unitRef="EUR" precision="-1">1</t:Revenue>
  <t:Ratio contextRef="D2024" unitRef="pure" decimals="0"><xbrli:numerator>1</xbrli:numerator><xbrli:denominator>3</xbrli:denominator></t:Ratio>`);
    const fs = run(decimalsPrecision, xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.6.3:decimalsPrecision@${lineOf(xml, 'unitRef="EUR">1')}`,
      `xbrl.4.6.3:decimalsPrecision@${lineOf(xml, 'precision="3"')}`,
      `xbrl.4.6.3:nilPrecisionDecimals@${lineOf(xml, 'xsi:nil="true"/>')}`,
      `xbrl.4.6.3:nonNumericPrecisionDecimals@${lineOf(xml, '<t:Name')}`,
      `xbrl.4.6.5:decimals@${lineOf(xml, 'decimals="two"')}`,
      `xbrl.4.6.4:precision@${lineOf(xml, 'precision="-1"')}`,
      `xbrl.4.6.3:fractionPrecisionDecimals@${lineOf(xml, '<t:Ratio')}`,
    ]);
    expect(fs[0]!.message).toBe('Revenue is numeric and needs either a decimals or a precision attribute');
    expect(run(decimalsPrecision, VALID)).toEqual([]);
  });

  it('xmlSchema:nillable: nil only on nillable concepts, and nil facts are empty', () => {
    const xml = instanceXml(`  <t:Name contextRef="I2024" xsi:nil="true"/>
  <t:Remark contextRef="D2024" xsi:nil="true">text</t:Remark>
  <t:Address xsi:nil="true"/>`);
    expect(codes(run(nilFacts, xml))).toEqual([
      `xmlSchema:nillable@${lineOf(xml, '<t:Name')}`,
      `xmlSchema:nilElementHasContent@${lineOf(xml, '<t:Remark')}`,
    ]);
  });

  it('xmlSchema:valueError for fact values, fractions and item children', () => {
    const xml = instanceXml(`  <t:Revenue contextRef="D2024" unitRef="EUR" decimals="0">12,50</t:Revenue>
  <t:Revenue contextRef="D2024" unitRef="EUR" decimals="0" xsi:nil="true"/>
  <t:Ratio contextRef="D2024" unitRef="pure"><xbrli:numerator>1</xbrli:numerator><xbrli:denominator>0.0</xbrli:denominator></t:Ratio>
  <t:Name contextRef="I2024"><t:Street>x</t:Street></t:Name>`);
    const fs = run(factValue, xml);
    expect(codes(fs)).toEqual([
      `xmlSchema:valueError@${lineOf(xml, '12,50')}`,
      `xmlSchema:valueError@${lineOf(xml, '<t:Ratio')}`,
      `xbrl.5.1.1:itemMixedContent@${lineOf(xml, '<t:Name')}`,
    ]);
    expect(fs[0]!.message).toMatch(/^Revenue has value '12,50', which is not valid: .+/);
    expect(fs[1]!.message).toContain('must not be zero');
    expect(run(factValue, VALID)).toEqual([]);
  });

  it('xbrl.4.7.2:periodStartEnd (302-10) and invalid dates; same start and end date is one day', () => {
    const ctx = `${CONTEXTS}
  <xbrli:context id="Backwards">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2024-12-31</xbrli:startDate><xbrli:endDate>2024-01-01</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="OneDay">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2024-06-01</xbrli:startDate><xbrli:endDate>2024-06-01</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="SameInstant">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2024-06-01T10:00:00</xbrli:startDate><xbrli:endDate>2024-06-01T10:00:00</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="BadDate">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:instant>2023-02-29</xbrli:instant></xbrli:period>
  </xbrli:context>`;
    const xml = instanceXml('', ctx);
    const fs = run(periodStartEnd, xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.7.2:periodStartEnd@${lineOf(xml, 'id="Backwards"')}`,
      `xbrl.4.7.2:periodStartEnd@${lineOf(xml, 'id="SameInstant"')}`,
      `xbrl.4.7.2:contextDate@${lineOf(xml, 'id="BadDate"')}`,
    ]);
    expect(fs[0]!.message).toBe(
      "Context 'Backwards' has startDate 2024-12-31, which is not before its endDate 2024-01-01",
    );
  });

  it('xbrl.4.7.2:contextPeriodType (303-03, 303-04), forever is a duration', () => {
    const ctx = `${CONTEXTS}
  <xbrli:context id="Forever">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:forever/></xbrli:period>
  </xbrli:context>`;
    const xml = instanceXml(
      `  <t:Revenue contextRef="I2024" unitRef="EUR" decimals="0">1</t:Revenue>
  <t:Name contextRef="D2024">x</t:Name>
  <t:Name contextRef="Forever">x</t:Name>
  <t:Remark contextRef="Forever">ok</t:Remark>`,
      ctx,
    );
    const fs = run(contextPeriodType, xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.7.2:contextPeriodType@${lineOf(xml, '<t:Revenue')}`,
      `xbrl.4.7.2:contextPeriodType@${lineOf(xml, '<t:Name contextRef="D2024"')}`,
      `xbrl.4.7.2:contextPeriodType@${lineOf(xml, '<t:Name contextRef="Forever"')}`,
    ]);
    expect(fs[0]!.message).toBe("Revenue is a duration concept but context 'I2024' has an instant period (2024-12-31)");
    expect(run(contextPeriodType, VALID)).toEqual([]);
  });

  it('xbrl.4.7.3.2:segmentContent and xbrl.4.7.4:scenarioContent (302-02, 302-04, 302-05, 302-06)', () => {
    const ctx = `${CONTEXTS}
  <xbrli:context id="C1">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier>
      <xbrli:segment><t:Region>EU</t:Region><xbrli:instant>2024-01-01</xbrli:instant></xbrli:segment></xbrli:entity>
    <xbrli:period><xbrli:forever/></xbrli:period>
    <xbrli:scenario><t:Wrapper><t:Name>x</t:Name></t:Wrapper></xbrli:scenario>
  </xbrli:context>
  <xbrli:context id="C2">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:forever/></xbrli:period>
    <xbrli:scenario><t:Empty/></xbrli:scenario>
  </xbrli:context>`;
    const xml = instanceXml('', ctx);
    expect(codes(run(segmentContent, xml))).toEqual([`xbrl.4.7.3.2:segmentContent@${lineOf(xml, '<xbrli:segment>')}`]);
    const sc = run(scenarioContent, xml);
    expect(codes(sc)).toEqual([`xbrl.4.7.4:scenarioContent@${lineOf(xml, '<t:Wrapper>')}`]);
    expect(sc[0]!.message).toContain('t:Name, which is an item or tuple');
  });

  it('xmlSchema:valueError for declared elements in segment/scenario (lax validation, 314-03)', () => {
    const ctx = `${CONTEXTS}
  <xbrli:context id="C1">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier>
      <xbrli:segment><t:Count>three</t:Count><t:Undeclared>anything</t:Undeclared></xbrli:segment></xbrli:entity>
    <xbrli:period><xbrli:forever/></xbrli:period>
  </xbrli:context>`;
    const xml = instanceXml('', ctx);
    expect(codes(run(contextContentValue, xml))).toEqual([`xmlSchema:valueError@${lineOf(xml, '<t:Count>')}`]);
  });

  it('xbrl.4.8.2 monetary and shares units (304-06..09, 304-15, 304-26), measureElement (304-11), pure has no constraint (304-12)', () => {
    const units = `${CONTEXTS}
  <xbrli:unit id="USDOLLAR"><xbrli:measure>iso4217:us_dollars</xbrli:measure></xbrli:unit>
  <xbrli:unit id="EURperShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
  <xbrli:unit id="impure"><xbrli:measure>xbrli:impure</xbrli:measure></xbrli:unit>`;
    const xml = instanceXml(
      `  <t:Revenue contextRef="D2024" unitRef="USDOLLAR" decimals="0">1</t:Revenue>
  <t:Revenue contextRef="D2024" unitRef="EURperShare" decimals="0">1</t:Revenue>
  <t:Revenue contextRef="D2024" unitRef="pure" decimals="0">1</t:Revenue>
  <t:Shares contextRef="I2024" unitRef="EUR" decimals="0">1</t:Shares>
  <t:Amount contextRef="D2024" unitRef="EUR" decimals="0">1</t:Amount>`,
      units,
    );
    const fs = run([monetaryUnit, sharesUnit, measureElement], xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure@${lineOf(xml, 'unitRef="USDOLLAR"')}`,
      `xbrl.4.8.2:monetaryFactUnit-notSingleMeasure@${lineOf(xml, 'unitRef="EURperShare"')}`,
      `xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure@${lineOf(xml, 'unitRef="pure"')}`,
      `xbrl.4.8.2:sharesFactUnit-notSharesMeasure@${lineOf(xml, '<t:Shares')}`,
      `xbrl.4.8.2:measureElement@${lineOf(xml, 'id="impure"')}`,
    ]);
    expect(fs[1]!.message).toBe(
      "Revenue is a monetary amount, so its unit must be a single ISO 4217 currency (such as iso4217:EUR), but unit 'EURperShare' is iso4217:EUR/xbrli:shares",
    );
    expect(run([monetaryUnit, sharesUnit, measureElement], VALID)).toEqual([]);
  });

  it('xbrl.4.8.4:unitDivideCommonMeasure (304-16)', () => {
    const units = `${CONTEXTS}
  <xbrli:unit id="U"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:EUR</xbrli:measure><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
  <xbrli:unit id="OK"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>`;
    const xml = instanceXml('', units);
    expect(codes(run(unitDivideCommonMeasure, xml))).toEqual([
      `xbrl.4.8.4:unitDivideCommonMeasure@${lineOf(xml, 'id="U"')}`,
    ]);
  });

  it('xbrl.4.9:tupleContent: order, missing and unexpected children (306-03); nil tuple is exempt (398)', () => {
    const xml =
      instanceXml(`  <t:Address><t:City contextRef="D2024">A</t:City><t:Street contextRef="D2024">B</t:Street></t:Address>
  <t:Address><t:City contextRef="D2024">A</t:City></t:Address>
  <t:Address></t:Address>
  <t:Address><t:Street contextRef="D2024">B</t:Street><t:City contextRef="D2024">A</t:City><t:City contextRef="D2024">C</t:City></t:Address>
  <t:Address xsi:nil="true"/>`);
    const fs = run(tupleContent, xml);
    const l1 = lineOf(xml, '<t:Address>');
    expect(codes(fs)).toEqual([
      `xbrl.4.9:tupleContent@${l1}`,
      `xbrl.4.9:tupleContent@${l1 + 1}`,
      `xbrl.4.9:tupleContent@${l1 + 2}`,
      `xbrl.4.9:tupleContent@${l1 + 3}`,
    ]);
    expect(fs[0]!.message).toBe('t:Address contains t:City where its definition does not allow it (expected t:Street)');
    expect(fs[2]!.message).toBe(
      't:Address is incomplete: required content is missing at the end of the tuple (expected t:Street)',
    );
    expect(fs[0]!.column).toBe(xml.split('\n')[l1 - 1]!.indexOf('<t:City') + 1);
    expect(run(tupleContent, VALID)).toEqual([]);
  });

  it('xbrl.4.9:tupleAttributes', () => {
    const xml = instanceXml(
      `  <t:Address contextRef="D2024" xlink:title="x"><t:Street contextRef="D2024">B</t:Street></t:Address>`,
    );
    expect(run(tupleAttributes, xml).map((f) => f.message)).toEqual([
      't:Address is a tuple and must not have a contextRef attribute',
      't:Address is a tuple and must not have attribute title of namespace http://www.w3.org/1999/xlink',
    ]);
  });

  it('xmlSchema:duplicateId, xbrl.4.7.1:contextId and xbrl.4.8.1:unitId', () => {
    const ctx = `${CONTEXTS}
  <xbrli:context id="D2024">
    <xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:forever/></xbrli:period>
  </xbrli:context>
  <xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>`;
    const xml = instanceXml(`  <t:Name id="I2024" contextRef="I2024">x</t:Name>`, ctx);
    expect(codes(run(uniqueIds, xml))).toEqual([
      `xbrl.4.7.1:contextId@${lineOf(xml, 'id="D2024"', 'id="pure"')}`,
      `xbrl.4.8.1:unitId@${lineOf(xml, 'id="EUR"', 'id="pure"')}`,
      `xmlSchema:duplicateId@${lineOf(xml, '<t:Name')}`,
    ]);
  });

  it('xbrl.4.11 footnotes: link role, loc targets (301-08, 301-12), lang (301-16), arcs (301-10, 301-14, 301-15), custom arcrole (301-17)', () => {
    const xml = instanceXml(`  <t:Name id="f1" contextRef="I2024">x</t:Name>
  <link:footnoteLink xlink:type="extended" xlink:role="http://example.com/role/undeclared">
    <link:loc xlink:type="locator" xlink:label="toContext" xlink:href="#D2024"/>
    <link:loc xlink:type="locator" xlink:label="otherDoc" xlink:href="other.xbrl#f1"/>
    <link:loc xlink:type="locator" xlink:label="sameDoc" xlink:href="inst.xbrl#f1"/>
    <link:footnote xlink:type="resource" xlink:label="noLang">Geen taal</link:footnote>
    <link:footnote xlink:type="resource" xlink:label="n2" xml:lang="en">Note</link:footnote>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" xlink:from="missing" xlink:to="n2"/>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" xlink:from="n2" xlink:to="sameDoc"/>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://example.com/arcrole/custom" xlink:from="n2" xlink:to="noLang"/>
  </link:footnoteLink>`);
    const fs = run([footnoteLinkRole, footnoteLocTarget, footnoteResource, footnoteArcs], xml);
    expect(codes(fs)).toEqual([
      `xbrl.4.11.1:footnoteLinkRole@${lineOf(xml, '<link:footnoteLink')}`,
      `xbrl.4.11.1.1:footnoteLocTarget@${lineOf(xml, 'toContext')}`,
      `xbrl.4.11.1.1:footnoteLocTarget@${lineOf(xml, 'otherDoc')}`,
      `xbrl.4.11.1.2:footnoteLang@${lineOf(xml, 'noLang')}`,
      `xbrl.3.5.3.9:arcResource@${lineOf(xml, 'xlink:from="missing"')}`,
      `xbrl.4.11.1.3.1:factFootnoteArc@${lineOf(xml, 'xlink:to="sameDoc"')}`,
      `xbrl.4.11.1.3.1:factFootnoteArc@${lineOf(xml, 'xlink:to="sameDoc"')}`,
      `xbrl.4.11.1.3.1:footnoteArcrole@${lineOf(xml, 'arcrole/custom')}`,
    ]);
    expect(fs[1]!.message).toBe(
      "Footnote locator 'toContext' points to xbrli:context 'D2024', which is not a fact; footnotes can only be attached to facts",
    );
    expect(run([footnoteLinkRole, footnoteLocTarget, footnoteResource, footnoteArcs], VALID)).toEqual([]);
  });

  it('custom footnote link roles and arcroles are fine when declared with roleRef/arcroleRef (301-17)', () => {
    const xml =
      instanceXml(`  <link:roleRef roleURI="http://abc.com/role/link1" xlink:type="simple" xlink:href="t.xsd#link1"/>
  <link:arcroleRef arcroleURI="http://abc.com/arcrole/footnote-test" xlink:type="simple" xlink:href="t.xsd#ft"/>
  <t:Name id="f1" contextRef="I2024">x</t:Name>
  <link:footnoteLink xlink:type="extended" xlink:role="http://abc.com/role/link1">
    <link:loc xlink:type="locator" xlink:label="l" xlink:href="#f1"/>
    <link:footnote xlink:type="resource" xlink:label="a" xml:lang="en">A</link:footnote>
    <link:footnote xlink:type="resource" xlink:label="b" xml:lang="en">B</link:footnote>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" xlink:from="l" xlink:to="a"/>
    <link:footnoteArc xlink:type="arc" xlink:arcrole="http://abc.com/arcrole/footnote-test" xlink:from="a" xlink:to="b"/>
  </link:footnoteLink>`);
    expect(run(xbrl21InstanceRules, xml)).toEqual([]);
  });

  it('a schemaRef resolves with xml:base and must point to a schema of the DTS (4.2, 307 V-3)', () => {
    const ok = instanceXml('');
    expect(run(schemaRefTarget, ok)).toEqual([]);
    const based = ok.replace(
      '<link:schemaRef xlink:type="simple" xlink:href="t.xsd"/>',
      '<link:schemaRef xlink:type="simple" xlink:href="t.xsd" xml:base="base/"/>',
    );
    expect(codes(run(schemaRefTarget, based))).toEqual([`xbrl.4.2:schemaRefTarget@${lineOf(based, 'link:schemaRef')}`]);
    const tax = taxonomy();
    tax.documents = [{ url: 't.xsd', kind: 'linkbase' }];
    expect(run(schemaRefTarget, ok, tax)[0]!.message).toBe(
      'The schemaRef t.xsd resolves to t.xsd, which is not an XML Schema (a schemaRef must point to a schema)',
    );
  });

  it('roleRef and arcroleRef are unique per URI and point to the declaring type (4.4, 4.5, 308 V-01, V-02)', () => {
    const xml =
      instanceXml(`  <link:roleRef roleURI="http://abc.com/role/link1" xlink:type="simple" xlink:href="t.xsd#link1"/>
  <link:roleRef roleURI="http://abc.com/role/link1" xlink:type="simple" xlink:href="t.xsd#link1"/>
  <link:arcroleRef arcroleURI="http://abc.com/arcrole/footnote-test" xlink:type="simple" xlink:href="t.xsd#ft"/>
  <link:arcroleRef arcroleURI="http://abc.com/arcrole/footnote-test" xlink:type="simple" xlink:href="t.xsd#ft"/>
  <link:roleRef roleURI="http://abc.com/role/undeclared" xlink:type="simple" xlink:href="t.xsd#nope"/>
  <link:arcroleRef arcroleURI="http://abc.com/arcrole/other" xlink:type="simple" xlink:href="t.xsd#link1"/>`);
    const lines = xml.split('\n');
    const nth = (needle: string, n: number) =>
      lines.map((l, i) => (l.includes(needle) ? i + 1 : 0)).filter(Boolean)[n]!;
    expect(codes(run(instanceRoleRefs, xml))).toEqual([
      `xbrl.3.5.2.4:roleRefDuplicate@${nth('role/link1', 1)}`,
      `xbrl.3.5.2.4:roleRefTarget@${nth('role/undeclared', 0)}`,
      `xbrl.3.5.2.5:arcroleRefDuplicate@${nth('arcrole/footnote-test', 1)}`,
      `xbrl.3.5.2.5:arcroleRefTarget@${nth('arcrole/other', 0)}`,
    ]);
    const wrong = instanceXml(
      '  <link:roleRef roleURI="http://abc.com/role/link1" xlink:type="simple" xlink:href="t.xsd#ft"/>',
    );
    expect(run(instanceRoleRefs, wrong)[0]!.message).toBe(
      "The link:roleRef for http://abc.com/role/link1 points to '#ft' instead of its roleType '#link1'",
    );
  });

  it('xmlSchema:valueError for attributes of facts, contexts and units declared in the DTS (314 V-04)', () => {
    const tax = taxonomy();
    const X = 'http://example.com/x';
    tax.attributes = { [`{${X}}n`]: { variety: 'atomic', builtin: 'integer', facets: [] } };
    tax.concepts[`{${T_NS}}Name`]!.attributeTypes = {
      flag: { variety: 'atomic', builtin: 'boolean', facets: [] },
      contextRef: { variety: 'atomic', builtin: 'IDREF', facets: [] },
    };
    const contexts = CONTEXTS.replace(
      '<xbrli:context id="D2024">',
      `<xbrli:context id="D2024" xmlns:x="${X}" x:n="abc">`,
    );
    const xml = instanceXml(
      `  <t:Revenue xmlns:x="${X}" x:n="12" contextRef="D2024" unitRef="EUR" decimals="0">1</t:Revenue>
  <t:Revenue xmlns:x="${X}" x:n="twelve" contextRef="D2024" unitRef="EUR" decimals="0">1</t:Revenue>
  <t:Name xmlns:x="${X}" x:other="anything" flag="maybe" contextRef="I2024">a</t:Name>
  <t:Name flag="true" contextRef="I2024">b</t:Name>`,
      contexts,
    );
    expect(codes(run(attributeValues, xml, tax))).toEqual([
      `xmlSchema:valueError@${lineOf(xml, 'x:n="twelve"')}`,
      `xmlSchema:valueError@${lineOf(xml, 'flag="maybe"')}`,
      `xmlSchema:valueError@${lineOf(xml, 'x:n="abc"')}`,
    ]);
    expect(run(attributeValues, VALID)).toEqual([]);
  });
});
