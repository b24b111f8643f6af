/**
 * The profile mechanism of issue 10 through the CLI and the library: `sbr profiles`, `--profile` names (unknown: usage
 * error exit 2 listing them), a profile that does not fit the filing (one sbr:profileMismatch), document-level NT rules
 * beside sbr:entryPointNotFound (exit 2 kept), `--profile auto`, messages in Dutch, `sbr compile --profile`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { PROFILE_NAMES, autoProfile, autoProfileChoice } from '../../../src/rules/nl/profiles.js';
import { validate } from '../../../src/validate/node.js';

const ROOT = resolve(__dirname, '../../..');
const NT_FIXTURE = join(ROOT, 'fixtures/nl/nt/unresolvable-entrypoint.xbrl');
const DEMO = join(ROOT, 'fixtures/demo/vat-return-valid.xbrl');
const INLINE = join(ROOT, 'fixtures/nl/inline/pass-other.xhtml');
const BD_NT15 = join(ROOT, 'fixtures/nl/nt/bd-nt15-return.xbrl');
const BD_NT17 = join(ROOT, 'fixtures/nl/nt/bd-nt17-return.xbrl');
const KVK_NT17 = join(ROOT, 'fixtures/nl/nt/kvk-nt17-return.xbrl');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('profiles (issue 10)', () => {
  it('sbr profiles lists every profile with one line each, and auto', async () => {
    const r = await run('profiles');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([...PROFILE_NAMES, 'auto']);
    expect(PROFILE_NAMES).toEqual([
      'nt16',
      'nt17',
      'nt18',
      'nt19',
      'nt20',
      'nl-inline-2024',
      'nl-inline-2024-gaap-other',
      'nl-inline-2025',
      'nl-inline-2025-gaap-other-preview',
      'nl-inline-multi-target',
    ]);
  });

  it('an unknown profile is a usage error (exit 2) that lists the names', async () => {
    const r = await run('validate', DEMO, '--profile', 'nt99', '--format', 'json');
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j.findings[0].code).toBe('sbr:unknownProfile');
    expect(j.findings[0].message).toContain('nt16, nt17, nt18, nt19, nt20, nl-inline-2024');
  });

  it('document-level NT rules run beside sbr:entryPointNotFound, exit code 2 kept', async () => {
    const r = await run('validate', NT_FIXTURE, '--profile', 'nt20', '--format', 'json');
    expect(r.code).toBe(2);
    const codes = JSON.parse(r.out).findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('sbr:entryPointNotFound');
    expect(codes).toContain('NL.FR-NL-3.03');
    expect(codes).toContain('NL.FR-NL-5.06');
    expect(codes).toContain('NL.FR-KVK-2.01');
  });

  it('without a profile the same filing gives only sbr:entryPointNotFound', async () => {
    const r = await run('validate', NT_FIXTURE, '--format', 'json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).toEqual(['sbr:entryPointNotFound']);
  });

  it('--profile auto picks nt20 from the entry point and says so', async () => {
    const r = await run('validate', NT_FIXTURE, '--profile', 'auto', '--format', 'json');
    const findings = JSON.parse(r.out).findings as { code: string; message: string; severity: string }[];
    const sel = findings.find((f) => f.code === 'sbr:profileSelected')!;
    expect(sel.severity).toBe('info');
    expect(sel.message).toContain('nt20');
    expect(findings.some((f) => f.code === 'NL.FR-NL-3.03')).toBe(true);
    expect(
      autoProfile(['https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-other-gaap.xsd'], true)?.name,
    ).toBe('nl-inline-2024-gaap-other');
    expect(
      autoProfile(['https://www.nltaxonomie.nl/kvk/2025-03-31/kvk-annual-report-nlgaap-ext.xsd'], true)?.name,
    ).toBe('nl-inline-2025');
    // NT13 is outside the NT16-NT20 the rules are published for: no profile (was nt16, the nearest)
    expect(
      autoProfileChoice(['http://www.nltaxonomie.nl/nt13/bd/20181212/entrypoints/bd-rpt-ihz-aangifte-2018.xsd'], false),
    ).toEqual({
      entryPoint: 'http://www.nltaxonomie.nl/nt13/bd/20181212/entrypoints/bd-rpt-ihz-aangifte-2018.xsd',
      nt: 13,
    });
    expect(autoProfile(['http://www.nltaxonomie.nl/nt21/kvk/20261209/entrypoints/x.xsd'], false)).toBeUndefined();
    expect(autoProfile(['http://www.nltaxonomie.nl/nt17/bd/20221207/entrypoints/x.xsd'], false)?.name).toBe('nt17');
  });

  it('--profile auto on a Belastingdienst return of NT15: no profile, an info finding saying why, no KvK rule (issue 10)', async () => {
    const res = await validate(BD_NT15, { profile: 'auto', lang: 'nl', keepGoing: true });
    const nl = res.findings.filter((f) => f.code.startsWith('NL.') || f.code.startsWith('sbr:profile'));
    expect(nl.map((f) => [f.code, f.severity])).toEqual([['sbr:profileNotDetermined', 'info']]);
    expect(nl[0]!.message).toBe(
      '--profile auto: het entrypoint http://www.nltaxonomie.nl/nt15/bd/20201209/entrypoints/bd-rpt-ob-aangifte-2021.xsd is van NT15, en de Nederlandse filing rules (profielen nt16 .. nt20) zijn alleen voor NT16 tot en met NT20 gepubliceerd; er is geen profiel gekozen en de Nederlandse regels zijn niet uitgevoerd. Wilt u er toch een toepassen, noem het dan met --profile (sbr profiles)',
    );
  });

  it('a Belastingdienst return under NT17: auto picks nt17, FR-NL/FG-NL run, the KvK rules do not (issue 10)', async () => {
    const res = await validate(BD_NT17, { profile: 'auto', keepGoing: true });
    const codes = res.findings.map((f) => f.code);
    expect(res.findings.find((f) => f.code === 'sbr:profileSelected')!.message).toContain('profile nt17');
    expect(res.findings.find((f) => f.code === 'sbr:kvkRulesNotApplicable')!.severity).toBe('info');
    // FR-NL-3.03 (unused context) and FR-NL-5.06 (precision) are in the fixture; FR-KVK-2.01 (xml:lang "zz") too
    expect(codes).toEqual(expect.arrayContaining(['NL.FR-NL-3.03', 'NL.FR-NL-5.06']));
    expect(codes.filter((c) => /^NL\.(FR|BR)-KVK/.test(c))).toEqual([]);
    // the same document with a KvK entry point gets them
    const kvk = await validate(KVK_NT17, { profile: 'auto', keepGoing: true });
    expect(kvk.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['NL.FR-KVK-2.01', 'NL.FR-NL-3.03']));
    expect(kvk.findings.some((f) => f.code === 'sbr:kvkRulesNotApplicable')).toBe(false);
  });

  it('an inline profile on an xBRL-XML instance gives one sbr:profileMismatch, no rule errors', async () => {
    const res = await validate(DEMO, { profile: 'nl-inline-2024', schemaValidation: false });
    const nl = res.findings.filter((f) => f.code.startsWith('NL.') || f.code.startsWith('sbr:profile'));
    expect(nl.map((f) => f.code)).toEqual(['sbr:profileMismatch']);
  });

  it('an NT profile on an Inline XBRL report gives one sbr:profileMismatch', async () => {
    const res = await validate(INLINE, { profile: 'nt20', schemaValidation: false, keepGoing: true });
    const nl = res.findings.filter((f) => f.code.startsWith('NL.') || f.code.startsWith('sbr:profile'));
    expect(nl.map((f) => f.code)).toEqual(['sbr:profileMismatch']);
    expect(nl[0]!.message).toContain('nl-inline-2024');
  });

  it('messages in Dutch with --lang nl', async () => {
    const res = await validate(DEMO, { profile: 'nt20', schemaValidation: false, lang: 'nl' });
    const f = res.findings.find((x) => x.code === 'NL.FR-KVK-5.02')!;
    expect(f.message).toBe(
      'vat:NumberOfInvoicesIssued (context Q1) is een getal dat geen geldbedrag is met decimals="0"; gebruik decimals="INF"',
    );
    expect(f.line).toBe(79);
  });

  it('sbr compile --profile records the profile; validating with the artifact applies it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbr-nl-'));
    const out = join(dir, 'demo.sbrv');
    const c = await run('compile', join(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd'), '-o', out, '--profile', 'nt20');
    expect(c.code).toBe(0);
    expect(c.err).toContain('profile nt20');
    const v = await run('validate', DEMO, '--validator', out, '--no-schema-validation', '--format', 'json');
    const codes = JSON.parse(v.out).findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['NL.FR-NL-2.03', 'NL.FR-KVK-5.02']));
    expect(
      (await run('compile', join(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd'), '-o', out, '--profile', 'bogus')).code,
    ).toBe(2);
  });
});
