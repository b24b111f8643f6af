/**
 * The W3C QT3 test suite (XPath 2.0 cases: spec XP20 / XP20+) against the XPath engine, compared with the committed
 * baseline tests/conformance/baselines/qt3.json: the test fails on a failing case that is not a known failure, or
 * when fewer cases pass than the baseline's minPassed. `SBR_QT3_WRITE_BASELINE=1` rewrites the baseline from the run.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareQt3WithBaseline,
  formatQt3,
  makeQt3Baseline,
  qt3Counts,
  readQt3Catalog,
  runQt3,
} from '../../src/conformance/qt3.js';
import { readBaseline } from '../../src/conformance/runner.js';
import { SHARED, sharedPresent } from './suites.js';

const CATALOG = 'conformance/qt3/catalog.xml';
const BASELINE = resolve(__dirname, 'baselines', 'qt3.json');

describe.skipIf(!sharedPresent(CATALOG))('QT3 (XPath 2.0 test cases)', () => {
  it('passes at least the baseline, with no failure outside the known list', () => {
    const t0 = performance.now();
    const outcomes = runQt3(readQt3Catalog(resolve(SHARED, CATALOG)));
    const seconds = (performance.now() - t0) / 1000;
    const { passed, failed, skipped } = qt3Counts(outcomes);
    console.log(`QT3: ${passed} passed, ${failed} failed, ${skipped} skipped in ${seconds.toFixed(1)} s`);
    if (process.env.SBR_QT3_WRITE_BASELINE)
      writeFileSync(BASELINE, JSON.stringify(makeQt3Baseline(outcomes), null, 2) + '\n');
    const baseline = readBaseline(BASELINE);
    const regressions = compareQt3WithBaseline(outcomes, baseline);
    if (regressions.length) console.log(formatQt3(outcomes));
    expect(regressions).toEqual([]);
    expect(passed).toBeGreaterThanOrEqual(baseline.minPassed);
    // the XPath 2.0 part of the suite is about 15,000 cases
    expect(passed + failed).toBeGreaterThan(14_000);
  });
});
