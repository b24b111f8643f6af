/** Issue 11 items 6 and 10: say what the input is (folder, plain HTML, package member, JSON, Inline XBRL 1.0). */
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sbr-kind-'));
copyFileSync(join(ROOT, 'fixtures/demo/vat-return-valid.xbrl'), join(dir, 'a.xbrl'));
const json = join(dir, 'invoice.json');
writeFileSync(json, '{"invoice": {"total": 12}}\n');
const xbrlJson = join(dir, 'report.json');
writeFileSync(xbrlJson, '{"documentInfo": {"documentType": "https://xbrl.org/2021/xbrl-json"}, "facts": {}}\n');

describe('say what the input is (issue 11 item 6)', () => {
  it('a folder without META-INF says what a report package needs', async () => {
    const r = await run('validate', dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:notAFile');
    expect(r.out).toContain('META-INF/reportPackage.json');
  });

  it('a plain HTML page holds no Inline XBRL (sbr:notInlineXbrl), not "no ix:references"', async () => {
    const r = await run('validate', 'fixtures/usability/plain-page.html');
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:notInlineXbrl');
    expect(r.out).toContain('http://www.xbrl.org/2013/inlineXBRL');
    expect(r.out).not.toContain('missingReferences');
  });

  it("a report package's .xhtml given on its own hints to pass the package", async () => {
    const r = await run(
      'validate',
      'fixtures/usability/vat-package/reports/vat-return.xhtml',
      '--no-schema-validation',
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /sbr:partOfReportPackage .*validate the package \(sbr validate .*fixtures\/usability\/vat-package\)/,
    );
  });

  it('a JSON file is said to be JSON, not malformed XML at its end', async () => {
    const r = await run('validate', json);
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:notXml');
    expect(r.out).toContain('is a JSON document, not XML');
    expect(r.out).not.toContain('xml:malformed');
    expect((await run('validate', xbrlJson)).out).toContain('is an xBRL-JSON report');
  });
});

describe('Inline XBRL 1.0 (issue 11 item 10)', () => {
  it('gets exactly one finding naming the version', async () => {
    const r = await run('validate', 'fixtures/usability/ix10.xhtml', '--format', 'json');
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j.findings.map((f: { code: string }) => f.code)).toEqual(['sbr:inlineXbrlVersion']);
    expect(j.findings[0].message).toContain('Inline XBRL 1.0');
  });
});

describe('report package structure errors are findings of an invalid package (issue 11 item 10)', () => {
  it('an .xbri without META-INF/reportPackage.json: rpe: finding, exit 1, kind reportPackage', async () => {
    const { tmp, writeZip } = await import('../resolve/helpers.js');
    const p = writeZip(tmp(), 'a.xbri', { 'r/reports/x.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"/>' });
    const r = await run('validate', p, '--format', 'json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.findings[0].code).toMatch(/^rpe:/);
    expect(j.documents[0]).toMatchObject({ kind: 'reportPackage', valid: false });
  });
});
