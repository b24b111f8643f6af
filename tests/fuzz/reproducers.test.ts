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

describe('issue 17 item 4: a report package whose entry name has a NUL byte is refused (sbr:zipEntryName), exit 2', () => {
  it('refuses the package before reading any report', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const p = join(dir, 'nul.xbr');
    writeFileSync(
      p,
      zipSync({
        'vat/META-INF/reportPackage.json': strToU8('{}'),
        'vat/reports/vat\u0000.xbrl': strToU8(demoFiling()),
      }),
    );
    const r = await run('validate', p, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.json.findings.map((f) => f.code)).toEqual(['sbr:zipEntryName']);
  });
});

describe('issue 17 item 2: documented size limits, coded refusals, options to raise them', () => {
  const big = () => {
    // the demo filing padded with 2 MB of whitespace between its elements
    const p = join(dir, 'padded.xbrl');
    writeFileSync(p, demoFiling().replace('</xbrli:xbrl>', `${' '.repeat(2 << 20)}</xbrli:xbrl>`));
    return p;
  };

  it('refuses a file above --max-document-size (sbr:documentTooLarge, exit 2) and validates it with the limit raised', async () => {
    const p = big();
    const refused = await run('validate', p, '--max-document-size', '1M', '--no-schema-validation', '--format', 'json');
    expect([refused.code, refused.json.findings.map((f) => f.code)]).toEqual([2, ['sbr:documentTooLarge']]);
    const raised = await run('validate', p, '--max-document-size', '3M', '--no-schema-validation', '--format', 'json');
    expect([raised.code, raised.json.valid]).toEqual([0, true]);
  });

  it('refuses a report package inflating past --max-package-size (sbr:zipBomb) and an entry above the document limit', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const p = join(dir, 'padded.xbr');
    const filing = demoFiling()
      .replace(/"[^"]*taxonomies\/sbr-demo\/vat-2024\.xsd"/, '"../taxonomy/vat-2024.xsd"')
      .replace('</xbrli:xbrl>', `${' '.repeat(2 << 20)}</xbrli:xbrl>`);
    const files: Record<string, Uint8Array> = {
      'vat/META-INF/reportPackage.json': strToU8(
        '{"documentInfo":{"documentType":"https://xbrl.org/report-package/2023/xbr"}}',
      ),
      'vat/reports/vat.xbrl': strToU8(filing),
    };
    for (const f of [
      'vat-2024.xsd',
      'vat-2024-cal.xml',
      'vat-2024-def.xml',
      'vat-2024-lab-en.xml',
      'vat-2024-lab-nl.xml',
      'vat-2024-pre.xml',
    ])
      files[`vat/taxonomy/${f}`] = readFileSync(join(REPO, 'taxonomies/sbr-demo', f));
    writeFileSync(p, zipSync(files));
    const pkg = await run('validate', p, '--max-package-size', '1M', '--no-schema-validation', '--format', 'json');
    expect([pkg.code, pkg.json.findings.map((f) => f.code)]).toEqual([2, ['sbr:zipBomb']]);
    const entry = await run('validate', p, '--max-document-size', '1M', '--no-schema-validation', '--format', 'json');
    expect([entry.code, entry.json.findings.map((f) => f.code)]).toEqual([2, ['sbr:documentTooLarge']]);
    const ok = await run('validate', p, '--no-schema-validation', '--format', 'json');
    expect([ok.code, ok.json.valid]).toEqual([0, true]);
  });
});

describe('fuzz finds: values that would be written out with a billion digits', () => {
  it('a monetary fact 1e999999999 with decimals="0" is an error, reported in seconds (was a hang)', async () => {
    const p = join(dir, 'huge.xbrl');
    writeFileSync(p, demoFiling().replace('decimals="0">16500<', 'decimals="0">1e999999999<'));
    const r = await run('validate', p, '--no-schema-validation', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.json.findings.map((f) => f.code)).toEqual(['xbrl.5.2.5.2:calcInconsistency', 'xmlSchema:valueError']);
  });
});

describe('fuzz finds: an Inline XBRL scale of 999999999', () => {
  it('is refused as sbr:scaleTooLarge on the fact, not expanded to a billion digits (was a hang)', async () => {
    const p = join(dir, 'scale.xhtml');
    writeFileSync(
      p,
      readFileSync(join(REPO, 'fixtures/ixbrl/features.xhtml'), 'utf8').replace(
        'decimals="-3" scale="3"',
        'decimals="-3" scale="999999999"',
      ),
    );
    let out = '';
    let err = '';
    const code = await main(['node', 'sbr', 'extract', p], { out: (s) => (out += s), err: (s) => (err += s) });
    expect(code).toBe(1);
    expect(err).toMatch(/sbr:scaleTooLarge\s+scale="999999999" is beyond this processor's limit of 1000/);
    expect(out).toContain('>1234<'); // the value kept unscaled
  });
});

describe('fuzz finds: a byte above 0x7F in a document that declares encoding="US-ASCII" (was a false valid)', () => {
  // TextDecoder reads US-ASCII as windows-1252, where every byte is a character; expat refuses the byte
  const ascii = demoFiling().replace('encoding="UTF-8"', 'encoding="US-ASCII"');

  it('all ASCII: valid (exit 0), so the test below is not vacuous', async () => {
    const p = join(dir, 'ascii.xbrl');
    writeFileSync(p, ascii, 'latin1');
    const r = await run('validate', p, '--no-schema-validation', '--format', 'json');
    expect([r.code, r.json.valid]).toEqual([0, true]);
  });

  it('U+FFFF written in UTF-8 in a contact name: xml:encoding on its line, exit 2', async () => {
    const p = join(dir, 'ascii-ef.xbrl');
    const text = ascii.replace('>J. de Vries<', '>J. de Vries\uffff<');
    writeFileSync(p, text, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('\uffff')) + 1;
    const r = await run('validate', p, '--no-schema-validation', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.json.findings.map((f) => `${f.code}@${f.line}`)).toEqual([`xml:encoding@${line}`]);
  });
});
