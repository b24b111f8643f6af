/**
 * Issue 10, "what must be shown": the Belastingdienst example returns (../shared/real/nl/bd-examples, NT12/NT13 and NT15
 * entry points that are not available offline) with the NT profile closest to their version, nt16. Their schemaRef
 * cannot be resolved (sbr:entryPointNotFound, exit 2), and the document-level rules still run and report beside it
 * (issue 10 item 4). What they find, per file: FR-KVK-2.03 only (the schemaRef is a Belastingdienst entry point, not a
 * published KvK one, which the KvK rules of the NT profiles ask for); encoding, BOM, xml:lang, contexts, units,
 * duplicates, decimals and the other document-level rules are satisfied.
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
    const expected = { 'sbr:entryPointNotFound': 1, 'NL.FR-KVK-2.03': 1 };
    expect(perFile).toEqual({
      'VB-01_bd-rpt-ihz-aangifte-2019-masked.xbrl': expected,
      'VB-01_bd-rpt-ob-aangifte-2021.xbrl': expected,
      'VB-03_bd-rpt-ihz-aangifte-2018.xbrl': expected,
    });
    expect(r.fatal).toBe(true);
  }, 300_000);
});
