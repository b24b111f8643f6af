/**
 * The bundled demo (README): `sbr validate` on the SBR demo taxonomy's VAT returns, with no --cache option,
 * no SBR_CACHE and no network — the standard XBRL schemas come from the built-in copies
 * (src/resolve/builtin). The invalid return must give exactly the findings its comments announce.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const VALID = join(REPO, 'fixtures/demo/vat-return-valid.xbrl');
const INVALID = join(REPO, 'fixtures/demo/vat-return-invalid.xbrl');
const XBRL_SCHEMAS = join(resolve(REPO, process.env['SBR_SHARED'] ?? '../shared'), 'xbrl-schemas');

interface JsonReport {
  valid: boolean;
  findings: { code: string; severity: string; file: string; line?: number; message: string }[];
  documents: { stats: { documents: number; facts: number } }[];
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

async function runJson(...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const r = await run('validate', '--format', 'json', ...args);
  return { code: r.code, report: JSON.parse(r.out) as JsonReport };
}

/** The findings of the invalid return: [line, code], sorted as the report sorts them. */
const EXPECTED_INVALID: Array<[number, string]> = [
  [51, 'xbrl.5.2.5.2:calcInconsistency'], // 1. VAT payable 17500 <> 21000 - 4500
  [54, 'xbrldie:PrimaryItemDimensionallyInvalidError'], // 6. turnover by rate without a rate
  [57, 'xmlSchema:valueError'], // 2. VAT number pattern (fact value check; libxml2's repeat of it is dropped)
  [59, 'xbrl.4.7.2:contextPeriodType'], // 4. instant concept in a duration context
  [61, 'xmlSchema:valueError'], // 3. "yes" is not a boolean
  [63, 'xbrl.4.6.2:numericUnitRef'], // 5. numeric fact without unitRef (xmlSchema:attributesRequired folded in: related)
];

describe('demo: sbr validate on the SBR demo VAT returns (no cache, no network)', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env['SBR_CACHE'];
    delete process.env['SBR_CACHE'];
  });
  afterAll(() => {
    if (saved !== undefined) process.env['SBR_CACHE'] = saved;
  });

  it('the valid return: exit code 0, no findings', async () => {
    const text = await run('validate', VALID);
    expect(text.code, text.out + text.err).toBe(0);
    expect(text.out).toContain('No problems found');
    const { code, report } = await runJson(VALID);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    // demo schema + 5 linkbases + the 5 built-in standard schemas; all 11 facts loaded
    expect(report.documents[0]!.stats).toMatchObject({ documents: 11, facts: 11 });
  });

  it('the invalid return: exit code 1 and exactly the announced findings', async () => {
    const { code, report } = await runJson(INVALID);
    expect(code).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.findings.every((f) => f.severity === 'error' && f.file.endsWith('vat-return-invalid.xbrl'))).toBe(
      true,
    );
    expect(report.findings.map((f) => [f.line, f.code])).toEqual(EXPECTED_INVALID);
    const at = (line: number, code: string) => report.findings.find((f) => f.line === line && f.code === code)!.message;
    expect(at(51, 'xbrl.5.2.5.2:calcInconsistency')).toMatch(/17,500.*16,500/);
    expect(at(57, 'xmlSchema:valueError')).toContain('NL12345678B01');
  });

  it('labels in Dutch with --lang nl', async () => {
    const r = await run('validate', '--lang', 'nl', INVALID);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Te betalen omzetbelasting');
  });

  it.skipIf(!existsSync(XBRL_SCHEMAS))(
    'gives the same findings with the published XBRL schemas from a cache folder',
    async () => {
      for (const f of [VALID, INVALID]) {
        const builtin = await runJson(f);
        const cached = await runJson('--cache', XBRL_SCHEMAS, f);
        expect(cached.code).toBe(builtin.code);
        expect(cached.report.findings).toEqual(builtin.report.findings);
      }
    },
  );
});
