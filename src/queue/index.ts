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
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Job, Queue, QueueEvents, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { loadArtifactFiles, Validator } from '../artifact/node.js';
import { batchLine as formatBatchLine, formatValidationJson } from '../report/json.js';
import { FatalInputError, finding, type Finding } from '../findings.js';
import { cacheFoldersFromEnv, Resolver } from '../resolve/index.js';
import { validate, type ValidateOptions } from '../validate.js';
import { jobKey, packFiling, type FilingJobData } from './filing.js';

export { jobKey, packFiling, type FilingJobData, type JobFile } from './filing.js';

/** The BullMQ queue name. */
export const QUEUE_NAME = 'sbr-validate';
/** Redis hash: validator id → sha256 of its artifact, written by every worker serving it. */
const VALIDATORS_KEY = `sbr:${QUEUE_NAME}:validators`;

/** The JSON document of `sbr validate --format json` (src/report/json.ts), as stored as a job's result. */
export interface ValidationReport {
  valid: boolean;
  findings: (Omit<Finding, 'message'> & { message: string })[];
  documents: { file: string; kind: string; valid: boolean; code?: string; stats?: Record<string, number> }[];
}

/** One line of `--format jsonl` (batch and `sbr queue submit --wait`): the input's name as given, verdict, findings, stats. */
export interface BatchLine {
  file: string;
  valid: boolean;
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
    throw new FatalInputError(
      finding('sbr:usage', 'error', `--redis takes a URL such as redis://127.0.0.1:6379, not "${url}"`, {}),
    );
  }
  if (u.protocol !== 'redis:')
    throw new FatalInputError(finding('sbr:usage', 'error', `--redis takes a redis:// URL, not "${url}"`, {}));
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
      finding(
        'sbr:redisUnreachable',
        'error',
        `Cannot reach Redis at ${o.host}:${o.port} (${url}): ${(cause ?? (e as Error)).message.replace(/\.$/, '') || 'connection refused'}. Start redis-server or give the right --redis URL`,
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
   * BullMQ lock duration: a job whose worker stops renewing its lock for this long is stalled (default 120000 ms). The
   * validation runs on the worker's event loop, which renews the lock only between synchronous stretches: this must
   * exceed the longest of those (a large KvK report package: 20-35 s), or a busy job is taken for a dead one.
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
  const served = new Map<string, { validator: Validator; sha256: string }>();
  for (const a of await loadArtifactFiles(options.validators ?? [])) {
    served.set(a.id, { validator: a.validator, sha256: createHash('sha256').update(a.bytes).digest('hex') });
  }
  const registry = new Redis({ ...redisOptions(url), maxRetriesPerRequest: 1 });
  registry.on('error', () => {});
  for (const [id, v] of served) await registry.hset(VALIDATORS_KEY, id, v.sha256);
  registry.disconnect();

  const worker = new Worker<FilingJobData, ValidationReport>(QUEUE_NAME, (job) => validateFilingJob(job.data, served), {
    connection: connection(url),
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockDurationMs ?? 120_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: 1,
  });
  worker.on('error', () => {}); // connection hiccups: ioredis reconnects; BullMQ logs nothing by itself
  worker.on('completed', (job) => options.onJob?.({ id: job.id ?? '', name: job.data.name, state: 'completed' }));
  worker.on(
    'failed',
    (job, err) =>
      job && options.onJob?.({ id: job.id ?? '', name: job.data.name, state: 'failed', reason: err.message }),
  );
  await worker.waitUntilReady();
  return { close: () => worker.close(), validators: [...served].map(([id, v]) => ({ id, sha256: v.sha256 })) };
}

/**
 * Validates one job's filing: writes its files to a private temporary folder, runs `validate()` with the options of
 * `sbr validate [--validator FILE] --format json` (offline; caches from SBR_CACHE), and returns that JSON document with
 * the files named as on the submitter's machine (they are written under DIR + `origin`, and DIR is taken out). The folder is removed whatever happens.
 * @throws UnrecoverableError for a job naming a validator this worker does not serve, or a file path leaving the job's folder
 */
export async function validateFilingJob(
  data: FilingJobData,
  served: Map<string, { validator: Validator; sha256: string }> = new Map(),
): Promise<ValidationReport> {
  // Test hook (tests/conformance/queue.test.ts): a filing containing this marker kills the worker process, as a crash would.
  const marker = process.env['SBR_QUEUE_CRASH_MARKER'];
  if (marker && data.files.some((f) => Buffer.from(f.base64, 'base64').includes(marker)))
    process.kill(process.pid, 'SIGKILL');
  const v = data.validatorId ? served.get(data.validatorId) : undefined;
  if (data.validatorId && !v)
    throw new UnrecoverableError(
      `This worker does not serve the validator ${data.validatorId} (sbr queue worker --validator ${data.validatorId}.sbrv)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'sbr-queue-'));
  try {
    if (!data.origin.startsWith('/') || data.origin.split('/').includes('..'))
      throw new UnrecoverableError(`The job's origin ${data.origin} is not an absolute folder`);
    for (const f of data.files) {
      if (f.path.startsWith('/') || f.path.split('/').includes('..'))
        throw new UnrecoverableError(`The job's file ${f.path} leaves the job's folder`);
      const p = join(dir, data.origin, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, Buffer.from(f.base64, 'base64'));
    }
    // the options of `sbr validate` (src/cli/main.ts resolverOptions) with its defaults, offline
    const opts: ValidateOptions = {
      packages: [],
      caches: cacheFoldersFromEnv(),
      catalogs: [],
      online: false,
      lang: data.lang ?? 'en',
      formula: { mode: 'run' },
      keepGoing: true,
      calcMode: 'round',
    };
    if (data.profile) opts.profile = data.profile;
    if (v) {
      opts.resolver = Resolver.create(opts);
      opts.taxonomies = v.validator.taxonomySource(opts.resolver);
      if (!opts.profile && v.validator.header.profile) opts.profile = v.validator.header.profile;
    }
    const result = await validate([join(dir, data.origin, data.main)], opts);
    // the files lie at DIR/origin/...: without DIR, the names are those on the submitter's machine
    const json = formatValidationJson(result).split(JSON.stringify(dir).slice(1, -1)).join('');
    return JSON.parse(json) as ValidationReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
          finding(
            'sbr:unknownValidator',
            'error',
            `No worker serves the validator ${options.validatorId}: start one with sbr queue worker --validator ${options.validatorId}.sbrv`,
            {},
          ),
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
