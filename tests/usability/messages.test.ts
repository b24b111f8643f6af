/**
 * Issue 11 item 4: messages in Dutch and English from one catalog per language (src/messages), keyed by code and
 * rendered from the finding's params (no English message is parsed back), numbers formatted per language.
 */
import { describe, expect, it } from 'vitest';
import { codesInEveryLanguage, englishMessage, LANGUAGES, renderMessage } from '../../src/messages/index.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { localize } from '../../src/report/messages/index.js';
import { formatText } from '../../src/report/text.js';
import { validate } from '../../src/validate/node.js';
import { run } from './helpers.js';

describe('messages in Dutch (issue 11 item 4)', () => {
  it('every finding of the demo run carries params; its English message is the English catalog rendering them', async () => {
    const enRun = await validate('fixtures/demo/vat-return-invalid.xbrl');
    expect(enRun.findings.length).toBeGreaterThan(3);
    for (const f of enRun.findings) {
      expect(f.params, f.code).toBeDefined();
      expect(englishMessage(f.code, f.params!)).toBe(f.message);
      expect(nl[f.code], f.code).toBeDefined();
    }
  });

  it('the Dutch run renders the same params in Dutch, numbers in Dutch notation', async () => {
    const nlRun = await validate('fixtures/demo/vat-return-invalid.xbrl', { lang: 'nl' });
    const calc = nlRun.findings.find((f) => f.code === 'xbrl.5.2.5.2:calcInconsistency')!;
    expect(calc.message).toBe(
      "Het feit Te betalen omzetbelasting (VatPayable) in context 'Q1' heeft waarde 17.500, maar de som van de 2 items is 16.500: Omzetbelasting hoog tarief (VatHighRate) 21.000 × 1, Voorbelasting (InputVat) 4.500 × -1 (ELR http://www.sbr-demo.example/2024/role/VatReturn)",
    );
    expect(nlRun.findings.find((f) => f.code === 'xbrl.4.7.2:contextPeriodType')!.message).toBe(
      "Datum indiening (SubmissionDate) is een instant-concept, maar context 'Q1' heeft een periode van 2024-01-01 tot 2024-03-31",
    );
    expect(nlRun.findings.find((f) => f.code === 'xbrl.4.6.2:numericUnitRef')!.message).toContain(
      'is numeriek maar heeft geen unitRef',
    );
    for (const f of nlRun.findings) expect(f.message).toBe(renderMessage(f.code, f.params!, 'nl'));
  });

  it('English calculation messages name the items and their values', async () => {
    const r = await validate('fixtures/demo/vat-return-invalid.xbrl', { schemaValidation: false });
    expect(r.findings.find((f) => f.code === 'xbrl.5.2.5.2:calcInconsistency')!.message).toContain(
      'is 16,500 (VAT at the high rate (VatHighRate) 21,000 − Input VAT (InputVat) 4,500)',
    );
  });

  it('numbers in the params are grouped the language way; text params are left as they are', () => {
    const p = {
      sum: 'Totaal',
      reported: '1234567.5',
      count: 1,
      computed: '-1234.56',
      items: [{ negative: true, weight: '0.5', concept: 'Post 2024-01-01', value: '2469.12' }],
      context: 'c-1.000',
      elr: 'http://x.example/2024/1,000/role',
    };
    expect(renderMessage('xbrl.5.2.5.2:calcInconsistency', p, 'nl')).toBe(
      "Het feit Totaal in context 'c-1.000' heeft waarde 1.234.567,5, maar de som van de 1 item is -1.234,56: Post 2024-01-01 2.469,12 × -0,5 (ELR http://x.example/2024/1,000/role)",
    );
    expect(renderMessage('xbrl.5.2.5.2:calcInconsistency', p, 'en')).toBe(
      "Totaal = 1,234,567.5 but the sum of its 1 item is -1,234.56 (− 0.5 × Post 2024-01-01 2,469.12) in context 'c-1.000' (ELR http://x.example/2024/1,000/role)",
    );
  });

  it('a finding without params (a code not in the catalogs yet) keeps its English message', () => {
    const f = {
      code: 'xbrl.4.9:someCode',
      severity: 'error' as const,
      message: 'English',
      file: '',
      line: 0,
      column: 0,
    };
    expect(localize(f, 'nl')).toBe(f);
  });

  it('coverage: every English entry has a Dutch one, and the other way round', () => {
    expect(LANGUAGES).toEqual(['en', 'nl']);
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(codesInEveryLanguage().length).toBe(Object.keys(en).length);
    expect(codesInEveryLanguage().length).toBeGreaterThanOrEqual(30);
  });

  it('the text summary line is in Dutch with --lang nl', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-invalid.xbrl', '--lang', 'nl', '--no-schema-validation');
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split('\n').pop()).toMatch(/^\d+ fouten?, \d+ waarschuwing(en)?$/);
    expect(r.out).toContain('is numeriek maar heeft geen unitRef');
    expect(formatText([], { lang: 'nl' })).toBe('Geen problemen gevonden: de aanlevering is geldig.\n');
    expect(formatText([], { lang: 'en' })).toBe('No problems found: the filing is valid.\n');
    // a usage error belongs to no file: its heading is in the report's language too
    const usage = { code: 'sbr:usage', severity: 'error' as const, message: 'x', file: '', line: 0, column: 0 };
    expect(formatText([usage], { lang: 'nl' }).split('\n')[0]).toBe('(geen bestand)');
    expect(formatText([usage], { lang: 'en' }).split('\n')[0]).toBe('(no file)');
  });

  it('--lang xx warns once and uses English', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-invalid.xbrl', '--lang', 'xx', '--no-schema-validation');
    expect(r.code).toBe(1);
    expect(r.err.match(/no messages in the language "xx"/g)).toHaveLength(1);
    expect(r.err).toContain('(languages: en, nl)');
    expect(r.out).toContain('is numeric but has no unitRef');
    expect(r.out.trimEnd().split('\n').pop()).toMatch(/^\d+ errors?, \d+ warnings?$/);
  });
});
