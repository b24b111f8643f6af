/**
 * Runs an XBRL International conformance suite from ../shared through the whole pipeline (validate()) and
 * compares it with the committed baseline: the test fails when a variation that is not a known failure fails,
 * or when the pass count drops below the baseline's minPassed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareWithBaseline, formatOutcomes, readBaseline, readSuite, runSuite } from '../../src/conformance/index.js';
import { Resolver } from '../../src/resolve/index.js';
import { validate } from '../../src/validate/node.js';

export const SHARED = resolve(process.env.SBR_SHARED ?? resolve(__dirname, '../../../shared'));

export async function runSuiteAgainstBaseline(indexRel: string, baselineFile: string) {
  const index = resolve(SHARED, indexRel);
  const variations = readSuite(index);
  const resolver = Resolver.create({ caches: [resolve(SHARED, 'xbrl-schemas')] });
  const t0 = performance.now();
  const outcomes = await runSuite(variations, (v) => validate(v.readMeFirst, { resolver }), { concurrency: 2 });
  const seconds = (performance.now() - t0) / 1000;
  const report = formatOutcomes(outcomes);
  const baseline = readBaseline(resolve(__dirname, 'baselines', baselineFile));
  const regressions = compareWithBaseline(outcomes, baseline);
  const passed = outcomes.filter((o) => o.pass).length;
  return { outcomes, report, regressions, passed, total: outcomes.length, seconds, baseline };
}

export function sharedPresent(rel: string): boolean {
  const ok = existsSync(resolve(SHARED, rel));
  if (!ok) console.warn(`SKIPPED: ${resolve(SHARED, rel)} is absent (set SBR_SHARED to the shared data folder)`);
  return ok;
}
