/** Issue 11 item 4: messages in Dutch and English from one catalog per language, numbers formatted per language. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/report/messages/en.js';
import { nl } from '../../src/report/messages/nl.js';
import { dutchNumbers, localize, messageParameters } from '../../src/report/messages/index.js';
import { validate } from '../../src/validate.js';
import { run } from './helpers.js';

describe('messages in Dutch (issue 11 item 4)', () => {
  it('every code of the demo run has an English and a Dutch message, and the Dutch one is used', async () => {
    const enRun = await validate('fixtures/demo/vat-return-invalid.xbrl');
    const nlRun = await validate('fixtures/demo/vat-return-invalid.xbrl', { lang: 'nl' });
    for (const f of enRun.findings) {
      expect(en[f.code], f.code).toBeDefined();
      expect(nl[f.code], f.code).toBeDefined();
      expect(messageParameters(f), f.message).toBeDefined();
    }
    const calc = nlRun.findings.find((f) => f.code === 'xbrl.5.2.5.2:calcInconsistency')!;
    expect(calc.message).toBe(
      "Te betalen omzetbelasting (VatPayable) = 17.500, maar de som van de 2 onderliggende posten is 16.500 (Omzetbelasting hoog tarief (VatHighRate) 21.000 − Voorbelasting (InputVat) 4.500) in context 'Q1' (ELR http://www.sbr-demo.example/2024/role/VatReturn)",
    );
    expect(nlRun.findings.find((f) => f.code === 'xbrl.4.7.2:contextPeriodType')!.message).toBe(
      "Datum indiening (SubmissionDate) is een instant-concept, maar context 'Q1' heeft een periode van 2024-01-01 tot 2024-03-31",
    );
    expect(nlRun.findings.find((f) => f.code === 'xbrl.4.6.2:numericUnitRef')!.message).toContain(
      'is numeriek maar heeft geen unitRef',
    );
  });

  it('English calculation messages name the items and their values', async () => {
    const r = await validate('fixtures/demo/vat-return-invalid.xbrl', { schemaValidation: false });
    expect(r.findings.find((f) => f.code === 'xbrl.5.2.5.2:calcInconsistency')!.message).toContain(
      'is 16,500 (VAT at the high rate (VatHighRate) 21,000 − Input VAT (InputVat) 4,500)',
    );
  });

  it('numbers in Dutch notation; URLs, dates and QNames untouched', () => {
    expect(dutchNumbers('17,500 and 1,234.56 and 0.5')).toBe('17.500 and 1.234,56 and 0,5');
    expect(dutchNumbers('2024-01-01 http://x.example/2024/a.xsd v1.2.3')).toBe(
      '2024-01-01 http://x.example/2024/a.xsd v1.2.3',
    );
  });

  it('a message that does not have the catalog shape stays English', () => {
    const f = {
      code: 'xbrl.4.6.2:numericUnitRef',
      severity: 'error' as const,
      message: 'something else',
      file: '',
      line: 0,
      column: 0,
    };
    expect(localize(f, 'nl')).toBe(f);
  });

  it('--lang xx warns once and uses English', async () => {
    const r = await run('validate', 'fixtures/demo/vat-return-invalid.xbrl', '--lang', 'xx', '--no-schema-validation');
    expect(r.code).toBe(1);
    expect(r.err.match(/no messages in the language "xx"/g)).toHaveLength(1);
    expect(r.out).toContain('is numeric but has no unitRef');
  });
});
