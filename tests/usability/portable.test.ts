/** Issue 11 item 8: no machine paths in artifacts: sources named by URL, package name or "the compiled validator". */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { portableFinding } from '../../src/artifact/compile.js';
import { tmp } from '../resolve/helpers.js';

const ROOT = resolve(__dirname, '../..');

describe('no machine paths in artifacts (issue 11 item 8)', () => {
  it("a missing document's finding from an artifact does not name the compiling machine's cache folder", async () => {
    const cache = tmp();
    const art = compileArtifactFrom([join(ROOT, 'fixtures/usability/missing-types/taxonomy.xsd')], { caches: [cache] });
    const v = await Validator.load(art.bytes);
    const r = await v.validate(join(ROOT, 'fixtures/usability/missing-types/filing.xbrl'), { schemaValidation: false });
    const missing = r.findings.find((f) => f.code === 'sbr:documentNotFound')!;
    expect(missing.message).toContain('https://www.xbrl.org/dtr/type/2022-03-31/types.xsd');
    expect(missing.message).toContain('looked in: the packages and cache folders the validator was compiled with');
    expect(r.findings.every((f) => !f.message.includes(cache))).toBe(true);
  });

  it('package paths become package names, catalog paths the compiled validator', () => {
    const m = portableFinding({
      code: 'sbr:documentNotFound',
      severity: 'error',
      file: '',
      line: 0,
      column: 0,
      message:
        'Cannot find the document https://x.example/a.xsd (the rewriteURI entry of catalog /home/u/kvk_taxonomy_2024.zip/kvk/META-INF/catalog.xml maps it to /home/u/kvk_taxonomy_2024.zip/kvk/a.xsd; see /home/u/rj_taxonomy_2024.zip/rj/x.xsd)',
    }).message;
    expect(m).toBe(
      'Cannot find the document https://x.example/a.xsd (the rewriteURI entry of a catalog of the compiled validator maps it; see package rj_taxonomy_2024.zip)',
    );
  });
});
