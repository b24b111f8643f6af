/**
 * The Dutch NT filing-rule suites (Arelle's nl_nt16 .. nl_nt20, 41 testcases / 51 variations each) with the profile of
 * their NT version: a variation passes when its expected `NL.` code is among the findings (any severity); the other
 * findings, mostly from the NT dictionary schemas that are not available offline, are tolerated and counted.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, formatOutcomes, readBaseline, readSuite, runSuite } from '../../src/conformance/index.js';
import { Resolver } from '../../src/resolve/index.js';
import { validate } from '../../src/validate/node.js';
import { SHARED, sharedPresent } from './suites.js';

for (const nt of [16, 17, 18, 19, 20]) {
  const INDEX = `conformance/nl-filing-rules/nl_nt${nt}/index.xml`;
  describe.skipIf(!sharedPresent(INDEX))(`NL filing rules NT${nt} (profile nt${nt})`, () => {
    it('passes at least the baseline, with no failure outside the known list', async () => {
      const variations = readSuite(resolve(SHARED, INDEX));
      const resolver = Resolver.create({ caches: [resolve(SHARED, 'xbrl-schemas')] });
      const outcomes = await runSuite(
        variations,
        (v) => validate(v.readMeFirst, { resolver, profile: `nt${nt}`, schemaValidation: false }),
        { concurrency: 2, expectedAmongFindings: true },
      );
      const baseline = readBaseline(resolve(__dirname, 'baselines', `nl-nt${nt}.json`));
      const regressions = compareWithBaseline(outcomes, baseline);
      const passed = outcomes.filter((o) => o.pass).length;
      const report = formatOutcomes(outcomes);
      console.log(`NL NT${nt}: ${report.split('\n').pop()}`);
      if (regressions.length) console.log(report);
      expect(outcomes.length).toBe(51);
      expect(regressions.map((x) => `${x.id ?? ''} ${x.message}`)).toEqual([]);
      expect(passed).toBeGreaterThanOrEqual(49);
      // the expected code itself, not any error, makes a variation pass: FR-NL-1.01 (BOM) on the zipped instance too
      const bomZip = outcomes.find((o) => o.variation.id === '1-01-testcase:invalid-zip')!;
      expect(bomZip.pass).toBe(true);
    }, 120_000);
  });
}
