export { readSuite, suiteDir, CONFORMANCE_NAMESPACES } from './suite.js';
export type { Variation, DataFile, AssertionTest } from './suite.js';
export {
  runSuite,
  judge,
  codeMatches,
  formatOutcomes,
  readBaseline,
  compareWithBaseline,
  fixedKnownFailures,
  makeBaseline,
} from './runner.js';
export type { VariationOutcome, ValidateFn, RunOptions, Baseline, Regression } from './runner.js';
