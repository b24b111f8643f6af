/** Issue 11 item 1: one unreadable input does not discard the others; exit code is the worst of them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/node.js';
import { run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sbr-batch-'));
const invoice = join(dir, 'invoice.xml');
writeFileSync(invoice, '<invoice xmlns="urn:example:invoice"><total>12</total></invoice>\n');
const json = join(dir, 'invoice.json');
writeFileSync(json, '{"total": 12}\n');

describe('batches keep going (issue 11 item 1)', () => {
  it('text: each input has its own result and the invalid filing keeps its 7 errors; exit 2', async () => {
    const r = await run(
      'validate',
      'fixtures/demo/vat-return-invalid.xbrl',
      invoice,
      'fixtures/demo/vat-return-valid.xbrl',
    );
    expect(r.code).toBe(2);
    expect(r.out).toContain('xbrl.5.2.5.2:calcInconsistency');
    expect(r.out).toContain('fixtures/demo/vat-return-invalid.xbrl: invalid (');
    expect(r.out).toMatch(/invoice\.xml: could not be validated \(sbr:unknownDocument\)/);
    expect(r.out).toContain('fixtures/demo/vat-return-valid.xbrl: valid');
    // each input's findings under its own heading (inputs may share taxonomy files), the valid one has none
    const headings = r.out.split('\n').filter((l) => l.startsWith('== '));
    expect(headings).toEqual(['== fixtures/demo/vat-return-invalid.xbrl ==', `== ${invoice} ==`]);
    const invoicePart = r.out.slice(r.out.indexOf(`== ${invoice} ==`));
    expect(invoicePart.split('\n')[2]).toMatch(/^ {2}1:1 +error +sbr:unknownDocument/);
  });

  it('json: documents lists every input, the unreadable one as kind unvalidated with its code', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-invalid.xbrl', json, '--format', 'json');
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j.documents).toHaveLength(2);
    expect(j.documents[0]).toMatchObject({ kind: 'instance', valid: false });
    expect(j.documents[1]).toMatchObject({ kind: 'unvalidated', valid: false, file: json });
    expect(
      j.findings.filter((f: { file: string }) => f.file.endsWith('vat-return-invalid.xbrl')).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it('exit 1 when every input was validated and one is invalid', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-valid.xbrl', 'fixtures/demo/vat-return-invalid.xbrl');
    expect(r.code).toBe(1);
  });

  it('library: keepGoing records the unreadable input; without it validate() throws', async () => {
    const res = await validate(['fixtures/demo/vat-return-valid.xbrl', invoice], { keepGoing: true });
    expect(res.fatal).toBe(true);
    expect(res.documents.map((d) => d.kind)).toEqual(['instance', 'unvalidated']);
    expect(res.documents[0]!.valid).toBe(true);
    await expect(validate([invoice])).rejects.toMatchObject({ finding: { code: 'sbr:unknownDocument' } });
  });
});
