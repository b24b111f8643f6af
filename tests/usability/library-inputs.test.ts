/** Issue 11 item 7: the library takes what the CLI takes (package folder, .xbri, .html; paths and bytes with a name). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { Validator as CoreValidator } from '../../src/artifact/validator.js';
import { validate } from '../../src/validate/node.js';
import { tmp, writeZip } from '../resolve/helpers.js';

const ROOT = resolve(__dirname, '../..');
const PKG = join(ROOT, 'fixtures/usability/vat-package');
const XHTML = join(PKG, 'reports/vat-return.xhtml');
const calcErrors = (fs: { code: string; severity: string }[]) =>
  fs.filter((f) => f.severity === 'error').map((f) => f.code);

describe('the library takes what the CLI takes (issue 11 item 7)', () => {
  let validator: Validator;
  let xbri: string;
  beforeAll(async () => {
    const art = compileArtifactFrom([join(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]);
    validator = await Validator.load(art.bytes);
    // the zipped package sits in a temporary folder: its relative schemaRef then needs the taxonomy there too, so the
    // xhtml is rewritten to name the demo taxonomy by absolute path
    const xhtml = readFileSync(XHTML, 'utf8').replace(
      '../../../../taxonomies/sbr-demo/vat-2024.xsd',
      join(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd'),
    );
    xbri = writeZip(tmp(), 'vat.xbri', {
      'vat/META-INF/reportPackage.json': readFileSync(join(PKG, 'META-INF/reportPackage.json')),
      'vat/reports/vat-return.xhtml': xhtml,
    });
  });

  it('Validator.validate takes a report package folder', async () => {
    const r = await validator.validate(PKG, { schemaValidation: false });
    expect(calcErrors(r.findings)).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    expect(r.stats.facts).toBe(3);
  });

  it('Validator.validate takes an .xbri, by path and as bytes with its name', async () => {
    const byPath = await validator.validate(xbri, { schemaValidation: false });
    expect(calcErrors(byPath.findings)).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    const byBytes = await validator.validate(
      { url: '/elsewhere/vat.xbri', bytes: readFileSync(xbri) },
      { schemaValidation: false },
    );
    expect(calcErrors(byBytes.findings)).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    expect(byBytes.findings.every((f) => !f.file.includes('sbr-package-'))).toBe(true);
    expect(byBytes.findings.find((f) => f.severity === 'error')!.file).toContain('/elsewhere/vat.xbri');
  });

  it('Validator.validate takes an .html/.xhtml, by path and as bytes', async () => {
    const r = await validator.validate(XHTML, { schemaValidation: false });
    expect(calcErrors(r.findings)).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    const b = await validator.validate({ url: XHTML, bytes: readFileSync(XHTML) }, { schemaValidation: false });
    expect(calcErrors(b.findings)).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
  });

  it('validate() takes bytes with a name: instance, xhtml and xbri', async () => {
    const inst = join(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
    const r = await validate(
      [
        { url: inst, bytes: readFileSync(inst) },
        { url: XHTML, bytes: readFileSync(XHTML, 'utf8') },
        { url: 'vat.xbri', bytes: readFileSync(xbri) },
      ],
      { schemaValidation: false },
    );
    expect(r.documents.map((d) => d.findings.filter((f) => f.severity === 'error').length)).toEqual([6, 1, 1]);
  });

  // a new-user trial: bytes input of a report package ran no profile rules (only sbr:documentNotFound, formulaSummary)
  it('bytes input runs the profile rules that path input runs (xbri and xhtml, validate() and Validator)', async () => {
    const opts = { schemaValidation: false, profile: 'nl-inline-2024' };
    const nlKvk = (fs: { code: string }[]) => fs.map((f) => f.code).filter((c) => c.startsWith('NL.NL-KVK'));
    const byPath = await validate([xbri, XHTML], opts);
    const byBytes = await validate(
      [
        { url: xbri, bytes: readFileSync(xbri) },
        { url: XHTML, bytes: readFileSync(XHTML) },
      ],
      opts,
    );
    expect(nlKvk(byPath.findings).length).toBeGreaterThan(3);
    expect(byBytes.findings).toEqual(byPath.findings);
    expect(byBytes.documents.map((d) => d.file)).toEqual(byPath.documents.map((d) => d.file));
    // the document naming rules (NL-KVK.3.6.3.x) read the package's own name, not the temporary file's
    expect(nlKvk(byPath.findings)).toContain('NL.NL-KVK.3.6.3.2.documentNameDoesNotFollowNamingConvention');
    const v1 = await validator.validate(xbri, opts);
    const v2 = await validator.validate({ url: xbri, bytes: readFileSync(xbri) }, opts);
    expect(nlKvk(v1.findings).length).toBeGreaterThan(3);
    expect(v2.findings).toEqual(v1.findings);
  });

  // a new-user trial: with an artifact, a JSON file gave xml:malformed (thrown by Validator.validate) and, with the
  // artifact's inline profile, a false sbr:profileMismatch "is an xBRL-XML instance"
  it('the artifact path says what a bad input is, as the live path does, in a result (never a throw)', async () => {
    const dir = tmp();
    const json = join(dir, 'x.json');
    writeFileSync(json, '{"a": 1}\n');
    const html = join(dir, 'plain.html');
    writeFileSync(html, '<html><body><p>no facts</p></body></html>');
    const empty = join(dir, 'empty.xbrl');
    writeFileSync(empty, '');
    const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
    for (const profile of [undefined, 'nl-inline-2024']) {
      const o = { schemaValidation: false, ...(profile ? { profile } : {}) };
      for (const input of [json, { url: json, bytes: readFileSync(json) }]) {
        const r = await validator.validate(input, o);
        expect([r.kind, r.valid, codes(r)]).toEqual(['unvalidated', false, ['sbr:notXml']]);
      }
      const e = await validator.validate({ url: empty, bytes: new Uint8Array() }, o);
      expect([e.kind, codes(e)]).toEqual(['unvalidated', ['xml:empty']]);
      const h = await validator.validate(html, o);
      expect([h.kind, codes(h)[0]]).toEqual(['unvalidated', 'sbr:notInlineXbrl']);
      // the live path with the artifact's taxonomies (sbr validate --validator) gives the same codes
      const live = await validate([json, empty], { ...o, taxonomies: validator.taxonomySource(), keepGoing: true });
      expect(live.documents.map(codes)).toEqual([['sbr:notXml'], ['xml:empty']]);
    }
    // the portable Validator (browser) as well
    const core = await CoreValidator.load(compileArtifactFrom([join(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
    const c = await core.validate({ url: 'x.json', bytes: '[1]' }, { profile: 'nl-inline-2024' });
    expect([c.kind, codes(c)]).toEqual(['unvalidated', ['sbr:notXml']]);
  });
});
