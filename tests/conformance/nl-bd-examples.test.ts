/**
 * Issue 10, "what must be shown": the Belastingdienst example returns (../shared/real/nl/bd-examples, NT12/NT13 and NT15
 * entry points that are not available offline) with the NT profile closest to their version, nt16. Their schemaRef
 * cannot be resolved (sbr:entryPointNotFound, exit 2), and the document-level rules still run and report beside it
 * (issue 10 item 4). What they find, per file: nothing; the KvK rules (FR-KVK, BR-KVK) do not run on a Belastingdienst
 * entry point (one info sbr:kvkRulesNotApplicable; FR-KVK-2.03 was reported here before, a wrong finding), and
 * encoding, BOM, xml:lang, contexts, units, duplicates and the other document-level SBR rules are satisfied.
 * With --profile auto no profile is chosen (NT13-NT15 are outside the NT16-NT20 of the rules): sbr:profileNotDetermined.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/node.js';
import { SHARED, sharedPresent } from './suites.js';

const DIR = 'real/nl/bd-examples';

describe.skipIf(!sharedPresent(DIR))('Belastingdienst example returns with --profile nt16', () => {
  it('document-level NL rules run beside sbr:entryPointNotFound, per file', async () => {
    const dir = resolve(SHARED, DIR);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.xbrl'))
      .sort();
    const r = await validate(
      files.map((f) => join(dir, f)),
      { caches: [resolve(SHARED, 'xbrl-schemas')], profile: 'nt16', keepGoing: true },
    );
    const perFile: Record<string, Record<string, number>> = {};
    for (const d of r.documents) {
      const counts: Record<string, number> = {};
      for (const f of d.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
      perFile[d.file.split('/').pop()!] = counts;
    }
    const expected = { 'sbr:entryPointNotFound': 1, 'sbr:kvkRulesNotApplicable': 1 };
    expect(perFile).toEqual({
      'VB-01_bd-rpt-ihz-aangifte-2019-masked.xbrl': expected,
      'VB-01_bd-rpt-ob-aangifte-2021.xbrl': expected,
      'VB-03_bd-rpt-ihz-aangifte-2018.xbrl': expected,
    });
    expect(r.fatal).toBe(true);
  }, 300_000);

  it('--profile auto chooses no profile for their NT13-NT15 entry points and says why (info)', async () => {
    const file = resolve(SHARED, DIR, 'VB-01_bd-rpt-ob-aangifte-2021.xbrl');
    const r = await validate(file, { caches: [resolve(SHARED, 'xbrl-schemas')], profile: 'auto', keepGoing: true });
    const codes = r.findings.map((f) => `${f.code} ${f.severity}`);
    expect(codes).toEqual(['sbr:entryPointNotFound error', 'sbr:profileNotDetermined info']);
    expect(r.findings[1]!.message).toContain('is of NT15');
  }, 300_000);
});
