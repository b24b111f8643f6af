/** Test helpers: a small hand-built compiled taxonomy, instance XML builder, and a runner for instance rules. */
import type { CompiledTaxonomy, Concept, SimpleType } from '../../../src/compile/types.js';
import { englishMessage } from '../../../src/messages/index.js';
import type { Finding } from '../../../src/findings.js';
import { loadInstance } from '../../../src/instance/load.js';
import type { Instance } from '../../../src/instance/types.js';
import type { Rule, RuleContext } from '../../../src/rules/types.js';
import { parseXml } from '../../../src/xml/parse.js';

export const T = 'http://example.com/t';
export const k = (local: string) => `{${T}}${local}`;
const XBRLI_ITEM = '{http://www.xbrl.org/2003/instance}item';
const XBRLI_TUPLE = '{http://www.xbrl.org/2003/instance}tuple';

const decimal: SimpleType = { variety: 'atomic', builtin: 'decimal', facets: [] };
const string: SimpleType = { variety: 'atomic', builtin: 'string', facets: [] };

function concept(local: string, c: Partial<Concept>): Concept {
  const kind = c.kind ?? 'item';
  return {
    key: k(local),
    namespace: T,
    name: local,
    file: 't.xsd',
    line: 1,
    column: 1,
    kind,
    substitutionGroup: kind === 'tuple' ? XBRLI_TUPLE : XBRLI_ITEM,
    substitutionGroups: kind === 'other' ? [] : [kind === 'tuple' ? XBRLI_TUPLE : XBRLI_ITEM],
    numeric: false,
    fraction: false,
    abstract: false,
    nillable: false,
    ...c,
  };
}

/**
 * Concepts: Revenue (monetary, duration, debit), Name (string, instant), Remark (string, duration, nillable),
 * Shares (shares, instant), Ratio (fraction, duration), Address (tuple: Street, City?), Street/City (string, duration),
 * Heading (abstract), Member (string, not an item: usable in segments), Amount (decimal, duration, nillable).
 */
export function taxonomy(): CompiledTaxonomy {
  const concepts: Record<string, Concept> = {};
  const add = (c: Concept) => (concepts[c.key] = c);
  add(
    concept('Revenue', {
      numeric: true,
      xbrliType: 'monetaryItemType',
      periodType: 'duration',
      balance: 'debit',
      valueType: decimal,
    }),
  );
  add(concept('Name', { xbrliType: 'stringItemType', periodType: 'instant', valueType: string }));
  add(concept('Remark', { xbrliType: 'stringItemType', periodType: 'duration', valueType: string, nillable: true }));
  add(concept('Shares', { numeric: true, xbrliType: 'sharesItemType', periodType: 'instant', valueType: decimal }));
  add(
    concept('Amount', {
      numeric: true,
      xbrliType: 'decimalItemType',
      periodType: 'duration',
      valueType: decimal,
      nillable: true,
    }),
  );
  add(
    concept('Ratio', {
      numeric: true,
      fraction: true,
      xbrliType: 'fractionItemType',
      periodType: 'duration',
      complexContent: true,
    }),
  );
  add(concept('Street', { xbrliType: 'stringItemType', periodType: 'duration', valueType: string }));
  add(concept('City', { xbrliType: 'stringItemType', periodType: 'duration', valueType: string }));
  add(concept('Heading', { xbrliType: 'stringItemType', periodType: 'duration', abstract: true, valueType: string }));
  add(concept('Count', { kind: 'other', valueType: { variety: 'atomic', builtin: 'integer', facets: [] } }));
  add(
    concept('Address', {
      kind: 'tuple',
      nillable: true,
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 1,
        particles: [
          { kind: 'element', ref: k('Street'), minOccurs: 1, maxOccurs: 1 },
          { kind: 'element', ref: k('City'), minOccurs: 0, maxOccurs: 1 },
        ],
      },
    }),
  );
  return {
    formatVersion: 1,
    entryPoints: ['t.xsd'],
    documents: [{ url: 't.xsd', kind: 'schema' }],
    concepts,
    types: {},
    roleTypes: {
      'http://abc.com/role/link1': {
        roleURI: 'http://abc.com/role/link1',
        id: 'link1',
        usedOn: ['{http://www.xbrl.org/2003/linkbase}footnoteLink'],
        file: 't.xsd',
        line: 1,
        column: 1,
      },
    },
    arcroleTypes: {
      'http://abc.com/arcrole/footnote-test': {
        roleURI: 'http://abc.com/arcrole/footnote-test',
        id: 'ft',
        usedOn: ['{http://www.xbrl.org/2003/linkbase}footnoteArc'],
        cyclesAllowed: 'none',
        file: 't.xsd',
        line: 1,
        column: 1,
      },
    },
    networks: [],
    resources: [],
    labels: { [k('Revenue')]: { 'http://www.xbrl.org/2003/role/label': { en: 'Revenue', nl: 'Opbrengsten' } } },
    findings: [],
  };
}

export const CONTEXTS = `  <xbrli:context id="D2024">
    <xbrli:entity><xbrli:identifier scheme="http://www.kvk.nl/kvk-id">12345678</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:context id="I2024">
    <xbrli:entity><xbrli:identifier scheme="http://www.kvk.nl/kvk-id">12345678</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period>
  </xbrli:context>
  <xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
  <xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
  <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>`;

/** An instance document with the standard contexts/units and the given body (facts, extra contexts, links). */
export function instanceXml(body: string, contexts = CONTEXTS): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="${T}">
  <link:schemaRef xlink:type="simple" xlink:href="t.xsd"/>
${contexts}
${body}
</xbrli:xbrl>
`;
}

/** 1-based line of the first occurrence of `needle` in `xml` (after `from` when given). */
export function lineOf(xml: string, needle: string, from?: string): number {
  const start = from ? xml.indexOf(from) : 0;
  const i = xml.indexOf(needle, start);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return xml.slice(0, i).split('\n').length;
}

export function load(xml: string, tax = taxonomy()): { inst: Instance; findings: Finding[] } {
  const findings: Finding[] = [];
  const inst = loadInstance(parseXml(xml, 'inst.xbrl'), (f) => findings.push(f), tax);
  return { inst, findings };
}

/** Runs the rules on the instance and returns their findings (loader findings are not included). */
export function run(rules: Rule | Rule[], xml: string, tax = taxonomy()): Finding[] {
  const { inst } = load(xml, tax);
  const out: Finding[] = [];
  for (const rule of Array.isArray(rules) ? rules : [rules]) {
    const ctx: RuleContext = {
      taxonomy: tax,
      instance: inst,
      lang: 'en',
      label(key) {
        const l = tax.labels[key]?.['http://www.xbrl.org/2003/role/label'];
        if (l) return l['en'] ?? Object.values(l)[0]!;
        return key.replace(/^\{[^}]*\}/, 't:');
      },
      report(f) {
        out.push({
          code: f.code ?? rule.code,
          severity: f.severity ?? rule.severity,
          message: f.message ?? englishMessage(f.code ?? rule.code, f.params ?? {}),
          file: f.loc?.file ?? '',
          line: f.loc?.line ?? 0,
          column: f.loc?.column ?? 0,
          spec: rule.spec,
        });
      },
    };
    rule.check(ctx);
  }
  return out;
}

/** `code@line` of each finding, for compact assertions. */
export const codes = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.line}`);
