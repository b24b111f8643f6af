/**
 * Adversarial cases for the schema-validity proof (src/instance/schema-proof.ts, issue 14): each case edits a valid
 * seed instance (the demo VAT return, fixtures/schema-proof/valid.xbrl or fixtures/schema-proof-break/base.xbrl) and
 * runs both the proof (as src/validate/core.ts `schemaProofOf` applies it) and libxml2 on today's path
 * (src/xml/schema-validate.ts `validateAgainstSchemas`, pruned schemas). They must agree: when the proof says
 * "certain", libxml2 gives no finding (a "certain" with a libxml2 finding is a false valid). The seeds themselves are
 * proven and libxml2-clean, so the schema sets are ones the pipeline would trust (`SchemaSetState.clean`). Cases
 * where the proof was wrong are listed in FALSE_VALID, with libxml2's finding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resolver } from '../../src/resolve/index.js';
import {
  documentStarts,
  liveTaxonomySource,
  schemaProofOf,
  sharedTaxonomySource,
  validateBytes,
} from '../../src/validate/core.js';
import { parseXml } from '../../src/xml/parse.js';
import { validateAgainstSchemas } from '../../src/xml/schema-validate.js';
import { squeezeIgnorableWhitespace } from '../../src/xml/whitespace.js';

const ROOT = resolve(__dirname, '../..');
const SEEDS = {
  demo: resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'),
  proof: resolve(ROOT, 'fixtures/schema-proof/valid.xbrl'),
  break: resolve(ROOT, 'fixtures/schema-proof-break/base.xbrl'),
} as const;
type Seed = keyof typeof SEEDS;
const SCHEMAS = resolve(process.env['SBR_SHARED'] ?? resolve(ROOT, '../shared'), 'xbrl-schemas');
const present = existsSync(SCHEMAS);
if (!present) console.warn(`SKIPPED: ${SCHEMAS} is absent (set SBR_SHARED to the shared data folder)`);
const source = sharedTaxonomySource(liveTaxonomySource(Resolver.create({ caches: [SCHEMAS] })));
const enc = (s: string) => new TextEncoder().encode(s);

/** The proof's answer (true, or its reason) and libxml2's findings (code, line, message) for an instance text. */
async function both(seed: Seed, text: string): Promise<{ proof: true | string; libxml2: string[] }> {
  const file = SEEDS[seed];
  const bytes = enc(text);
  const doc = parseXml(bytes, file);
  const loaded = source.load(documentStarts(doc, file).starts);
  const { schemas, roots } = loaded.schemas(doc);
  const p = schemaProofOf({ bytes, doc }, loaded.taxonomy, schemas, roots);
  const findings = await validateAgainstSchemas(
    { url: file, bytes: squeezeIgnorableWhitespace(bytes) },
    schemas,
    roots,
  );
  return { proof: p.certain ? true : p.reason, libxml2: findings.map((f) => `${f.code} ${f.line}: ${f.message}`) };
}

/** The seed's text with `from` replaced by `to` (the edit must change it). */
function edited(seed: Seed, from: string | RegExp, to: string): string {
  const text = readFileSync(SEEDS[seed], 'utf8');
  const out = text.replace(from, to);
  if (out === text) throw new Error(`edit ${String(from)} does not apply to ${seed}`);
  return out;
}

interface Case {
  name: string;
  seed: Seed;
  from: string | RegExp;
  to: string;
}

const FACT = '<b:Token contextRef="c1">abc</b:Token>';
/** A break.xsd fact of `concept` with `value` in place of the seed's b:Token fact. */
const fact = (name: string, concept: string, value: string, attrs = ''): Case => ({
  name,
  seed: 'break',
  from: FACT,
  to: `<b:${concept} contextRef="c1"${attrs}>${value}</b:${concept}>`,
});

const SCHEMAREF = /<link:schemaRef[^>]*\/>/;

const CASES: Case[] = [
  // --- seeds
  { name: 'demo seed', seed: 'demo', from: '</xbrli:xbrl>', to: '</xbrli:xbrl>\n' },
  { name: 'proof seed', seed: 'proof', from: '</xbrli:xbrl>', to: '</xbrli:xbrl>\n' },
  { name: 'break seed', seed: 'break', from: '</xbrli:xbrl>', to: '</xbrli:xbrl>\n' },

  // --- anyURI lexical forms libxml2 refuses (a first segment with ':' that is no scheme), in facts and attributes
  fact('anyURI _:x', 'AnyURI', '_:x'),
  fact('anyURI a_b:c', 'AnyURI', 'a_b:c'),
  fact('anyURI http://a:x/', 'AnyURI', 'http://a:x/'),
  fact('anyURI http://a:1:2/', 'AnyURI', 'http://a:1:2/'),
  fact('anyURI ./:x', 'AnyURI', './:x'),
  fact('anyURI ?:', 'AnyURI', '?:'),
  fact('anyURI #:', 'AnyURI', '#:'),
  fact('anyURI a:', 'AnyURI', 'a:'),
  fact('anyURI http://@/', 'AnyURI', 'http://@/'),
  { name: 'identifier scheme ":"', seed: 'break', from: 'scheme="http://www.sbr-demo.example/id"', to: 'scheme=":"' },
  {
    name: 'identifier scheme "1:x"',
    seed: 'break',
    from: 'scheme="http://www.sbr-demo.example/id"',
    to: 'scheme="1:x"',
  },
  {
    name: 'schemaRef xlink:role "1:x"',
    seed: 'break',
    from: 'xlink:href="break.xsd"',
    to: 'xlink:href="break.xsd" xlink:role="1:x"',
  },
  {
    name: 'schemaRef xlink:arcrole ":"',
    seed: 'break',
    from: 'xlink:href="break.xsd"',
    to: 'xlink:href="break.xsd" xlink:arcrole=":"',
  },
  {
    name: 'schemaRef xlink:title',
    seed: 'break',
    from: 'xlink:href="break.xsd"',
    to: 'xlink:href="break.xsd" xlink:title=" x "',
  },
  { name: 'schemaRef xlink:type " simple"', seed: 'break', from: 'xlink:type="simple"', to: 'xlink:type=" simple"' },
  {
    name: 'schemaRef href with a fragment',
    seed: 'break',
    from: 'xlink:href="break.xsd"',
    to: 'xlink:href="break.xsd#b_Token"',
  },
  {
    name: 'second schemaRef to the same schema',
    seed: 'break',
    from: SCHEMAREF,
    to: '$&<link:schemaRef xlink:type="simple" xlink:href="./break.xsd"/>',
  },
  // --- xsi:schemaLocation on the root: the hints libxml2 ignores, and one that adds a schema outside the DTS
  ...[
    ['naming the DTS schema', 'http://www.sbr-demo.example/break break.xsd'],
    ['of odd length', 'http://www.sbr-demo.example/break'],
    ['of names that are no URIs', '%%% ::: 1:x #a#b'],
    ['naming a missing document', 'http://www.sbr-demo.example/break missing.xsd'],
    ['naming the DTS schema under another namespace', 'http://other.example/ns break.xsd'],
    ['naming xbrl-instance', 'http://www.xbrl.org/2003/instance http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'],
    ['naming a schema outside the DTS', 'http://www.sbr-demo.example/proof ../schema-proof/unclean.xsd'],
  ].map(([what, hint]): Case => ({
    name: `root xsi:schemaLocation ${what}`,
    seed: 'break',
    from: '<xbrli:xbrl ',
    to: `<xbrli:xbrl xsi:schemaLocation="${hint}" `,
  })),
  // --- linkbaseRef, roleRef, arcroleRef
  {
    name: 'linkbaseRef with the linkbase arcrole',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:linkbaseRef xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024-lab-en.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>',
  },
  {
    name: 'linkbaseRef with another arcrole',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:linkbaseRef xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024-lab-en.xml" xlink:arcrole="http://www.example.com/other"/>',
  },
  {
    name: 'linkbaseRef with a role',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:linkbaseRef xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024-lab-en.xml" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>',
  },
  {
    name: 'roleRef',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:roleRef roleURI="http://www.sbr-demo.example/2024/role/VatReturn" xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#VatReturn"/>',
  },
  {
    name: 'roleRef roleURI "1:x"',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:roleRef roleURI="1:x" xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#VatReturn"/>',
  },
  {
    name: 'roleRef roleURI " "',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:roleRef roleURI=" " xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#VatReturn"/>',
  },
  {
    name: 'arcroleRef before roleRef',
    seed: 'demo',
    from: SCHEMAREF,
    to: '$&<link:arcroleRef arcroleURI="http://x/a" xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#a"/><link:roleRef roleURI="http://x/r" xlink:type="simple" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#VatReturn"/>',
  },
  // --- floats with white space
  fact('float " INF "', 'Float', ' INF '),
  fact('float " -INF"', 'Float', ' -INF'),
  fact('float "NaN "', 'Float', 'NaN '),
  fact('float " 1.5 "', 'Float', ' 1.5 '),
  fact('double "\\n1e3\\n"', 'Double', '\n1e3\n'),
  fact('double "-INF\\t"', 'Double', '-INF\t'),
  fact('nil double with " INF " default none', 'Double', '', ' xsi:nil="true"'),
  // --- tuples
  { name: 'counted sequence: Token Token', seed: 'break', from: FACT, to: `<b:Counted>${FACT}${FACT}</b:Counted>` },
  { name: 'counted sequence: Token', seed: 'break', from: FACT, to: `<b:Counted>${FACT}</b:Counted>` },
  { name: 'counted sequence: empty', seed: 'break', from: FACT, to: '<b:Counted/>' },
  {
    name: 'counted sequence: Boolean Token',
    seed: 'break',
    from: FACT,
    to: `<b:Counted><b:Boolean contextRef="c1">1</b:Boolean>${FACT}</b:Counted>`,
  },
  {
    name: 'counted sequence: three Tokens',
    seed: 'break',
    from: FACT,
    to: `<b:Counted>${FACT}${FACT}${FACT}</b:Counted>`,
  },
  {
    name: 'counted sequence: Token Boolean Token Boolean',
    seed: 'break',
    from: FACT,
    to: `<b:Counted>${FACT}<b:Boolean contextRef="c1">1</b:Boolean>${FACT}<b:Boolean contextRef="c1">1</b:Boolean></b:Counted>`,
  },
  {
    name: 'choice: Token x2, Boolean Amount, Token',
    seed: 'break',
    from: FACT,
    to: `<b:Choice>${FACT}${FACT}<b:Boolean contextRef="c1">1</b:Boolean><b:Amount contextRef="c1" unitRef="u1" decimals="0">1</b:Amount>${FACT}</b:Choice>`,
  },
  {
    name: 'choice: four branches',
    seed: 'break',
    from: FACT,
    to: `<b:Choice>${FACT}<b:Boolean contextRef="c1">1</b:Boolean>${FACT}<b:Boolean contextRef="c1">1</b:Boolean></b:Choice>`,
  },
  { name: 'choice: Token x6', seed: 'break', from: FACT, to: `<b:Choice>${FACT.repeat(6)}</b:Choice>` },
  { name: 'choice: Token x7', seed: 'break', from: FACT, to: `<b:Choice>${FACT.repeat(7)}</b:Choice>` },
  {
    name: 'all: Boolean Token',
    seed: 'break',
    from: FACT,
    to: `<b:All><b:Boolean contextRef="c1">1</b:Boolean>${FACT}</b:All>`,
  },
  {
    name: 'all: Boolean only',
    seed: 'break',
    from: FACT,
    to: '<b:All><b:Boolean contextRef="c1">1</b:Boolean></b:All>',
  },
  { name: 'all: Token Token', seed: 'break', from: FACT, to: `<b:All>${FACT}${FACT}</b:All>` },
  { name: 'nested tuple in a tuple', seed: 'break', from: FACT, to: `<b:Choice><b:Counted/></b:Choice>` },
  { name: 'tuple with id', seed: 'proof', from: '<p:Party>', to: '<p:Party id="t1">' },
  { name: 'tuple with contextRef', seed: 'proof', from: '<p:Party>', to: '<p:Party contextRef="c1">' },
  { name: 'tuple nil', seed: 'proof', from: /<p:Party>.*<\/p:Party>/, to: '<p:Party xsi:nil="true"/>' },
  {
    name: 'tuple in a segment',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<p:Party><p:Name contextRef="c1">x</p:Name></p:Party>',
  },
  {
    name: 'item in a segment',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<p:Code contextRef="c1">ABC</p:Code>',
  },
  {
    name: 'item in a segment, contextRef dangling',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<p:Code contextRef="c9">ABC</p:Code>',
  },
  // --- segment and scenario
  { name: 'empty segment', seed: 'proof', from: '<ex:branch code="north">North</ex:branch>', to: '' },
  {
    name: 'segment with a comment only',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<!-- x -->',
  },
  {
    name: 'segment child in no namespace',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<branch xmlns="">North</branch>',
  },
  {
    name: 'segment child in default namespace',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<branch xmlns="http://www.sbr-demo.example/undeclared2">North</branch>',
  },
  { name: 'segment child with xml:lang', seed: 'proof', from: 'code="north"', to: 'xml:lang="nl"' },
  { name: 'segment child with an xlink attribute', seed: 'proof', from: 'code="north"', to: 'xlink:type="simple"' },
  {
    name: 'segment child with an undeclared-namespace attribute',
    seed: 'proof',
    from: 'code="north"',
    to: 'ex:code="north"',
  },
  {
    name: 'segment child nesting xbrli:context',
    seed: 'proof',
    from: '>North</ex:branch>',
    to: '><xbrli:context id="n1"/></ex:branch>',
  },
  {
    name: 'segment child nesting link:schemaRef',
    seed: 'proof',
    from: '>North</ex:branch>',
    to: '><link:schemaRef/></ex:branch>',
  },
  {
    name: 'segment child nesting xbrli:unit',
    seed: 'proof',
    from: '>North</ex:branch>',
    to: '><xbrli:measure>zz</xbrli:measure></ex:branch>',
  },
  { name: 'segment child nesting an id-typed attribute name', seed: 'proof', from: 'code="north"', to: 'id="c1"' },
  { name: 'segment with text', seed: 'proof', from: '<ex:branch code="north">North</ex:branch>', to: '<ex:branch/>x' },
  {
    name: 'segment with white CDATA',
    seed: 'proof',
    from: '<ex:branch code="north">North</ex:branch>',
    to: '<ex:branch/><![CDATA[ ]]>',
  },
  { name: 'entity with white CDATA', seed: 'proof', from: '<xbrli:entity>', to: '<xbrli:entity><![CDATA[ ]]>' },
  { name: 'period with white CDATA', seed: 'proof', from: '<xbrli:period>', to: '<xbrli:period><![CDATA[ ]]>' },
  { name: 'identifier with a CDATA value', seed: 'proof', from: '>12345<', to: '><![CDATA[12345]]><' },
  { name: 'explicitMember with spaces', seed: 'demo', from: '>vat:HighRateMember<', to: '> vat:HighRateMember\n<' },
  {
    name: 'explicitMember with CDATA',
    seed: 'demo',
    from: '>vat:HighRateMember<',
    to: '><![CDATA[vat:HighRateMember]]><',
  },
  { name: 'explicitMember empty', seed: 'demo', from: '>vat:HighRateMember<', to: '><' },
  {
    name: 'explicitMember dimension undeclared prefix',
    seed: 'demo',
    from: 'dimension="vat:VatRateAxis">vat:High',
    to: 'dimension="zz:VatRateAxis">vat:High',
  },
  {
    name: 'explicitMember in segment',
    seed: 'demo',
    from: /<xbrli:identifier scheme="http:\/\/www.sbr-demo.example\/vat-number">NL123456789B01<\/xbrli:identifier>\s*<\/xbrli:entity>\s*<xbrli:period>\s*<xbrli:startDate>2024-01-01<\/xbrli:startDate>\s*<xbrli:endDate>2024-03-31<\/xbrli:endDate>\s*<\/xbrli:period>\s*<xbrli:scenario>\s*(<xbrldi:explicitMember dimension="vat:VatRateAxis">vat:HighRateMember<\/xbrldi:explicitMember>)\s*<\/xbrli:scenario>/,
    to: '<xbrli:identifier scheme="http://www.sbr-demo.example/vat-number">NL123456789B01</xbrli:identifier><xbrli:segment>$1</xbrli:segment></xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period>',
  },
  {
    name: 'explicitMember with an id',
    seed: 'demo',
    from: 'dimension="vat:VatRateAxis">vat:High',
    to: 'id="m1" dimension="vat:VatRateAxis">vat:High',
  },
  {
    name: 'typedMember with an undeclared element',
    seed: 'demo',
    from: '<xbrldi:explicitMember dimension="vat:VatRateAxis">vat:HighRateMember</xbrldi:explicitMember>',
    to: '<xbrldi:typedMember dimension="vat:VatRateAxis"><vat:x>1</vat:x></xbrldi:typedMember>',
  },
  {
    name: 'typedMember with an item',
    seed: 'demo',
    from: '<xbrldi:explicitMember dimension="vat:VatRateAxis">vat:HighRateMember</xbrldi:explicitMember>',
    to: '<xbrldi:typedMember dimension="vat:VatRateAxis"><vat:ContactName contextRef="Q1">x</vat:ContactName></xbrldi:typedMember>',
  },
  {
    name: 'xbrldi:other in scenario',
    seed: 'demo',
    from: '<xbrldi:explicitMember dimension="vat:VatRateAxis">vat:HighRateMember</xbrldi:explicitMember>',
    to: '<xbrldi:other/>',
  },
  // --- units
  { name: 'measure with spaces', seed: 'demo', from: '>iso4217:EUR<', to: '>\n iso4217:EUR\t<' },
  {
    name: 'measure without prefix, default namespace set',
    seed: 'demo',
    from: '<xbrli:measure>iso4217:EUR</xbrli:measure>',
    to: '<xbrli:measure xmlns="http://www.xbrl.org/2003/iso4217">EUR</xbrli:measure>',
  },
  {
    name: 'measure with xmlns="" ',
    seed: 'demo',
    from: '<xbrli:measure>iso4217:EUR</xbrli:measure>',
    to: '<xbrli:measure xmlns="">EUR</xbrli:measure>',
  },
  {
    name: 'two measures',
    seed: 'demo',
    from: '<xbrli:measure>iso4217:EUR</xbrli:measure>',
    to: '<xbrli:measure>iso4217:EUR</xbrli:measure><xbrli:measure>xbrli:pure</xbrli:measure>',
  },
  {
    name: 'divide',
    seed: 'demo',
    from: '<xbrli:measure>iso4217:EUR</xbrli:measure>',
    to: '<xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide>',
  },
  {
    name: 'divide, empty denominator',
    seed: 'demo',
    from: '<xbrli:measure>iso4217:EUR</xbrli:measure>',
    to: '<xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator/></xbrli:divide>',
  },
  {
    name: 'divide, white CDATA in numerator',
    seed: 'demo',
    from: '<xbrli:measure>iso4217:EUR</xbrli:measure>',
    to: '<xbrli:divide><xbrli:unitNumerator><![CDATA[ ]]><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide>',
  },
  { name: 'measure in a CDATA', seed: 'demo', from: '>iso4217:EUR<', to: '><![CDATA[iso4217:EUR]]><' },
  // --- namespaces and prefixes
  {
    name: 'fact with a redeclared prefix',
    seed: 'demo',
    from: /<vat:InputVat ([^>]*)>4500<\/vat:InputVat>/,
    to: '<v:InputVat xmlns:v="http://www.sbr-demo.example/2024/vat" $1>4500</v:InputVat>',
  },
  {
    name: 'fact in a default namespace',
    seed: 'demo',
    from: /<vat:InputVat ([^>]*)>4500<\/vat:InputVat>/,
    to: '<InputVat xmlns="http://www.sbr-demo.example/2024/vat" $1>4500</InputVat>',
  },
  {
    name: 'root with a default namespace',
    seed: 'demo',
    from: 'xmlns:xbrli="http://www.xbrl.org/2003/instance"',
    to: 'xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns="http://www.xbrl.org/2003/instance"',
  },
  {
    name: 'xbrli prefix rebound on a context',
    seed: 'demo',
    from: '<xbrli:context id="Submitted">',
    to: '<xbrli:context id="Submitted" xmlns:xbrli="http://www.xbrl.org/2003/instance">',
  },
  {
    name: 'namespace "1:x" (not a URI for libxml2)',
    seed: 'break',
    from: 'xmlns:ex="http://www.sbr-demo.example/undeclared"',
    to: 'xmlns:ex="1:x"',
  },
  {
    name: 'namespace ":"',
    seed: 'break',
    from: 'xmlns:ex="http://www.sbr-demo.example/undeclared"',
    to: 'xmlns:ex=":"',
  },
  {
    name: 'namespace "http://a:x/"',
    seed: 'break',
    from: 'xmlns:ex="http://www.sbr-demo.example/undeclared"',
    to: 'xmlns:ex="http://a:x/"',
  },
  {
    name: 'fact namespace declared in a comment too',
    seed: 'break',
    from: '<link:schemaRef',
    to: '<!-- xmlns:q="http://a b/" --><link:schemaRef',
  },
  {
    name: 'namespace with an escaped character',
    seed: 'break',
    from: 'xmlns:ex="http://www.sbr-demo.example/undeclared"',
    to: 'xmlns:ex="http://www.sbr-demo.example/undeclared&amp;"',
  },
  {
    name: 'namespace declared in single quotes with a double quote',
    seed: 'break',
    from: 'xmlns:ex="http://www.sbr-demo.example/undeclared"',
    to: "xmlns:ex='http://www.sbr-demo.example/un\"declared'",
  },
  {
    name: 'fact in a namespace declared with the other quote',
    seed: 'break',
    from: 'xmlns:b="http://www.sbr-demo.example/break"',
    to: "xmlns:b = 'http://www.sbr-demo.example/break'",
  },

  // --- CDATA and comments (libxml2 sees CDATA sections as character content, even empty or white)
  {
    name: 'empty CDATA in a nil fact',
    seed: 'demo',
    from: '<vat:ContactName contextRef="Q1">J. de Vries</vat:ContactName>',
    to: '<vat:ContactName contextRef="Q1" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[]]></vat:ContactName>',
  },
  {
    name: 'comment in a nil fact',
    seed: 'demo',
    from: '<vat:ContactName contextRef="Q1">J. de Vries</vat:ContactName>',
    to: '<vat:ContactName contextRef="Q1" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><!-- c --></vat:ContactName>',
  },
  {
    name: 'PI in a nil fact',
    seed: 'demo',
    from: '<vat:ContactName contextRef="Q1">J. de Vries</vat:ContactName>',
    to: '<vat:ContactName contextRef="Q1" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><?pi x?></vat:ContactName>',
  },
  {
    name: 'empty CDATA in schemaRef',
    seed: 'demo',
    from: /(<link:schemaRef[^>]*)\/>/,
    to: '$1><![CDATA[]]></link:schemaRef>',
  },
  {
    name: 'comment in schemaRef',
    seed: 'demo',
    from: /(<link:schemaRef[^>]*)\/>/,
    to: '$1><!-- c --></link:schemaRef>',
  },
  {
    name: 'empty CDATA in forever',
    seed: 'demo',
    from: '<xbrli:instant>2024-04-30</xbrli:instant>',
    to: '<xbrli:forever><![CDATA[]]></xbrli:forever>',
  },
  { name: 'forever', seed: 'demo', from: '<xbrli:instant>2024-04-30</xbrli:instant>', to: '<xbrli:forever/>' },
  {
    name: 'white CDATA in a context',
    seed: 'demo',
    from: '<xbrli:context id="Q1">',
    to: '<xbrli:context id="Q1"><![CDATA[ ]]>',
  },
  {
    name: 'empty CDATA in a context',
    seed: 'demo',
    from: '<xbrli:context id="Q1">',
    to: '<xbrli:context id="Q1"><![CDATA[]]>',
  },
  { name: 'white CDATA in the root', seed: 'demo', from: '<link:schemaRef', to: '<![CDATA[\n]]><link:schemaRef' },
  {
    name: 'white CDATA in a unit',
    seed: 'demo',
    from: '<xbrli:unit id="EUR">',
    to: '<xbrli:unit id="EUR"><![CDATA[ ]]>',
  },
  { name: 'white CDATA in a tuple', seed: 'proof', from: '<p:Party>', to: '<p:Party><![CDATA[ ]]>' },
  {
    name: 'empty CDATA in a nil tuple child',
    seed: 'proof',
    from: '<p:Name contextRef="c1" xsi:nil="true"/>',
    to: '<p:Name contextRef="c1" xsi:nil="true"><![CDATA[]]></p:Name>',
  },
  { name: 'empty CDATA in an empty tuple', seed: 'break', from: FACT, to: '<b:EmptyTuple><![CDATA[]]></b:EmptyTuple>' },
  { name: 'comment in an empty tuple', seed: 'break', from: FACT, to: '<b:EmptyTuple><!-- c --></b:EmptyTuple>' },
  { name: 'comment splitting a decimal', seed: 'demo', from: '>21000<', to: '>210<!-- c -->00<' },
  { name: 'CDATA splitting a decimal', seed: 'demo', from: '>21000<', to: '>210<![CDATA[00]]><' },
  { name: 'PI splitting a decimal', seed: 'demo', from: '>21000<', to: '>210<?x y?>00<' },
  { name: 'CDATA as the whole value', seed: 'demo', from: '>21000<', to: '><![CDATA[21000]]><' },
  { name: 'character reference in a value', seed: 'demo', from: '>21000<', to: '>&#50;1000<' },
  { name: 'character reference space around a value', seed: 'demo', from: '>21000<', to: '>&#32;21000&#9;<' },
  { name: 'entity reference in a string', seed: 'demo', from: '>J. de Vries<', to: '>J. &amp; de Vries<' },
  {
    name: 'CR reference in a pattern value',
    seed: 'demo',
    from: '>NL123456789B01</vat:Vat',
    to: '>NL123456789B01&#13;</vat:Vat',
  },
  {
    name: 'literal CR LF in a string of maxLength 3',
    seed: 'break',
    from: FACT,
    to: '<b:MaxLength3 contextRef="c1">a\r\nb</b:MaxLength3>',
  },
  {
    name: 'literal CR in a string of maxLength 3',
    seed: 'break',
    from: FACT,
    to: '<b:MaxLength3 contextRef="c1">a\rbc</b:MaxLength3>',
  },
  {
    name: 'CR LF references in a string of maxLength 3',
    seed: 'break',
    from: FACT,
    to: '<b:MaxLength3 contextRef="c1">a&#13;&#10;</b:MaxLength3>',
  },
  // --- decimals and integers
  fact('decimal 1.', 'Amount', '1.', ' unitRef="u1" decimals="0"'),
  fact('decimal .5', 'Amount', '.5', ' unitRef="u1" decimals="0"'),
  fact('decimal +.5', 'Amount', '+.5', ' unitRef="u1" decimals="0"'),
  fact('decimal -0', 'Amount', '-0', ' unitRef="u1" decimals="0"'),
  fact('decimal -.0', 'Amount', '-.0', ' unitRef="u1" decimals="0"'),
  fact('decimal .', 'Amount', '.', ' unitRef="u1" decimals="0"'),
  fact('decimal +', 'Amount', '+', ' unitRef="u1" decimals="0"'),
  fact('decimal 1e3', 'Amount', '1e3', ' unitRef="u1" decimals="0"'),
  fact('decimal 18 digits', 'Amount', '123456789012345678', ' unitRef="u1" decimals="0"'),
  fact('decimal 18 digits with leading zeros', 'Amount', '000000000000000001', ' unitRef="u1" decimals="0"'),
  fact('decimal 18 fraction digits', 'Amount', '0.12345678901234567', ' unitRef="u1" decimals="0"'),
  fact('decimal with spaces', 'Amount', ' \n 12 \t', ' unitRef="u1" decimals="0"'),
  fact('decimals INF', 'Amount', '1', ' unitRef="u1" decimals="INF"'),
  fact('decimals " INF "', 'Amount', '1', ' unitRef="u1" decimals=" INF "'),
  fact('decimals "+2"', 'Amount', '1', ' unitRef="u1" decimals="+2"'),
  fact('decimals "-0"', 'Amount', '1', ' unitRef="u1" decimals="-0"'),
  fact('decimals " 02 "', 'Amount', '1', ' unitRef="u1" decimals=" 02 "'),
  fact('decimals "inf"', 'Amount', '1', ' unitRef="u1" decimals="inf"'),
  fact('precision 0', 'Amount', '1', ' unitRef="u1" precision="0"'),
  fact('precision "-0"', 'Amount', '1', ' unitRef="u1" precision="-0"'),
  fact('precision " INF"', 'Amount', '1', ' unitRef="u1" precision=" INF"'),
  fact('precision and decimals', 'Amount', '1', ' unitRef="u1" precision="2" decimals="2"'),
  fact('nonNegativeInteger -0', 'NonNegativeInteger', '-0'),
  fact('nonNegativeInteger -00', 'NonNegativeInteger', '-00'),
  fact('nonNegativeInteger +0', 'NonNegativeInteger', '+0'),
  fact('positiveInteger +01', 'PositiveInteger', '+01'),
  fact('positiveInteger -0', 'PositiveInteger', '-0'),
  fact('nonPositiveInteger +0', 'NonPositiveInteger', '+0'),
  fact('negativeInteger -0', 'NegativeInteger', '-0'),
  fact('unsignedLong -0', 'UnsignedLong', '-0'),
  fact('unsignedLong +0', 'UnsignedLong', '+0'),
  fact('unsignedLong max', 'UnsignedLong', '18446744073709551615'),
  fact('unsignedInt -0', 'UnsignedInt', '-0'),
  fact('unsignedInt max', 'UnsignedInt', '4294967295'),
  fact('unsignedInt max+1', 'UnsignedInt', '4294967296'),
  fact('unsignedByte -0', 'UnsignedByte', '-0'),
  fact('unsignedByte 0255', 'UnsignedByte', '0255'),
  fact('byte -128', 'Byte', '-128'),
  fact('byte -0128', 'Byte', '-0128'),
  fact('byte 128', 'Byte', '128'),
  fact('long min', 'Long', '-9223372036854775808'),
  fact('long max', 'Long', '9223372036854775807'),
  fact('int min', 'Int', '-2147483648'),
  fact('integer 1.0', 'Integer', '1.0'),
  fact('integer 1.', 'Integer', '1.'),
  fact('integer +-1', 'Integer', '+-1'),
  fact('integer -000', 'Integer', '-000'),
  fact('decimal enumeration 1.50', 'DecimalEnum', '1.50', ' unitRef="u1" decimals="0"'),
  fact('decimal enumeration 02.0', 'DecimalEnum', '02.0', ' unitRef="u1" decimals="0"'),
  fact('decimal enumeration +1.5', 'DecimalEnum', '+1.5', ' unitRef="u1" decimals="0"'),
  fact('totalDigits 123', 'TotalDigits', '123', ' unitRef="u1" decimals="0"'),
  fact('totalDigits 12.3', 'TotalDigits', '12.3', ' unitRef="u1" decimals="0"'),
  fact('totalDigits 1234', 'TotalDigits', '1234', ' unitRef="u1" decimals="0"'),
  fact('totalDigits 0.1', 'TotalDigits', '0.1', ' unitRef="u1" decimals="0"'),
  fact('totalDigits .1', 'TotalDigits', '.1', ' unitRef="u1" decimals="0"'),
  fact('totalDigits 12.30', 'TotalDigits', '12.30', ' unitRef="u1" decimals="0"'),
  fact('bounded 0', 'Bounded', '0', ' unitRef="u1" decimals="0"'),
  fact('bounded -0', 'Bounded', '-0', ' unitRef="u1" decimals="0"'),
  fact('bounded 100.0', 'Bounded', '100.0', ' unitRef="u1" decimals="0"'),
  fact('bounded 100.000000000000001', 'Bounded', '100.000000000000001', ' unitRef="u1" decimals="0"'),
  fact('bounded 0.000000000000000001', 'Bounded', '0.00000000000000001', ' unitRef="u1" decimals="0"'),
  // --- float, double
  fact('float 1e38', 'Float', '1e38'),
  fact('float 1e39', 'Float', '1e39'),
  fact('float 1e-50', 'Float', '1e-50'),
  fact('float .5e1', 'Float', '.5e1'),
  fact('float 5.e1', 'Float', '5.e1'),
  fact('float -INF', 'Float', '-INF'),
  fact('float +INF', 'Float', '+INF'),
  fact('float -NaN', 'Float', '-NaN'),
  fact('float 1E+2', 'Float', '1E+2'),
  fact('float -0', 'Float', '-0'),
  fact('double 1e308', 'Double', '1e308'),
  fact('double 1e309', 'Double', '1e309'),
  fact('double 1e-400', 'Double', '1e-400'),
  fact('double " INF "', 'Double', ' INF '),
  // --- dates and times
  fact('date 1900-02-29', 'Date', '1900-02-29'),
  fact('date 2000-02-29', 'Date', '2000-02-29'),
  fact('date 2023-02-29', 'Date', '2023-02-29'),
  fact('date 2024-04-31', 'Date', '2024-04-31'),
  fact('date 2024-00-10', 'Date', '2024-00-10'),
  fact('date +14:00', 'Date', '2024-01-01+14:00'),
  fact('date -14:00', 'Date', '2024-01-01-14:00'),
  fact('date +14:01', 'Date', '2024-01-01+14:01'),
  fact('date +13:60', 'Date', '2024-01-01+13:60'),
  fact('date -00:00', 'Date', '2024-01-01-00:00'),
  fact('date 10000-01-01', 'Date', '10000-01-01'),
  fact('date 0001-01-01', 'Date', '0001-01-01'),
  fact('date 1000-01-01Z', 'Date', '1000-01-01Z'),
  fact('dateTime 23:59:60', 'DateTime', '2024-01-01T23:59:60'),
  fact('dateTime fraction', 'DateTime', '2024-01-01T23:59:59.999999'),
  fact('dateTime fraction 7 digits', 'DateTime', '2024-01-01T23:59:59.9999999'),
  fact('dateTime 12:00:00.', 'DateTime', '2024-01-01T12:00:00.'),
  fact('dateTime 2024-02-29T00:00:00+14:00', 'DateTime', '2024-02-29T00:00:00+14:00'),
  fact('time 00:00:00-14:00', 'Time', '00:00:00-14:00'),
  fact('time 24:00:00', 'Time', '24:00:00'),
  fact('gYear 2024+14:00', 'GYear', '2024+14:00'),
  fact('gYear 02024', 'GYear', '02024'),
  fact('gYearMonth 2024-13', 'GYearMonth', '2024-13'),
  fact('gYearMonth 2024-00', 'GYearMonth', '2024-00'),
  {
    name: 'instant 2024-02-30',
    seed: 'demo',
    from: '<xbrli:instant>2024-04-30</xbrli:instant>',
    to: '<xbrli:instant>2024-02-30</xbrli:instant>',
  },
  {
    name: 'instant dateTime',
    seed: 'demo',
    from: '<xbrli:instant>2024-04-30</xbrli:instant>',
    to: '<xbrli:instant>2024-04-30T00:00:00</xbrli:instant>',
  },
  {
    name: 'instant dateTime with zone',
    seed: 'demo',
    from: '<xbrli:instant>2024-04-30</xbrli:instant>',
    to: '<xbrli:instant> 2024-04-30T00:00:00Z\n</xbrli:instant>',
  },
  {
    name: 'startDate with endDate before it',
    seed: 'demo',
    from: '<xbrli:endDate>2024-03-31</xbrli:endDate>',
    to: '<xbrli:endDate>2023-03-31</xbrli:endDate>',
  },
  // --- booleans, QNames, names, strings
  fact('boolean " true "', 'Boolean', ' true '),
  fact('boolean TRUE', 'Boolean', 'TRUE'),
  fact('boolean 01', 'Boolean', '01'),
  fact('QName no prefix, no default namespace', 'QName', 'x'),
  fact('QName xml prefix', 'QName', 'xml:lang'),
  fact('QName xmlns prefix', 'QName', 'xmlns:x'),
  fact('QName undeclared prefix', 'QName', 'nope:x'),
  fact('QName two colons', 'QName', 'b:x:y'),
  fact('QName with spaces', 'QName', ' b:x '),
  fact('language en-GB', 'Language', 'en-GB'),
  fact('language x-too-long-subtag', 'Language', 'en-123456789'),
  fact('language i-klingon', 'Language', 'i-klingon'),
  fact('language 1-a', 'Language', '1-a'),
  fact('anyURI with space', 'AnyURI', 'http://a b/'),
  fact('anyURI two hashes', 'AnyURI', 'a#b#c'),
  fact('anyURI percent', 'AnyURI', '%zz'),
  fact('anyURI empty', 'AnyURI', ''),
  fact('anyURI colon only', 'AnyURI', ':'),
  fact('anyURI scheme only', 'AnyURI', 'http:'),
  fact('anyURI //', 'AnyURI', '//'),
  fact('anyURI [::1]', 'AnyURI', 'http://[::1]/'),
  fact('anyURI 1:x', 'AnyURI', '1:x'),
  fact('NCName with dot first', 'NCName', '.a'),
  fact('NCName -a', 'NCName', '-a'),
  fact('Name :a', 'Name', ':a'),
  fact('Name a:b:c', 'Name', 'a:b:c'),
  fact('NMTOKEN with space inside', 'NMTOKEN', 'a b'),
  fact('NMTOKEN surrounded by space', 'NMTOKEN', ' a '),
  fact('normalizedString with tab', 'NormalizedString', 'a\tb'),
  fact('token with double space', 'Token', 'a  b'),
  fact('collapsed pattern " ab  cd "', 'CollapsedPattern', ' ab  cd '),
  fact('collapsed pattern tab', 'CollapsedPattern', 'ab\tcd'),
  fact('maxLength 3 "abc"', 'MaxLength3', 'abc'),
  fact('maxLength 3 " ab "', 'MaxLength3', ' ab '),
  fact('maxLength 3 "ab\\n"', 'MaxLength3', 'ab\n'),
  fact('maxLength 3 "é€𝄞"', 'MaxLength3', 'é€𝄞'),
  fact('maxLength 3 "ééé"', 'MaxLength3', 'ééé'),
  fact('token length 3 " a  b "', 'TokenLength3', ' a  b '),
  fact('token length 3 "a  b"', 'TokenLength3', 'a  b'),
  fact('token length 3 "abc "', 'TokenLength3', 'abc '),
  fact('enumeration "a  b"', 'Enum', 'a  b'),
  fact('enumeration " c "', 'Enum', ' c '),
  fact('two patterns, both steps', 'TwoPatterns', 'ABC'),
  fact('two patterns, one step only', 'TwoPatterns', '123'),
  fact('string with a C1 control', 'Token', '\u0085'),
  fact('string with U+FFFE-adjacent', 'Token', '\uFFFD'),
  // --- attributes
  fact('string attribute pattern: literal newline', 'Builtin', 'x', ' note="a\nb"'),
  fact('string attribute pattern: literal tab', 'Builtin', 'x', ' note="a\tb"'),
  fact('string attribute pattern: newline reference', 'Builtin', 'x', ' note="a&#10;b"'),
  fact('string attribute pattern: space', 'Builtin', 'x', ' note="a b"'),
  fact('attribute with a default given', 'Builtin', 'x', ' code="x"'),
  fact('attribute with a default, other value', 'Builtin', 'x', ' code="y"'),
  fact('nil with xsi:nil=" true "', 'Builtin', '', ' xsi:nil=" true "'),
  fact('nil with xsi:nil="1"', 'Builtin', '', ' xsi:nil="1"'),
  fact('nil with xsi:nil="TRUE"', 'Builtin', '', ' xsi:nil="TRUE"'),
  fact('nil false with empty string', 'Builtin', '', ' xsi:nil="false"'),
  fact('nil with a note attribute', 'Builtin', '', ' xsi:nil="true" note="x"'),
  fact('nil monetary without unit', 'Amount', '', ' xsi:nil="true"'),
  fact('nil monetary with decimals', 'Amount', '', ' xsi:nil="true" unitRef="u1" decimals="2"'),
  fact('id on a fact', 'Token', 'x', ' id="f1"'),
  fact('id " f1 " on a fact', 'Token', 'x', ' id=" f1 "'),
  fact('id equal to a context id', 'Token', 'x', ' id="c1"'),
  { name: 'contextRef with spaces', seed: 'break', from: FACT, to: '<b:Token contextRef=" c1 ">x</b:Token>' },
  { name: 'contextRef to a unit', seed: 'break', from: FACT, to: '<b:Token contextRef="u1">x</b:Token>' },
  { name: 'unitRef to a context', seed: 'break', from: 'unitRef="u1"', to: 'unitRef="c1"' },
  {
    name: 'contextRef to a fact id',
    seed: 'break',
    from: FACT,
    to: '<b:Token contextRef="f9" id="f9">x</b:Token><b:Token contextRef="c1">y</b:Token>',
  },
  { name: 'contextRef empty', seed: 'break', from: FACT, to: '<b:Token contextRef="">x</b:Token>' },
  { name: 'root id', seed: 'break', from: '<xbrli:xbrl ', to: '<xbrli:xbrl id="r1" ' },
  { name: 'root id duplicate of context', seed: 'break', from: '<xbrli:xbrl ', to: '<xbrli:xbrl id="c1" ' },
  { name: 'xml:lang on root', seed: 'break', from: '<xbrli:xbrl ', to: '<xbrli:xbrl xml:lang="en" ' },
  {
    name: 'attribute in xbrli namespace on a fact',
    seed: 'break',
    from: FACT,
    to: '<b:Token contextRef="c1" xbrli:x="1">x</b:Token>',
  },
];

/**
 * False valids the break harness found (proof certain, libxml2 reports a finding), by case name, with libxml2's first
 * finding. All are mended (URIs by the proof's own later commits; CDATA sections, namespace names that are no URI
 * libxml2 accepts and white space around INF/NaN in the merge that followed): each must now agree, and for each the
 * proof must no longer be certain.
 */
const FALSE_VALID = new Map<string, string>([
  ['anyURI _:x', "xmlSchema:valueError: Element b:AnyURI: '_:x' is not a valid value of the atomic type 'xs:anyURI'."],
  [
    'anyURI a_b:c',
    "xmlSchema:valueError: Element b:AnyURI: 'a_b:c' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  [
    'anyURI http://a:x/',
    "xmlSchema:valueError: Element b:AnyURI: 'http://a:x/' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  [
    'anyURI http://a:1:2/',
    "xmlSchema:valueError: Element b:AnyURI: 'http://a:1:2/' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  [
    'identifier scheme ":"',
    "xmlSchema:valueError: Attribute scheme of element xbrli:identifier: ':' is not a valid value of the local atomic type.",
  ],
  [
    'identifier scheme "1:x"',
    "xmlSchema:valueError: Attribute scheme of element xbrli:identifier: '1:x' is not a valid value of the local atomic type.",
  ],
  [
    'schemaRef xlink:role "1:x"',
    "xmlSchema:valueError: Attribute xlink:role of element link:schemaRef: '1:x' is not a valid value of the local atomic type.",
  ],
  [
    'schemaRef xlink:arcrole ":"',
    "xmlSchema:valueError: Attribute xlink:arcrole of element link:schemaRef: ':' is not a valid value of the local atomic type.",
  ],
  [
    'roleRef roleURI "1:x"',
    "xmlSchema:valueError: Attribute roleURI of element link:roleRef: '1:x' is not a valid value of the atomic type '{http://www.xbrl.org/2003/XLink}nonEmptyURI'.",
  ],
  [
    'float " INF "',
    "xmlSchema:valueError: Element b:Float: ' INF ' is not a valid value of the atomic type 'xs:float'.",
  ],
  ['float "NaN "', "xmlSchema:valueError: Element b:Float: 'NaN ' is not a valid value of the atomic type 'xs:float'."],
  [
    'double "-INF\\t"',
    "xmlSchema:valueError: Element b:Double: '-INF ' is not a valid value of the atomic type 'xs:double'.",
  ],
  [
    'segment with white CDATA',
    "xmlSchema:contentError: Element xbrli:segment: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'entity with white CDATA',
    "xmlSchema:contentError: Element xbrli:entity: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'period with white CDATA',
    "xmlSchema:contentError: Element xbrli:period: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'divide, white CDATA in numerator',
    "xmlSchema:contentError: Element xbrli:unitNumerator: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'namespace "1:x" (not a URI for libxml2)',
    "xmlSchema:schemaError: Schema component xs:any, attribute 'namespace': '1:x' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  [
    'namespace ":"',
    "xmlSchema:schemaError: Schema component xs:any, attribute 'namespace': ':' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  [
    'namespace "http://a:x/"',
    "xmlSchema:schemaError: Schema component xs:any, attribute 'namespace': 'http://a:x/' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  [
    'namespace declared in single quotes with a double quote',
    "xml:malformed: The document is not well-formed XML: xmlns:ex: 'http://www.sbr-demo.example/un\"declared' is not a valid URI",
  ],
  [
    'empty CDATA in a nil fact',
    "xmlSchema:validityError: Element vat:ContactName: Neither character nor element content is allowed because the element is 'nilled'.",
  ],
  [
    'empty CDATA in schemaRef',
    'xmlSchema:contentError: Element link:schemaRef: Character content is not allowed, because the content type is empty.',
  ],
  [
    'empty CDATA in forever',
    'xmlSchema:contentError: Element xbrli:forever: Character content is not allowed, because the content type is empty.',
  ],
  [
    'white CDATA in a context',
    "xmlSchema:contentError: Element xbrli:context: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'empty CDATA in a context',
    "xmlSchema:contentError: Element xbrli:context: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'white CDATA in the root',
    "xmlSchema:contentError: Element xbrli:xbrl: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'white CDATA in a unit',
    "xmlSchema:contentError: Element xbrli:unit: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'white CDATA in a tuple',
    "xmlSchema:contentError: Element p:Party: Character content other than whitespace is not allowed because the content type is 'element-only'.",
  ],
  [
    'empty CDATA in a nil tuple child',
    "xmlSchema:validityError: Element p:Name: Neither character nor element content is allowed because the element is 'nilled'.",
  ],
  [
    'empty CDATA in an empty tuple',
    'xmlSchema:contentError: Element b:EmptyTuple: Character content is not allowed, because the content type is empty.',
  ],
  [
    'double " INF "',
    "xmlSchema:valueError: Element b:Double: ' INF ' is not a valid value of the atomic type 'xs:double'.",
  ],
  [
    'anyURI colon only',
    "xmlSchema:valueError: Element b:AnyURI: ':' is not a valid value of the atomic type 'xs:anyURI'.",
  ],
  ['anyURI 1:x', "xmlSchema:valueError: Element b:AnyURI: '1:x' is not a valid value of the atomic type 'xs:anyURI'."],
]);

describe.skipIf(!present)('schema-validity proof against libxml2: adversarial cases', () => {
  // the pipeline trusts a schema set only after a proven filing validated against it whole (core.ts
  // `instanceSchemaFindings`): the seeds do, so each false valid below is one the pipeline would report as valid
  it.each(Object.keys(SEEDS) as Seed[])('seed %s is proven and valid against its whole schema set', async (seed) => {
    const file = SEEDS[seed];
    const bytes = readFileSync(file);
    const doc = parseXml(bytes, file);
    const loaded = source.load(documentStarts(doc, file).starts);
    const { schemas, roots } = loaded.schemas(doc);
    expect(schemaProofOf({ bytes, doc }, loaded.taxonomy, schemas, roots).certain).toBe(true);
    expect(await validateAgainstSchemas({ url: file, bytes }, schemas, roots, { pruneUnusedElements: false })).toEqual(
      [],
    );
  });

  // end to end (src/validate/core.ts `validateBytes`): after the seed has made the set trusted, a false valid loses
  // libxml2's finding; with the proof off it is reported
  it('pipeline: white CDATA in a context is reported with the proof on as with it off', async () => {
    const pipeline = sharedTaxonomySource(liveTaxonomySource(Resolver.create({ caches: [SCHEMAS] })));
    const file = SEEDS.demo;
    const options = { schemaValidator: validateAgainstSchemas };
    await validateBytes(file, readFileSync(file), pipeline, options);
    const bad = enc(edited('demo', '<xbrli:context id="Q1">', '<xbrli:context id="Q1"><![CDATA[ ]]>'));
    const off = await validateBytes(file, bad, pipeline, { ...options, schemaProof: false });
    expect(off.findings.map((f) => f.code)).toContain('xmlSchema:contentError');
    const on = await validateBytes(file, bad, pipeline, options);
    expect(on.findings).toEqual(off.findings);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const r = await both(c.seed, edited(c.seed, c.from, c.to));
      if (r.proof === true) expect(r.libxml2).toEqual([]);
      // a case that was a false valid: libxml2 still reports it, and the proof declines
      if (FALSE_VALID.has(c.name)) {
        expect(r.libxml2).not.toEqual([]);
        expect(r.proof).not.toBe(true);
      }
    });
  }
});
