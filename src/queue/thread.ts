/**
 * A worker thread of `sbr queue worker` (a piscina pool, src/queue/index.ts `startWorker`): it loads the served
 * artifacts once, on its first job, and validates jobs (src/queue/job.ts), so that the process's event loop stays free
 * to renew the jobs' locks with Redis however long a filing takes.
 */
import { createHash } from 'node:crypto';
import { loadArtifactFiles } from '../artifact/node.js';
import type { FilingJobData } from './filing.js';
import { JobRefusedError, runFilingJob, type ServedValidators, type ValidationReport } from './job.js';

/** One job, as sent by the worker: its data and the paths of the artifacts served (ids are their file names). */
export interface QueueTask {
  data: FilingJobData;
  validators: string[];
}

/** The job's report, or why it was refused (the worker then fails it without retry). */
export type QueueTaskOutcome = { report: ValidationReport } | { refused: string };

const loaded = new Map<string, Promise<ServedValidators>>();

function served(paths: string[]): Promise<ServedValidators> {
  const key = JSON.stringify(paths);
  let s = loaded.get(key);
  if (!s) {
    s = loadArtifactFiles(paths).then(
      (files) =>
        new Map(
          files.map((a) => [
            a.id,
            { validator: a.validator, sha256: createHash('sha256').update(a.bytes).digest('hex') },
          ]),
        ),
    );
    loaded.set(key, s);
  }
  return s;
}

export default async function runQueueTask(task: QueueTask): Promise<QueueTaskOutcome> {
  try {
    return { report: await runFilingJob(task.data, await served(task.validators)) };
  } catch (e) {
    if (e instanceof JobRefusedError) return { refused: e.message };
    throw e;
  }
}
