/**
 * A worker thread of a threaded conformance run (src/conformance/threads.ts): validates one variation as
 * `sbr conformance` does in one thread and judges it (`runVariation`); only the outcome goes back. Every document
 * parsed here stays in this thread's document cache (all documents, at most 64 MiB of sources) for the thread's life,
 * and so does every local file its resolvers read (src/resolve/resolver.ts `keepLocalFiles`, at most 64 MiB).
 */
import { validate, type ValidateOptions } from '../validate/node.js';
import { configureDocumentCache } from '../xml/document-cache.js';
import { keepLocalFiles } from '../resolve/resolver.js';
import { variationFormulaOptions, variationInputs } from './formula.js';
import { runVariation, SUITE_CACHE_BYTES, type VariationOutcome } from './runner.js';
import type { Variation } from './suite.js';

/** One variation, as sent by the pool. */
export interface VariationTask {
  variation: Variation;
  options: ValidateOptions;
  expectedAmongFindings: boolean;
}

configureDocumentCache({ scope: 'all', maxBytes: SUITE_CACHE_BYTES });
keepLocalFiles(SUITE_CACHE_BYTES);

/** Validates and judges one variation; never rejects for the variation's own failure. */
export default async function runVariationTask(task: VariationTask): Promise<VariationOutcome> {
  return runVariation(
    task.variation,
    (v) => validate(variationInputs(v), { ...task.options, formula: variationFormulaOptions(v) }),
    undefined,
    task.expectedAmongFindings,
  );
}
