/**
 * The `schemaSets` record of an artifact (src/artifact/node.ts `recordCleanSchemaSet`, issue 14 "Start"): `sbr compile`
 * validates the schema set whole once, so that the first proven filing of a process skips libxml2 (without the record
 * the first proven filing runs libxml2 and the second validates the set whole). A set that is not covered by the proof
 * or not clean gets no record, and every filing the proof does not settle is validated by libxml2 as before. Its own
 * file: the schema-set states of src/validate/core.ts are per process (module), and tests here must not share them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, recordCleanSchemaSet, Validator } from '../../src/artifact/node.js';
import { Resolver } from '../../src/resolve/index.js';
import { parseXml } from '../../src/xml/parse.js';
import { schemaSetDigest, withInstanceSchemas, type SchemaValidator } from '../../src/validate/core.js';
import { validateAgainstSchemas } from '../../src/xml/schema-validate.js';

const DIR = resolve(__dirname, '../../fixtures/schema-proof');
const FILE = resolve(DIR, 'valid.xbrl');
const VALID = readFileSync(FILE, 'utf8');
// the standard schemas as published (the proof covers those, not the resolver's built-in copies)
const SCHEMAS = resolve(process.env['SBR_SHARED'] ?? resolve(__dirname, '../../../shared'), 'xbrl-schemas');
const present = existsSync(SCHEMAS);
const resolver = () => Resolver.create({ caches: [SCHEMAS] });

/** A schema validator that records each call's `pruneUnusedElements` (false: a whole-set run). */
function counting(): { calls: (boolean | undefined)[]; validator: SchemaValidator } {
  const calls: (boolean | undefined)[] = [];
  return {
    calls,
    validator: (doc, schemas, roots, options) => {
      calls.push(options?.pruneUnusedElements);
      return validateAgainstSchemas(doc, schemas, roots, options);
    },
  };
}

describe.skipIf(!present)('artifact schemaSets record (issue 14)', () => {
  const r = resolver();
  const plain = compileArtifactFrom([resolve(DIR, 'proof.xsd')], { resolver: r });

  it('records the covered, clean set by its digest; the first proven filing then skips libxml2', async () => {
    const recorded = await recordCleanSchemaSet(plain, r);
    expect(plain.header.sections.map((s) => s.name)).not.toContain('schemaSets');
    expect(recorded.header.sections.map((s) => s.name)).toEqual([
      ...plain.header.sections.map((s) => s.name),
      'schemaSets',
    ]);
    // the sections before it are stored as they were
    expect(recorded.header.sections.slice(0, -1)).toEqual(plain.header.sections);
    const v = await Validator.load(recorded.bytes);
    const loaded = v.taxonomySource(r).load([{ href: resolve(DIR, 'proof.xsd') }]);
    const { schemas, roots } = loaded.schemas();
    expect([...v.cleanSchemaSets()]).toEqual([schemaSetDigest(schemas, roots)]);
    expect(v.cleanSchemaSets().size).toBe(1);

    // the artifact without the record: the first proven filing goes to libxml2, as before (first:
    // the set's state is per process, and the recorded artifact's filing makes it clean)
    const without = counting();
    const old = await Validator.load(plain.bytes);
    expect(old.cleanSchemaSets().size).toBe(0);
    const oldFirst = await old.validate({ url: FILE, bytes: VALID }, { schemaValidator: without.validator });
    expect(without.calls).toEqual([undefined]);
    const off = await old.validate(
      { url: FILE, bytes: VALID },
      { schemaValidator: without.validator, schemaProof: false },
    );
    const withRecord = counting();
    const first = await v.validate({ url: FILE, bytes: VALID }, { schemaValidator: withRecord.validator });
    expect(withRecord.calls).toEqual([]);
    expect(first.findings).toEqual(off.findings);
    expect(oldFirst.findings).toEqual(off.findings);
    expect(first.findings.filter((f) => f.code.startsWith('xmlSchema:'))).toEqual([]);
    expect(first.findings.map((f) => f.code)).toEqual(['xbrl.5.1.1:itemType']); // the fixture's taxonomy error

    // a filing the proof does not settle is validated by libxml2 as before: the same findings as without the proof
    const bad = VALID.replace('>ABC<', '>abcd<');
    const badOn = await v.validate({ url: FILE, bytes: bad }, { schemaValidator: withRecord.validator });
    expect(withRecord.calls).toEqual([undefined]);
    const badOff = await old.validate(
      { url: FILE, bytes: bad },
      { schemaValidator: without.validator, schemaProof: false },
    );
    expect(badOn.findings).toEqual(badOff.findings);
    expect(badOn.findings.map((f) => f.code)).toContain('xmlSchema:valueError');
  });

  it('the header sha256 of each carried schema is that of its bytes (what schemaSetKey takes instead of hashing)', async () => {
    const v = await Validator.load(plain.bytes);
    const byUrl = new Map(v.header.documents.map((d) => [d.url, d.sha256]));
    const docs = v.schemaDocs();
    expect(docs.length).toBeGreaterThan(4);
    for (const d of docs) expect(byUrl.get(d.url)).toBe(bytesToHex(sha256(d.bytes)));
  });

  it('records nothing for a set that is not clean whole (fixtures/schema-proof/loose: extra.xsd) or not covered', async () => {
    const loose = compileArtifactFrom([resolve(DIR, 'loose/entry.xsd')], { resolver: r });
    expect(await recordCleanSchemaSet(loose, r)).toBe(loose);
  });

  it("records the set of the resolver's built-in standard schemas (no --cache) as it records the published ones", async () => {
    const builtin = Resolver.create({});
    const demo = compileArtifactFrom([resolve(DIR, 'proof.xsd')], { resolver: builtin });
    const recorded = await recordCleanSchemaSet(demo, builtin);
    expect(recorded).not.toBe(demo);
    expect((await Validator.load(recorded.bytes)).cleanSchemaSets().size).toBe(1);
  });
});

describe('artifact layering.instanceSchemasInDts (issue 14)', () => {
  const DEMO = resolve(__dirname, '../../taxonomies/sbr-demo/vat-2024.xsd');
  const INSTANCE = resolve(__dirname, '../../fixtures/demo/vat-return-valid.xbrl');

  it('an instance without xsi:schemaLocation gets the DTS schemas without a discovery from the xbrl-instance schema', async () => {
    // built-in standard schemas (no cache): the xbrl-instance schema and what it imports are DTS schemas
    const v = await Validator.load(compileArtifactFrom([DEMO], { resolver: Resolver.create({}) }).bytes);
    expect(v.layering().instanceSchemasInDts).toBe(true);
    const doc = parseXml(readFileSync(INSTANCE), INSTANCE);
    const loaded = v.taxonomySource().load([{ href: DEMO }]);
    // what the discovery gives, the long way
    const long = withInstanceSchemas({ schemas: [...v.schemaDocs()], roots: [DEMO] }, doc, v.schemaSource(undefined));
    // the discovery is not run: the schema source is not asked
    v.schemaSource = () => {
      throw new Error('schemaSource asked');
    };
    const short = loaded.schemas(doc);
    expect(short.roots).toEqual(long.roots);
    expect(short.schemas.map((s) => s.url)).toEqual(long.schemas.map((s) => s.url));
    expect(short.schemas.map((s) => s.url)).toContain('http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd');
    // with xsi:schemaLocation the discovery runs as before
    const hinted = parseXml(
      new TextEncoder().encode(
        readFileSync(INSTANCE, 'utf8').replace(
          '<xbrli:xbrl ',
          '<xbrli:xbrl xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:x extra.xsd" ',
        ),
      ),
      INSTANCE,
    );
    expect(() => loaded.schemas(hinted)).toThrow('schemaSource asked');
  });
});
