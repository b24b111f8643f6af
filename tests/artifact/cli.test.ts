/** `sbr compile` and `sbr validate --validator`: same findings and exit codes as live discovery; coded refusals. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const ROOT = resolve(__dirname, '../..');

async function sbr(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const findingsOf = (json: string) => JSON.parse(json).findings;

describe('sbr compile / validate --validator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbrv-cli-'));
  const artifact = join(dir, 'demo.sbrv');

  it('compiles, then validates with the artifact as live discovery does', async () => {
    const c = await sbr('compile', resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd'), '-o', artifact);
    expect(c.code).toBe(0);
    expect(c.err).toMatch(/demo\.sbrv: \d+ bytes, 11 documents, 18 concepts \(44 other element declarations\)/);
    expect(readFileSync(artifact).subarray(0, 4).toString()).toBe('SBRV');
    for (const f of [
      'fixtures/demo/vat-return-invalid.xbrl',
      'fixtures/demo/vat-return-valid.xbrl',
      'fixtures/artifact/ext-filing.xbrl',
    ]) {
      const live = await sbr('validate', resolve(ROOT, f), '--format', 'json');
      const withArtifact = await sbr('validate', '--validator', artifact, resolve(ROOT, f), '--format', 'json');
      expect(withArtifact.code).toBe(live.code);
      expect(findingsOf(withArtifact.out)).toEqual(findingsOf(live.out));
    }
  });

  it('refuses a tampered artifact with exit code 2 and sbr:artifactTampered', async () => {
    const b = readFileSync(artifact);
    b[b.length - 50] ^= 0xff;
    const bad = join(dir, 'bad.sbrv');
    writeFileSync(bad, b);
    const r = await sbr(
      'validate',
      '--validator',
      bad,
      resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'),
      '--format',
      'json',
    );
    expect(r.code).toBe(2);
    expect(findingsOf(r.out)[0].code).toBe('sbr:artifactTampered');
  });
});
