/**
 * One work-queue job validated: the filing's files laid out in a private temporary folder under the submitter's folder
 * names, then the `validate()` of `sbr validate [--validator FILE] --format json`. No BullMQ here: this runs in the
 * queue worker's threads (src/queue/thread.ts), off the event loop that renews the jobs' locks. No validation logic
 * either: the same `validate()` and `formatValidationJson` as the CLI.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Validator } from '../artifact/node.js';
import { documentKey, stripFragment, type DtsStart } from '../dts/discover.js';
import type { Finding } from '../findings.js';
import type { TaxonomySource } from '../validate/core.js';
import { formatValidationJson } from '../report/json.js';
import { cacheFoldersFromEnv, Resolver } from '../resolve/index.js';
import { validate, type ValidateOptions } from '../validate/node.js';
import { resolveUrl } from '../xml/parse.js';
import type { FilingJobData } from './filing.js';

/** The JSON document of `sbr validate --format json` (src/report/json.ts), as stored as a job's result. */
export interface ValidationReport {
  valid: boolean;
  findings: (Omit<Finding, 'message'> & { message: string })[];
  documents: { file: string; kind: string; valid: boolean; code?: string; stats?: Record<string, number> }[];
}

/** The artifacts a worker serves, by id (the file name without `.sbrv`), with the sha256 of each file. */
export type ServedValidators = Map<string, { validator: Validator; sha256: string }>;

/** A job that no retry can make pass (unknown validator, a file path leaving the job's folder); BullMQ fails it at once. */
export class JobRefusedError extends Error {}

/**
 * The artifact's taxonomies for a job laid out under `dir`: an entry point of the filing (its schemaRef, ...) that names,
 * by a relative path, a document the artifact was compiled from (same path on the submitter's machine, same sha256) is
 * given to the artifact under that name. Without this the job's copy at `dir` + path is another URL, so the artifact
 * took the whole taxonomy for an extension and layered it over itself: every document twice (17 documents and 98
 * relationships instead of 11 and 49 for the demo filing, and 14 error findings on the valid demo filing).
 */
function submitterNamed(source: TaxonomySource, dir: string, validator: Validator): TaxonomySource {
  const compiled = new Map(validator.header.documents.map((d) => [documentKey(d.url), d.sha256]));
  const rename = (s: DtsStart): DtsStart => {
    const url = stripFragment(s.base ? resolveUrl(s.href, s.base) : s.href);
    if (!url.startsWith(dir + '/')) return s;
    const name = url.slice(dir.length);
    const sha256 = compiled.get(documentKey(name));
    if (!sha256) return s;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(url);
    } catch {
      return s;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) return s;
    const { base: _base, ...rest } = s;
    return { ...rest, href: name };
  };
  const named: TaxonomySource = {
    load(starts) {
      const given = starts.map(rename);
      const loaded = source.load(given);
      const moved = new Set(given.filter((s, i) => s !== starts[i]).map((s) => documentKey(s.href)));
      if (!moved.size) return loaded;
      // the instance's schemaRef still resolves into `dir` (XBRL 2.1 section 4.2: it must name a schema of the DTS):
      // the entry points are listed under that name too, the rest of the (frozen) compiled taxonomy is the artifact's
      const base = loaded.taxonomy;
      const documents = base.documents.map((d) => (moved.has(documentKey(d.url)) ? { ...d, url: dir + d.url } : d));
      const taxonomy = Object.create(base, { documents: { value: documents, enumerable: true } }) as typeof base;
      return { ...loaded, taxonomy };
    },
  };
  if (source.withDocuments) named.withDocuments = (d) => submitterNamed(source.withDocuments!(d), dir, validator);
  if (source.documents) named.documents = source.documents;
  return named;
}

/**
 * Validates one job's filing: writes its files to a private temporary folder, runs `validate()` with the options of
 * `sbr validate [--validator FILE] --format json` (offline; caches from SBR_CACHE), and returns that JSON document with
 * the files named as on the submitter's machine (they are written under DIR + `origin`, and DIR is taken out). The
 * folder is removed whatever happens.
 * @throws JobRefusedError for a job naming a validator this worker does not serve, or a file path leaving the job's folder
 */
export async function runFilingJob(
  data: FilingJobData,
  served: ServedValidators = new Map(),
): Promise<ValidationReport> {
  // Test hook (tests/conformance/queue.test.ts): a filing containing this marker kills the worker process, as a crash would.
  const marker = process.env['SBR_QUEUE_CRASH_MARKER'];
  if (marker && data.files.some((f) => Buffer.from(f.base64, 'base64').includes(marker)))
    process.kill(process.pid, 'SIGKILL');
  const v = data.validatorId ? served.get(data.validatorId) : undefined;
  if (data.validatorId && !v)
    throw new JobRefusedError(
      `This worker does not serve the validator ${data.validatorId} (sbr queue worker --validator ${data.validatorId}.sbrv)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'sbr-queue-'));
  try {
    if (!data.origin.startsWith('/') || data.origin.split('/').includes('..'))
      throw new JobRefusedError(`The job's origin ${data.origin} is not an absolute folder`);
    for (const f of data.files) {
      if (f.path.startsWith('/') || f.path.split('/').includes('..'))
        throw new JobRefusedError(`The job's file ${f.path} leaves the job's folder`);
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
      // the job's bytes are untrusted: local reads only inside its own folder (no schemaRef to /etc/..., issue 12)
      localRoots: [dir],
      lang: data.lang ?? 'en',
      formula: { mode: 'run' },
      keepGoing: true,
      calcMode: 'round',
    };
    if (data.profile) opts.profile = data.profile;
    if (v) {
      opts.resolver = Resolver.create(opts);
      opts.taxonomies = submitterNamed(v.validator.taxonomySource(opts.resolver), dir, v.validator);
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
