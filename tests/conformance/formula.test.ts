/**
 * The XBRL Formula conformance suite 2018-09-13 (681 variations: 10000 Formula, 20000 Variables, 30000 Assertions,
 * 40000 Filters, 60000 Extensions) through validate() with the formula rule family, against the committed baseline
 * tests/conformance/baselines/formula.json (known failures with their reasons).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, formatOutcomes, readBaseline, readSuite, runSuite } from '../../src/conformance/index.js';
import { variationFormulaOptions, variationInputs } from '../../src/conformance/formula.js';
import { Resolver } from '../../src/resolve/index.js';
import { validate } from '../../src/validate/node.js';
import { SHARED, sharedPresent } from './suites.js';

const INDEX = 'conformance/formula/conformance-formula-2018-09-13/index.xml';

describe.skipIf(!sharedPresent(INDEX))('XBRL Formula 1.0 conformance suite 2018-09-13', () => {
  it('passes at least the baseline, with no failure outside the known list', async () => {
    const variations = readSuite(resolve(SHARED, INDEX));
    const resolver = Resolver.create({ caches: [resolve(SHARED, 'xbrl-schemas')] });
    const t0 = performance.now();
    const outcomes = await runSuite(
      variations,
      (v) => validate(variationInputs(v), { resolver, schemaValidation: false, formula: variationFormulaOptions(v) }),
      { concurrency: 2 },
    );
    const passed = outcomes.filter((o) => o.pass).length;
    const baseline = readBaseline(resolve(__dirname, 'baselines', 'formula.json'));
    const regressions = compareWithBaseline(outcomes, baseline);
    console.log(
      `Formula suite: ${passed}/${outcomes.length} passed in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (regressions.length) console.log(formatOutcomes(outcomes));
    expect(outcomes.length).toBe(681);
    expect(regressions.map((x) => `${x.id ?? ''} ${x.message}`)).toEqual([]);
    expect(passed).toBeGreaterThanOrEqual(baseline.minPassed);
  });
});
