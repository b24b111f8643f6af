import { describe, expect, it } from 'vitest';
import { runSuiteAgainstBaseline, sharedPresent } from './suites.js';

const INDEX = 'conformance/xdt/xdt-conf-cr4-2009-10-06/xdt.xml';

describe.skipIf(!sharedPresent(INDEX))('XBRL Dimensions 1.0 conformance suite', () => {
  it('passes at least the baseline, with no failure outside the known list', async () => {
    const r = await runSuiteAgainstBaseline(INDEX, 'xdt.json');
    console.log(`XDT suite: ${r.passed}/${r.total} passed in ${r.seconds.toFixed(1)} s`);
    if (r.regressions.length) console.log(r.report);
    expect(r.total).toBe(337);
    expect(r.regressions.map((x) => `${x.id ?? ''} ${x.message}`)).toEqual([]);
    expect(r.passed).toBeGreaterThanOrEqual(r.baseline.minPassed);
  });
});
