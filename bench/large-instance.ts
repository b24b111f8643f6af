/**
 * Generator of large plain XBRL instances against the SBR demo taxonomy (taxonomies/sbr-demo), for bench/large.ts
 * (issue 14, "Large instances"). Nothing generated is committed: the bench writes the instances into a temporary folder.
 *
 * An instance is a series of VAT returns, one per reporting entity `g` (a VAT number per entity): four contexts (the
 * quarter, the quarter by high and low VAT rate in the scenario, the submission date) and the eleven facts of
 * fixtures/demo/vat-return-valid.xbrl, with values that vary by entity and add up (VatPayable = VatHighRate -
 * InputVat). Two units are shared by all facts. Two kinds of error are planted so that the findings can be checked:
 *   - every entity with `g % 997 === 5` reports a VatPayable one euro off: one `xbrl.5.2.5.2:calcInconsistency`
 *   - every entity with `g % 997 === 500` reports a VAT number that misses a digit: one `xmlSchema:valueError`
 * `expectedFindings(entities)` gives those counts. About 230 bytes per fact.
 */
import { resolve } from 'node:path';

export const DEMO_SCHEMA = resolve(import.meta.dirname, '../taxonomies/sbr-demo/vat-2024.xsd');

const FACTS_PER_ENTITY = 11;

/** Number of entities (VAT returns) that gives an instance of about `bytes` bytes. */
export function entitiesFor(bytes: number): number {
  const one = largeInstance(1).length;
  const ten = largeInstance(11).length;
  return Math.max(1, Math.round((bytes - one) / ((ten - one) / 10)) + 1);
}

/** The expected finding counts (code -> count) of `largeInstance(entities)`. */
export function expectedFindings(entities: number): Record<string, number> {
  let calc = 0;
  let value = 0;
  for (let g = 0; g < entities; g++) {
    if (g % 997 === 5) calc++;
    if (g % 997 === 500) value++;
  }
  const out: Record<string, number> = {};
  if (calc) out['xbrl.5.2.5.2:calcInconsistency'] = calc;
  if (value) out['xmlSchema:valueError'] = value;
  return out;
}

export const factCount = (entities: number) => entities * FACTS_PER_ENTITY;

/**
 * The instance text: `entities` VAT returns as above; the schemaRef is `schemaHref` (default: the demo taxonomy's
 * absolute path).
 */
export function largeInstance(entities: number, schemaHref = DEMO_SCHEMA): string {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
    xmlns:vat="http://www.sbr-demo.example/2024/vat">
  <link:schemaRef xlink:type="simple" xlink:href="${schemaHref}"/>
  <xbrli:unit id="EUR">
    <xbrli:measure>iso4217:EUR</xbrli:measure>
  </xbrli:unit>
  <xbrli:unit id="pure">
    <xbrli:measure>xbrli:pure</xbrli:measure>
  </xbrli:unit>
`,
  ];
  for (let g = 0; g < entities; g++) {
    const id = `NL${String(100000000 + g).slice(-9)}B01`;
    const entity = `<xbrli:entity>
      <xbrli:identifier scheme="http://www.sbr-demo.example/vat-number">${id}</xbrli:identifier>
    </xbrli:entity>`;
    const quarter = `<xbrli:period>
      <xbrli:startDate>2024-01-01</xbrli:startDate>
      <xbrli:endDate>2024-03-31</xbrli:endDate>
    </xbrli:period>`;
    const rate = (member: string) => `<xbrli:scenario>
      <xbrldi:explicitMember dimension="vat:VatRateAxis">vat:${member}</xbrldi:explicitMember>
    </xbrli:scenario>`;
    const high = 100000 + ((g * 7919) % 900000);
    const low = 10000 + ((g * 104729) % 90000);
    const vat = Math.round(high * 0.21);
    const input = (g * 31) % vat;
    const payable = vat - input + (g % 997 === 5 ? 1 : 0);
    const vatNumber = g % 997 === 500 ? id.slice(0, 10) + id.slice(11) : id;
    parts.push(`  <xbrli:context id="Q${g}">
    ${entity}
    ${quarter}
  </xbrli:context>
  <xbrli:context id="H${g}">
    ${entity}
    ${quarter}
    ${rate('HighRateMember')}
  </xbrli:context>
  <xbrli:context id="L${g}">
    ${entity}
    ${quarter}
    ${rate('LowRateMember')}
  </xbrli:context>
  <xbrli:context id="S${g}">
    ${entity}
    <xbrli:period>
      <xbrli:instant>2024-04-30</xbrli:instant>
    </xbrli:period>
  </xbrli:context>
  <vat:TurnoverHighRate contextRef="Q${g}" unitRef="EUR" decimals="0">${high}</vat:TurnoverHighRate>
  <vat:VatHighRate contextRef="Q${g}" unitRef="EUR" decimals="0">${vat}</vat:VatHighRate>
  <vat:InputVat contextRef="Q${g}" unitRef="EUR" decimals="0">${input}</vat:InputVat>
  <vat:VatPayable contextRef="Q${g}" unitRef="EUR" decimals="0">${payable}</vat:VatPayable>
  <vat:TurnoverByRate contextRef="H${g}" unitRef="EUR" decimals="0">${high}</vat:TurnoverByRate>
  <vat:TurnoverByRate contextRef="L${g}" unitRef="EUR" decimals="0">${low}</vat:TurnoverByRate>
  <vat:ContactName contextRef="Q${g}">Contact ${g}</vat:ContactName>
  <vat:VatIdentificationNumber contextRef="Q${g}">${vatNumber}</vat:VatIdentificationNumber>
  <vat:SubmissionDate contextRef="S${g}">2024-04-30</vat:SubmissionDate>
  <vat:SmallBusinessScheme contextRef="Q${g}">${g % 2 === 0}</vat:SmallBusinessScheme>
  <vat:NumberOfInvoicesIssued contextRef="Q${g}" unitRef="pure" decimals="0">${g % 1000}</vat:NumberOfInvoicesIssued>
`);
  }
  parts.push('</xbrli:xbrl>\n');
  return parts.join('');
}
