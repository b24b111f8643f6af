import { describe, expect, it } from 'vitest';
import { runSuiteAgainstBaseline, sharedPresent } from './suites.js';

const INDEX = 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml';

describe.skipIf(!sharedPresent(INDEX))('XBRL 2.1 conformance suite', () => {
  it('passes at least the baseline, with no failure outside the known list', async () => {
    const r = await runSuiteAgainstBaseline(INDEX, 'xbrl21.json');
    console.log(`XBRL 2.1 suite: ${r.passed}/${r.total} passed in ${r.seconds.toFixed(1)} s`);
    if (r.regressions.length) console.log(r.report);
    expect(r.total).toBe(548);
    expect(r.regressions.map((x) => `${x.id ?? ''} ${x.message}`)).toEqual([]);
    expect(r.passed).toBeGreaterThanOrEqual(r.baseline.minPassed);
  });
});
