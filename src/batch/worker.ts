/**
 * A worker thread of a batch (`sbr validate --jobs N`, a piscina pool, src/batch/index.ts). Its validation context
 * (resolver, validator artifact, shared DTSes: src/batch/validate-one.ts) is created on its first input and kept for the
 * thread's life, so every artifact or DTS shared by several inputs is loaded once per thread.
 */
import { batchContext, type BatchValidateOptions, type ValidateOne } from './validate-one.js';
import type { DocumentResult } from '../validate/node.js';

/** One input of a batch, as sent by the pool. */
export interface BatchTask {
  input: string;
  /** The same object for every input of one batch; the context is made once per distinct options. */
  options: BatchValidateOptions;
}

const contexts = new Map<string, Promise<ValidateOne>>();

/** Validates one input; resolves with its documents (an input that could not be validated is one `unvalidated` document). */
export default async function validateBatchTask(task: BatchTask): Promise<DocumentResult[]> {
  // Test hook (tests/cli/batch.test.ts): an input whose name contains this marker ends the thread, as a crash would.
  const marker = process.env['SBR_BATCH_CRASH_MARKER'];
  if (marker && task.input.includes(marker)) process.exit(70);
  const key = JSON.stringify(task.options);
  let context = contexts.get(key);
  if (!context) {
    context = batchContext(task.options);
    contexts.set(key, context);
  }
  return (await context)(task.input);
}
