/**
 * Batch validation on one machine (issue 13 item 1): many inputs validated on a pool of worker threads (piscina), each
 * thread keeping what the inputs share (resolver, validator artifact, compiled DTSes: src/batch/validate-one.ts) for its
 * life. Every input gets its own result, reported as soon as it is done; an input that fails, even one that crashes
 * its thread, is that input's result (`unvalidated`, exit 2) and the batch goes on. No validation logic here.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Validator } from '../artifact/node.js';
import { paramFinding } from '../messages/index.js';
import { unvalidatedResult, type DocumentResult } from '../validate/node.js';
import { resolve as resolvePath } from 'node:path';
import { batchContext, type BatchValidateOptions } from './validate-one.js';
import type { BatchTask } from './worker.js';

export { batchInputs } from './inputs.js';
export { batchContext, type BatchValidateOptions, type ValidateOne } from './validate-one.js';

/** The result of one input of a batch: its position in the input list, the input as given, its documents. */
export interface InputResult {
  index: number;
  input: string;
  /** One document for an instance; one per report for a report package; one `unvalidated` document when it could not run. */
  documents: DocumentResult[];
}

export interface BatchRunOptions {
  /** Worker threads (default 1: the inputs are validated one after the other in this thread, no pool). */
  jobs?: number;
  /** Called with each input's result as soon as it is done (completion order, not input order). */
  onResult?: (r: InputResult) => void;
  /** The artifact of `options.validator`, already loaded by the caller (used in this thread when `jobs` is 1). */
  loaded?: Validator;
}

/**
 * Validates `inputs` (paths as `validate()` takes them) with `options`, on `jobs` worker threads.
 * @returns the inputs' results in input order
 * @throws FatalInputError only when `jobs` is 1 and `options.validator` cannot be loaded (callers check it first)
 */
export async function validateBatch(
  inputs: readonly string[],
  options: BatchValidateOptions,
  run: BatchRunOptions = {},
): Promise<InputResult[]> {
  const jobs = Math.max(1, Math.min(run.jobs ?? 1, inputs.length));
  const results: InputResult[] = new Array(inputs.length);
  const done = (index: number, documents: DocumentResult[]) => {
    const r = { index, input: inputs[index]!, documents };
    results[index] = r;
    run.onResult?.(r);
  };
  if (jobs === 1) {
    const validateOne = await batchContext(options, run.loaded);
    for (const [i, input] of inputs.entries()) done(i, await validateOne(input));
    return results;
  }
  const fromSource = import.meta.url.endsWith('.ts'); // tests run the TypeScript sources through tsx
  const pool = new Piscina<BatchTask, DocumentResult[]>({
    filename: fileURLToPath(new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
  });
  try {
    await Promise.all(
      inputs.map((input, i) =>
        pool.run({ input, options }).then(
          (documents) => done(i, documents),
          (e: unknown) =>
            // the thread died (crash, out of memory): this input's result; piscina starts another thread
            done(i, [
              unvalidatedResult(
                resolvePath(input),
                paramFinding(
                  'sbr:workerCrashed',
                  'error',
                  { k: 'batch', input, reason: (e as Error).message },
                  { file: resolvePath(input) },
                ),
              ),
            ]),
        ),
      ),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}
