/**
 * The schema-validity proof (src/instance/schema-proof.ts, issue 14) on fixtures/schema-proof: the valid instance is
 * proven (and libxml2 agrees), each error kind and each construct the proof does not cover is not; the attribute uses
 * it relies on are compiled (src/compile/schema.ts); the pipeline skips libxml2 once a proven filing's schema set has
 * been validated whole, and switching the proof off gives the same findings.
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
import { countingValidator } from './counting-validator.js';

const DIR = resolve(__dirname, '../../fixtures/schema-proof');
const FILE = resolve(DIR, 'valid.xbrl');
const VALID = readFileSync(FILE, 'utf8');
// The standard schemas as XBRL International publishes them (the shared copies); the resolver's built-in ones are
// covered too (tests/rules/schema-documents-shared.test.ts), these tests use the published ones.
const SCHEMAS = resolve(process.env['SBR_SHARED'] ?? resolve(__dirname, '../../../shared'), 'xbrl-schemas');
const present = existsSync(SCHEMAS);
if (!present) console.warn(`SKIPPED: ${SCHEMAS} is absent (set SBR_SHARED to the shared data folder)`);
const resolver = () => Resolver.create({ caches: [SCHEMAS] });
const source = sharedTaxonomySource(liveTaxonomySource(resolver()));
const enc = (s: string) => new TextEncoder().encode(s);

/** The proof's answer for the valid instance with `edit` applied (certain, or the reason). */
function proofOf(text: string): true | string {
  const bytes = enc(text);
  const doc = parseXml(bytes, FILE);
  const loaded = source.load(documentStarts(doc, FILE).starts);
  const { schemas, roots } = loaded.schemas(doc);
  const p = schemaProofOf({ bytes, doc }, loaded.taxonomy, schemas, roots);
  return p.certain ? true : p.reason;
}

function edited(from: string | RegExp, to: string): string {
  const out = VALID.replace(from, to);
  expect(out).not.toBe(VALID);
  return out;
}

describe.skipIf(!present)('schema-validity proof', () => {
  it('proves with the built-in standard schemas too (their components are those of the published ones)', () => {
    const bytes = enc(VALID);
    const doc = parseXml(bytes, FILE);
    const loaded = liveTaxonomySource(Resolver.create({})).load(documentStarts(doc, FILE).starts);
    const { schemas, roots } = loaded.schemas(doc);
    expect(schemas.map((s) => s.url)).toContain('http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd');
    expect(schemaProofOf({ bytes, doc }, loaded.taxonomy, schemas, roots)).toMatchObject({ certain: true });
  });

  it('proves the valid fixture, and libxml2 finds nothing in it', async () => {
    expect(proofOf(VALID)).toBe(true);
    const loaded = source.load(documentStarts(parseXml(enc(VALID), FILE), FILE).starts);
    const { schemas, roots } = loaded.schemas(parseXml(enc(VALID), FILE));
    expect(await validateAgainstSchemas({ url: FILE, bytes: enc(VALID) }, schemas, roots)).toEqual([]);
  });

  it('proves an xml:lang language tag on the root (lax wildcard of the XML namespace)', () => {
    expect(proofOf(edited('<xbrli:xbrl ', '<xbrli:xbrl xml:lang="nl-NL" '))).toBe(true);
  });

  it.each([
    ['naming the DTS schema', 'http://www.sbr-demo.example/proof proof.xsd'],
    ['of odd length', 'http://www.sbr-demo.example/proof'],
    ['naming a missing document', 'http://www.sbr-demo.example/proof missing.xsd'],
    ['empty', ''],
  ])('proves an xsi:schemaLocation on the root %s, which libxml2 ignores', async (_, hint) => {
    const text = edited('<xbrli:xbrl ', `<xbrli:xbrl xsi:schemaLocation="${hint}" `);
    expect(proofOf(text)).toBe(true);
    const doc = parseXml(enc(text), FILE);
    const { schemas, roots } = source.load(documentStarts(doc, FILE).starts).schemas(doc);
    const all = { pruneUnusedElements: false };
    expect(await validateAgainstSchemas({ url: FILE, bytes: enc(text) }, schemas, roots, all)).toEqual([]);
  });

  it('compiles the attribute uses of item types, with the required ones', () => {
    const loaded = source.load(documentStarts(parseXml(enc(VALID), FILE), FILE).starts);
    const c = loaded.taxonomy.concepts;
    const P = '{http://www.sbr-demo.example/proof}';
    expect(c[`${P}Flagged`]!.allowedAttributes).toEqual(['contextRef', 'flag', 'id']);
    expect(c[`${P}Flagged`]!.requiredAttributes).toEqual(['contextRef', 'flag']);
    expect(c[`${P}Amount`]!.allowedAttributes).toEqual(['contextRef', 'decimals', 'id', 'precision', 'unitRef']);
    expect(c[`${P}Amount`]!.requiredAttributes).toEqual(['contextRef', 'unitRef']);
    expect(c[`${P}Code`]!.allowedAttributes).toEqual(['contextRef', 'id']);
    expect(c[`${P}Party`]!.allowedAttributes).toEqual(['id']);
    expect(c[`${P}Party`]!.requiredAttributes).toEqual([]);
  });

  // each of these is a schema error libxml2 reports: the proof must not say valid
  it.each([
    ['bad decimal value', () => edited('>1000<', '>1,000<'), 'invalid value'],
    ['pattern facet', () => edited('>ABC<', '>abcd<'), 'invalid value'],
    ['undeclared attribute', () => edited('id="f1"', 'id="f1" foo="x"'), 'attribute foo'],
    [
      'abstract concept',
      () => edited('<p:Code contextRef="c1">ABC</p:Code>', '<p:Heading contextRef="c1">x</p:Heading>'),
      'abstract concept',
    ],
    ['duplicate id', () => edited('id="f1"', 'id="c1"'), 'duplicate ID c1'],
    [
      'missing contextRef target',
      () => edited('<p:Code contextRef="c1">', '<p:Code contextRef="c9">'),
      'IDREF c9 unresolved',
    ],
    [
      'required unitRef missing',
      () => edited(' unitRef="u1" decimals="0"', ' decimals="0"'),
      'required attribute unitRef missing',
    ],
    ['required own attribute missing', () => edited(' flag="true"', ''), 'required attribute flag missing'],
    ['bad attribute value', () => edited('flag="true"', 'flag="yes"'), 'invalid value'],
    [
      'xsi:nil on a concept that is not nillable',
      () => edited('decimals="INF">5<', 'decimals="INF" xsi:nil="true"><'),
      'xsi:nil on a concept that is not nillable',
    ],
    ['content in a nil fact', () => edited('xsi:nil="true"/>', 'xsi:nil="true">x</p:Name>'), 'content in a nil fact'],
    [
      'tuple content order',
      () => edited(/<p:Party>(<p:Name[^>]*\/>)(<p:Amount.*?<\/p:Amount>)/, '<p:Party>$2$1'),
      'tuple content',
    ],
    [
      'element in an item',
      () => edited('>yes<', '><p:Name contextRef="c1">x</p:Name><'),
      'element content in a simple-content fact',
    ],
    [
      'undeclared fact',
      () => edited('<p:Code contextRef="c1">ABC</p:Code>', '<p:Nothing contextRef="c1">x</p:Nothing>'),
      'undeclared fact',
    ],
    ['unit without measure', () => edited('<xbrli:measure>iso4217:EUR</xbrli:measure>', ''), 'no measure'],
    ['measure prefix undeclared', () => edited('iso4217:EUR', 'iso:EUR'), 'invalid value'],
    ['period date', () => edited('2024-12-31', '2024-13-31'), 'invalid value'],
    [
      'context child order',
      () => edited(/(<xbrli:entity>[\s\S]*<\/xbrli:entity>)\s*(<xbrli:period>.*<\/xbrli:period>)/, '$2$1'),
      'context content',
    ],
    [
      'text in element-only content',
      () => edited('<xbrli:unit id="u1">', '<xbrli:unit id="u1">x'),
      'character data in unit',
    ],
    ['schemaRef missing', () => edited(/<link:schemaRef[^>]*\/>/, ''), 'schemaRef missing'],
  ])('does not prove an instance with a schema error: %s', async (_name, make, reason) => {
    const text = make();
    if (reason === 'schemaRef missing') {
      // without a schemaRef there is no DTS: the proof itself is asked
      const { proveSchemaValidity } = await import('../../src/instance/schema-proof.js');
      const loaded = source.load(documentStarts(parseXml(enc(VALID), FILE), FILE).starts);
      expect(proveSchemaValidity(parseXml(enc(text), FILE), loaded.taxonomy, new Set())).toEqual({
        certain: false,
        reason,
      });
      return;
    }
    expect(proofOf(text)).toBe(reason);
  });

  // constructs the proof does not cover: libxml2 decides
  it.each([
    [
      'footnoteLink',
      () =>
        edited(
          '</xbrli:xbrl>',
          '<link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link"/></xbrli:xbrl>',
        ),
      'root child link:footnoteLink',
    ],
    [
      'xsi:schemaLocation naming a schema outside the DTS',
      () => edited('<xbrli:xbrl ', '<xbrli:xbrl xsi:schemaLocation="http://www.sbr-demo.example/proof unclean.xsd" '),
      `${resolve(DIR, 'unclean.xsd')} is not a DTS schema`,
    ],
    [
      'xsi:schemaLocation on a fact',
      () =>
        edited(
          '<p:Code contextRef="c1">',
          '<p:Code contextRef="c1" xsi:schemaLocation="http://www.sbr-demo.example/proof proof.xsd">',
        ),
      'attribute {http://www.w3.org/2001/XMLSchema-instance}schemaLocation',
    ],
    ['DOCTYPE', () => edited('<xbrli:xbrl ', '<!DOCTYPE xbrli:xbrl>\n<xbrli:xbrl '), 'DOCTYPE'],
    [
      'xsi:type',
      () => edited('<p:Code contextRef="c1">', '<p:Code contextRef="c1" xsi:type="xbrli:tokenItemType">'),
      'attribute {http://www.w3.org/2001/XMLSchema-instance}type',
    ],
    [
      'xml:lang on a fact',
      () => edited('id="f1"', 'id="f1" xml:lang="nl"'),
      'attribute {http://www.w3.org/XML/1998/namespace}lang',
    ],
    [
      'attribute of another namespace (wildcard)',
      () => edited('id="f1"', 'id="f1" ex:note="x"'),
      'attribute {http://www.sbr-demo.example/undeclared}note',
    ],
    [
      'tuple with a wildcard',
      () => edited('</xbrli:xbrl>', '<p:Wild><ex:x/></p:Wild></xbrli:xbrl>'),
      'tuple content model not covered',
    ],
    [
      'segment element of a declared namespace without declaration',
      () => edited('<ex:branch code="north">North</ex:branch>', '<p:Branch>North</p:Branch>'),
      'lax content {http://www.sbr-demo.example/proof}Branch in a declared namespace',
    ],
    [
      'xsi attribute in segment content',
      () => edited('code="north"', 'xsi:type="xbrli:stringItemType"'),
      'lax attribute {http://www.w3.org/2001/XMLSchema-instance}type',
    ],
    [
      'namespace declaration libxml2 may not take as written',
      () => edited('<!-- Schema-valid', '<!-- xmlns:q="##other" Schema-valid'),
      'namespace declarations',
    ],
    [
      'encoding libxml2 may not support',
      () => edited('encoding="UTF-8"', 'encoding="Shift_JIS"'),
      'XML declaration or byte order mark',
    ],
    [
      'xml:lang on the root that is no language tag',
      () => edited('<xbrli:xbrl ', '<xbrli:xbrl xml:lang="nl NL" '),
      'xml:lang value',
    ],
    [
      'white space character reference in a value',
      () => edited('>2024-12-31<', '>&#9;2024-12-31<'),
      'white space character reference',
    ],
    [
      'scheme whose first segment has a colon',
      () => edited('scheme="http://www.sbr-demo.example/id"', 'scheme="&amp;http://x"'),
      'URI value',
    ],
    [
      'scheme with a port that is no number',
      () => edited('scheme="http://www.sbr-demo.example/id"', 'scheme="http://x:y/"'),
      'URI value',
    ],
    [
      'non-ASCII element name',
      () => edited('<p:Code contextRef="c1">ABC</p:Code>', '<ex:Cöde>ABC</ex:Cöde>'),
      'non-ASCII element name',
    ],
    [
      'non-ASCII element prefix',
      () =>
        edited(
          '<p:Code contextRef="c1">ABC</p:Code>',
          '<pö:Code xmlns:pö="http://www.sbr-demo.example/proof" contextRef="c1">ABC</pö:Code>',
        ),
      'non-ASCII element name',
    ],
    [
      'non-ASCII attribute name',
      () => edited('<p:Code contextRef="c1">', '<p:Code contextRef="c1" ex:cöde="1">'),
      'attribute name',
    ],
    ['long decimal', () => edited('>1000<', '>1234567890123456789012<'), 'value outside the covered lexical forms'],
    [
      'identifier scheme that is not a plain URI',
      () => edited('scheme="http://www.sbr-demo.example/id"', 'scheme="http://x/a b"'),
      'URI value',
    ],
  ])('does not decide: %s', (_name, make, reason) => {
    expect(proofOf(make())).toBe(reason);
  });
});

describe.skipIf(!present)('schema-validity proof in the pipeline', () => {
  it('validates the first proven filing as before, the second whole, then skips libxml2; off, every filing goes to libxml2', async () => {
    const { calls, counting } = countingValidator();
    const pipeline = sharedTaxonomySource(liveTaxonomySource(resolver()));
    const on = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting });
    const again = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting });
    const third = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting });
    // as before (pruned), then the whole set once, with the second filing; then nothing
    expect(calls).toEqual([undefined, false]);
    const off = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting, schemaProof: false });
    expect(calls).toEqual([undefined, false, undefined]);
    expect(third.findings).toEqual(off.findings);
    expect(on.findings).toEqual(off.findings);
    expect(again.findings).toEqual(off.findings);
    // an instance that is not proven is validated by libxml2 as before: same findings as without the proof
    const bad = enc(VALID.replace('>ABC<', '>abcd<'));
    const badOn = await validateBytes(FILE, bad, pipeline, { schemaValidator: counting });
    expect(calls).toEqual([undefined, false, undefined, undefined]);
    const badOff = await validateBytes(FILE, bad, pipeline, { schemaValidator: counting, schemaProof: false });
    expect(badOn.findings).toEqual(badOff.findings);
    expect(badOn.findings.map((f) => f.code)).toContain('xmlSchema:valueError');
  });

  it('validates whole even the schemas no root imports (fixtures/schema-proof/loose: extra.xsd via a linkbase)', async () => {
    const { calls, counting } = countingValidator();
    const pipeline = sharedTaxonomySource(liveTaxonomySource(resolver()));
    const first = resolve(DIR, 'loose/first.xbrl');
    const second = resolve(DIR, 'loose/second.xbrl');
    // the first proven filing of the set is validated as before; the second (the same) validates the set whole
    await validateBytes(first, readFileSync(first), pipeline, { schemaValidator: counting });
    const r1 = await validateBytes(first, readFileSync(first), pipeline, { schemaValidator: counting });
    // the pruned run for first.xbrl alone does not compile extra.xsd: no finding
    const off1 = await validateBytes(first, readFileSync(first), pipeline, {
      schemaValidator: counting,
      schemaProof: false,
    });
    expect(off1.findings.filter((f) => f.code.startsWith('xmlSchema:'))).toEqual([]);
    expect(r1.findings).toEqual(off1.findings);
    // the whole set, with extra.xsd, had a finding: the set is not trusted, second.xbrl goes to libxml2
    const r2 = await validateBytes(second, readFileSync(second), pipeline, { schemaValidator: counting });
    expect(calls).toEqual([undefined, false, undefined, undefined, undefined]);
    expect(r2.findings.map((f) => f.code)).toContain('xmlSchema:schemaError');
  });

  it('trusts a set whose only whole-set finding is the skipped import of a document discovery did not find', async () => {
    // fixtures/schema-proof/missing-import.xsd imports absent.xsd, as the KvK 2024 entry points import lei.xsd
    const { calls, counting } = countingValidator();
    const pipeline = sharedTaxonomySource(liveTaxonomySource(resolver()));
    const text = enc(VALID.replace('xlink:href="proof.xsd"', 'xlink:href="missing-import.xsd"'));
    const first = await validateBytes(FILE, text, pipeline, { schemaValidator: counting });
    const second = await validateBytes(FILE, text, pipeline, { schemaValidator: counting });
    const third = await validateBytes(FILE, text, pipeline, { schemaValidator: counting });
    // as before, then the whole set (its only finding: libxml2 skipping the import of absent.xsd), then nothing
    expect(calls).toEqual([undefined, false]);
    const off = await validateBytes(FILE, text, pipeline, { schemaValidator: counting, schemaProof: false });
    for (const r of [first, second, third]) expect(r.findings).toEqual(off.findings);
    expect(off.findings.map((f) => f.code)).toContain('sbr:documentNotFound');
    expect(off.findings.filter((f) => f.code.startsWith('xmlSchema:'))).toEqual([]);
    const whole = await validateAgainstSchemas(
      { url: FILE, bytes: text },
      pipeline.load(documentStarts(parseXml(text, FILE), FILE).starts).schemas(parseXml(text, FILE)).schemas,
      [resolve(DIR, 'missing-import.xsd')],
      { pruneUnusedElements: false },
    );
    expect(whole.map((f) => [f.code, /Skipping the import/.test(f.message)])).toEqual([
      ['xmlSchema:schemaWarning', true],
    ]);
  });

  it('never trusts a schema set whose whole validation has a finding (fixtures/schema-proof/unclean.xsd)', async () => {
    const { calls, counting } = countingValidator();
    const pipeline = sharedTaxonomySource(liveTaxonomySource(resolver()));
    const text = enc(VALID.replace('xlink:href="proof.xsd"', 'xlink:href="unclean.xsd"'));
    const first = await validateBytes(FILE, text, pipeline, { schemaValidator: counting });
    const second = await validateBytes(FILE, text, pipeline, { schemaValidator: counting });
    const third = await validateBytes(FILE, text, pipeline, { schemaValidator: counting });
    // today's run; the whole set, then today's run for the same filing's findings; then today's run only
    expect(calls).toEqual([undefined, false, undefined, undefined]);
    expect(third.findings).toEqual(first.findings);
    const off = await validateBytes(FILE, text, pipeline, { schemaValidator: counting, schemaProof: false });
    expect(first.findings).toEqual(off.findings);
    expect(second.findings).toEqual(off.findings);
    expect(off.findings.map((f) => f.code)).toContain('xmlSchema:schemaError');
  });
});
