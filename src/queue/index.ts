/**
 * Validation at scale on a BullMQ work queue (Redis) shared by many processes and machines (issue 13).
 *
 * - `startWorker(url, …)` takes jobs from the queue `sbr-validate`, validates each filing exactly as
 *   `sbr validate [--validator FILE] --format json` does (the same `validate()` call, the same `formatValidationJson`;
 *   no validation logic lives here) and stores that JSON document as the job's result (`returnvalue`).
 * - `submitFilings(url, …)` puts filings on the queue, their bytes in the job (src/queue/filing.ts), keyed by content:
 *   the job id is sha256(filing + artifact sha256 + options), so a repeated submission is answered from the stored result.
 * - `queueStatus(url)` counts waiting, active, completed and failed jobs.
 *
 * Crash recovery is BullMQ's stalled-job check: a job whose worker died (its lock not renewed within `lockDurationMs`)
 * goes back to waiting once (`maxStalledCount` 1) and is taken by another worker; a job that stalls a second time,
 * or throws twice (`attempts` 2), ends as failed with the reason. An input that is not a filing is not a crash: it gets
 * a normal result whose finding says so (e.g. `sbr:notXml`).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Job, Queue, QueueEvents, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { Piscina } from 'piscina';
import { loadArtifactFiles } from '../artifact/node.js';
import { batchLine as formatBatchLine } from '../report/json.js';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { jobKey, packFiling, type FilingJobData } from './filing.js';
import { JobRefusedError, runFilingJob, type ServedValidators, type ValidationReport } from './job.js';
import type { QueueTask, QueueTaskOutcome } from './thread.js';

export { jobKey, packFiling, type FilingJobData, type JobFile } from './filing.js';
export type { ServedValidators, ValidationReport } from './job.js';

/** The BullMQ queue name. */
export const QUEUE_NAME = 'sbr-validate';
/** Redis hash: validator id → sha256 of its artifact, written by every worker serving it. */
const VALIDATORS_KEY = `sbr:${QUEUE_NAME}:validators`;

/** One line of `--format jsonl` (batch and `sbr queue submit --wait`): the input's name as given, verdict, findings, stats. */
export interface BatchLine {
  file: string;
  valid: boolean;
  /** What the input's documents are: `instance`, `taxonomy`, `reportPackage` or `unvalidated` (src/report/json.ts). */
  kind: string;
  findings: ValidationReport['findings'];
  stats: Record<string, number>;
}

/** The batch line of a report: stats summed over its documents (one document for an instance); src/report/json.ts. */
export function batchLine(file: string, report: ValidationReport): BatchLine {
  return formatBatchLine(file, report);
}

/** Exit code of a report, as `sbr validate`: 2 an input could not be validated, 1 invalid, 0 valid. */
export function reportExitCode(report: ValidationReport): number {
  return report.documents.some((d) => d.kind === 'unvalidated') ? 2 : report.valid ? 0 : 1;
}

/**
 * ioredis options from a `redis://[user:password@]host[:port][/db]` URL.
 * @throws FatalInputError `sbr:usage` for another URL
 */
export function redisOptions(url: string): {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
} {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FatalInputError(paramFinding('sbr:usage', 'error', { k: 'redisUrl', value: url }, {}));
  }
  if (u.protocol !== 'redis:')
    throw new FatalInputError(paramFinding('sbr:usage', 'error', { k: 'redisScheme', value: url }, {}));
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
  };
}

/**
 * Checks that Redis answers PING at `url` within `timeoutMs` (default 3000).
 * @throws FatalInputError `sbr:redisUnreachable` (with the address and the reason) when it does not
 */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const o = redisOptions(url);
  const client = new Redis({
    ...o,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  let cause: Error | undefined; // the socket's error (ECONNREFUSED, ENOTFOUND...), more telling than "Connection is closed"
  client.on('error', (e: Error) => (cause ??= e));
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_, no) => setTimeout(() => no(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
  } catch (e) {
    throw new FatalInputError(
      paramFinding(
        'sbr:redisUnreachable',
        'error',
        {
          host: o.host,
          port: o.port,
          url,
          reason: (cause ?? (e as Error)).message.replace(/\.$/, '') || 'connection refused',
        },
        {},
      ),
    );
  } finally {
    client.disconnect();
  }
}

function connection(url: string): ConnectionOptions {
  // BullMQ workers block on Redis: no per-request retry limit (BullMQ's requirement for worker connections)
  return { ...redisOptions(url), maxRetriesPerRequest: null };
}

export interface WorkerOptions {
  /** Validator artifacts (`.sbrv`) served; a job names one by id, the file name without `.sbrv`. */
  validators?: string[];
  /** Jobs validated at once by this process (default 1). */
  concurrency?: number;
  /**
   * BullMQ lock duration: a job whose worker stops renewing its lock for this long is stalled (default 30000 ms, BullMQ's).
   * Filings are validated in worker threads, so the process's event loop renews the locks however long a filing takes.
   */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for (default 30000 ms). */
  stalledIntervalMs?: number;
  /** Called after each job (completed or failed), e.g. for logs. */
  onJob?: (event: { id: string; name: string; state: 'completed' | 'failed'; reason?: string }) => void;
}

export interface RunningWorker {
  /** Stops taking jobs, finishes the jobs in hand, closes the connections. */
  close(): Promise<void>;
  /** The ids and sha256 of the artifacts served. */
  validators: { id: string; sha256: string }[];
}

/**
 * Starts a queue worker: loads each artifact once (`Validator.load`, envelope and sha256 checked), registers its id and
 * sha256 in Redis for submitters, then validates jobs until `close()`.
 * @throws FatalInputError `sbr:redisUnreachable`, `sbr:artifactNotFound`, `sbr:artifactCorrupt`, `sbr:usage` (two artifacts with one id)
 */
export async function startWorker(url: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  await checkRedis(url);
  // loaded here to refuse a bad artifact at start (and to register its sha256); each thread loads its own copy
  const artifacts = await loadArtifactFiles(options.validators ?? []);
  const served = artifacts.map((a) => ({ id: a.id, sha256: createHash('sha256').update(a.bytes).digest('hex') }));
  const paths = artifacts.map((a) => a.path);
  artifacts.length = 0;
  const registry = new Redis({ ...redisOptions(url), maxRetriesPerRequest: 1 });
  registry.on('error', () => {});
  for (const v of served) await registry.hset(VALIDATORS_KEY, v.id, v.sha256);
  registry.disconnect();

  // one thread per job validated at once (src/queue/thread.ts): this event loop only talks to Redis
  const concurrency = options.concurrency ?? 1;
  const fromSource = import.meta.url.endsWith('.ts'); // tests run the TypeScript sources through tsx
  const pool = new Piscina<QueueTask, QueueTaskOutcome>({
    filename: fileURLToPath(new URL(fromSource ? './thread-source.mjs' : './thread.js', import.meta.url)),
    minThreads: concurrency,
    maxThreads: concurrency,
    idleTimeout: 60 * 60_000,
  });
  const worker = new Worker<FilingJobData, ValidationReport>(
    QUEUE_NAME,
    async (job) => {
      const outcome = await pool.run({ data: job.data, validators: paths });
      if ('refused' in outcome) throw new UnrecoverableError(outcome.refused);
      return outcome.report;
    },
    {
      connection: connection(url),
      concurrency,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: 1,
    },
  );
  worker.on('error', () => {}); // connection hiccups: ioredis reconnects; BullMQ logs nothing by itself
  worker.on('completed', (job) => options.onJob?.({ id: job.id ?? '', name: job.data.name, state: 'completed' }));
  worker.on(
    'failed',
    (job, err) =>
      job && options.onJob?.({ id: job.id ?? '', name: job.data.name, state: 'failed', reason: err.message }),
  );
  await worker.waitUntilReady();
  return {
    close: async () => {
      await worker.close(); // finishes the jobs in hand
      await pool.destroy();
    },
    validators: served,
  };
}

/**
 * Validates one job's filing in this thread, as a worker thread of `startWorker` does (src/queue/job.ts
 * `runFilingJob`): the JSON of `sbr validate [--validator FILE] --format json` on the submitter's machine.
 * @throws UnrecoverableError for a job naming a validator this worker does not serve, or a file path leaving the job's folder
 */
export async function validateFilingJob(
  data: FilingJobData,
  served: ServedValidators = new Map(),
): Promise<ValidationReport> {
  try {
    return await runFilingJob(data, served);
  } catch (e) {
    if (e instanceof JobRefusedError) throw new UnrecoverableError(e.message);
    throw e;
  }
}

export interface SubmitOptions {
  /** A validator id served by the workers (their `--validator ID.sbrv`); none = live DTS discovery by the workers. */
  validatorId?: string;
  lang?: string;
  profile?: string;
  /** Wait for every result (default false: return once the jobs are queued). */
  wait?: boolean;
  /** With `wait`: called with each result as it completes (a filing whose job failed gets `error` instead). */
  onResult?: (r: SubmitResult) => void;
}

/** The outcome of one submitted filing: its job id, whether the stored result was reused, and the report or error. */
export interface SubmitResult {
  file: string;
  jobId: string;
  cached: boolean;
  report?: ValidationReport;
  /** The failure reason of a failed job (crashed two workers, or threw twice). */
  error?: string;
}

/**
 * Puts filings on the queue (paths, packed with `packFiling`, or job data built by the caller, e.g. a vendor's server).
 * A filing whose job (same key) already completed is answered from the stored result; a failed one is queued again.
 * @throws FatalInputError `sbr:redisUnreachable`; `sbr:unknownValidator` when no worker registered `validatorId`;
 *   `sbr:fileNotFound` for a missing path
 */
export async function submitFilings(
  url: string,
  filings: (string | FilingJobData)[],
  options: SubmitOptions = {},
): Promise<SubmitResult[]> {
  await checkRedis(url);
  const queue = new Queue<FilingJobData, ValidationReport>(QUEUE_NAME, { connection: connection(url) });
  queue.on('error', () => {});
  queue.setMaxListeners(filings.length + 20); // waitUntilFinished listens once per job
  const events = options.wait ? new QueueEvents(QUEUE_NAME, { connection: connection(url) }) : undefined;
  events?.on('error', () => {});
  events?.setMaxListeners(filings.length + 20);
  try {
    if (events) await events.waitUntilReady();
    let artifactHash = 'live';
    if (options.validatorId) {
      const client = await queue.client;
      const h = await client.hget(VALIDATORS_KEY, options.validatorId);
      if (!h)
        throw new FatalInputError(
          paramFinding('sbr:unknownValidator', 'error', { k: 'queue', id: options.validatorId }, {}),
        );
      artifactHash = h;
    }
    const jobs: { file: string; job: Job<FilingJobData, ValidationReport>; cached: boolean }[] = [];
    for (const f of filings) {
      const data =
        typeof f === 'string'
          ? packFiling(f, {
              ...(options.validatorId ? { validatorId: options.validatorId } : {}),
              ...(options.lang ? { lang: options.lang } : {}),
              ...(options.profile ? { profile: options.profile } : {}),
            })
          : f;
      const id = jobKey(data, artifactHash);
      let job = await Job.fromId<FilingJobData, ValidationReport>(queue, id);
      const state = job ? await job.getState() : undefined;
      if (job && state === 'failed') {
        await job.remove();
        job = undefined;
      }
      const cached = !!job && state === 'completed';
      // attempts 2: a job that throws is tried once more, then fails with the reason (stalls: maxStalledCount of the worker)
      if (!job)
        job = await queue.add('validate', data, {
          jobId: id,
          attempts: 2,
          removeOnComplete: false,
          removeOnFail: false,
        });
      jobs.push({ file: data.name, job, cached });
    }
    const results: SubmitResult[] = [];
    if (!events) return jobs.map((j) => ({ file: j.file, jobId: j.job.id!, cached: j.cached }));
    await Promise.all(
      jobs.map(async (j) => {
        let r: SubmitResult;
        try {
          const report = j.cached
            ? (await Job.fromId<FilingJobData, ValidationReport>(queue, j.job.id!))!.returnvalue
            : await j.job.waitUntilFinished(events);
          r = { file: j.file, jobId: j.job.id!, cached: j.cached, report };
        } catch (e) {
          r = { file: j.file, jobId: j.job.id!, cached: j.cached, error: (e as Error).message };
        }
        results.push(r);
        options.onResult?.(r);
      }),
    );
    return results;
  } finally {
    await events?.close();
    await queue.close();
  }
}

/** Job counts of the queue. @throws FatalInputError `sbr:redisUnreachable` */
export async function queueStatus(
  url: string,
): Promise<{ waiting: number; active: number; completed: number; failed: number; delayed: number }> {
  await checkRedis(url);
  const queue = new Queue(QUEUE_NAME, { connection: connection(url) });
  queue.on('error', () => {});
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
    return {
      waiting: c['waiting'] ?? 0,
      active: c['active'] ?? 0,
      completed: c['completed'] ?? 0,
      failed: c['failed'] ?? 0,
      delayed: c['delayed'] ?? 0,
    };
  } finally {
    await queue.close();
  }
}
