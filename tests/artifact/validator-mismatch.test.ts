/**
 * A new-user trial: `sbr validate fixtures/demo/vat-return-valid.xbrl --validator KVK.sbrv` layered the demo taxonomy on
 * KvK and reported KvK's formula errors without saying that the artifact does not cover the filing. Now a filing whose
 * DTS neither is nor imports the artifact's entry point gets one sbr:validatorMismatch warning at its schemaRef.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import type { Finding } from '../../src/findings.js';
import { Resolver } from '../../src/resolve/index.js';
import { validate } from '../../src/validate/node.js';

const ROOT = resolve(__dirname, '../..');
const DEMO = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');
const ENUM = resolve(ROOT, 'fixtures/enum/enum1/taxonomy.xsd');
const mismatches = (r: { findings: Finding[] }) => r.findings.filter((f) => f.code === 'sbr:validatorMismatch');

describe('sbr:validatorMismatch: the artifact does not cover the filing', () => {
  let demo: Validator;
  let enumV: Validator;
  beforeAll(async () => {
    demo = await Validator.load(compileArtifactFrom([DEMO]).bytes);
    enumV = await Validator.load(compileArtifactFrom([ENUM]).bytes);
  });

  it('a filing of another taxonomy gets one warning at its schemaRef, naming both entry points (en, nl)', async () => {
    const filing = resolve(ROOT, 'fixtures/enum/enum1/valid.xbrl');
    const r = await demo.validate(filing, { schemaValidation: false });
    const m = mismatches(r);
    expect(m.map((f) => [f.severity, f.file, f.params])).toEqual([
      ['warning', filing, { urls: [ENUM], entryPoints: [DEMO] }],
    ]);
    expect(m[0]!.line).toBeGreaterThan(0);
    expect(m[0]!.message).toContain('is not the validator');
    const nl = mismatches(await demo.validate(filing, { schemaValidation: false, lang: 'nl' }));
    expect(nl[0]!.message).toContain('is niet de taxonomie van de validator');
    // the other way round: the demo filing with the enumerations artifact
    const back = mismatches(
      await enumV.validate(resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'), { schemaValidation: false }),
    );
    expect(back.map((f) => f.params)).toEqual([{ urls: [DEMO], entryPoints: [ENUM] }]);
    // the CLI's path (validate() with the artifact's taxonomies) says the same
    const resolver = Resolver.create({});
    const cli = await validate([filing], {
      schemaValidation: false,
      resolver,
      taxonomies: demo.taxonomySource(resolver),
    });
    expect(mismatches(cli).length).toBe(1);
  });

  it("a filing of the artifact's taxonomy, or of an extension importing it, gets none", async () => {
    const own = await demo.validate(resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'), { schemaValidation: false });
    expect(own.valid).toBe(true);
    expect(mismatches(own)).toEqual([]);
    // company-ext.xsd imports vat-2024.xsd: layered on the artifact, covered
    const ext = await demo.validate(resolve(ROOT, 'fixtures/artifact/ext-filing.xbrl'), { schemaValidation: false });
    expect(ext.kind).toBe('instance');
    expect(mismatches(ext)).toEqual([]);
  });
});
