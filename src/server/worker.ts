/**
 * A validation worker of `sbr serve` (a piscina worker thread). It loads each validator artifact once, on its first
 * filing, and validates filings exactly as `sbr validate --validator FILE --format json` does: the same `validate()`
 * call with the same options, the same `formatValidationJson`. No validation logic lives here.
 *
 * A filing's files are written to a private temporary folder (mkdtemp) for the duration of the validation and the
 * folder is removed afterwards, whatever happens; the resolver is offline (no network fetch) and reads no local file
 * outside that folder (ResolverOptions.localRoots: an absolute schemaRef such as file:///etc/passwd in an uploaded
 * filing is "not found", never read). File names in the JSON
 * are the names the client gave (the temporary folder is taken out of them).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '../artifact/node.js';
import { formatValidationJson } from '../report/json.js';
import { Resolver } from '../resolve/index.js';
import { validate, type ValidateOptions } from '../validate/node.js';

/** One validation request, as sent by the pool (src/server/pool.ts). */
export interface ValidateTask {
  /** Path of the `.sbrv` file (read once per worker). */
  validatorPath: string;
  /** The filing's files: the first is the one validated, the others are documents it references (extension schema...). */
  files: { name: string; bytes: Uint8Array }[];
  /**
   * The filing's own URL or path as the filer knows it (`?url=`): its relative references (schemaRef, linkbaseRef)
   * resolve against it, and findings name it, as `sbr validate` run on that file would. Only with one file.
   */
  url?: string;
  lang?: string;
  profile?: string;
  maxDocumentBytes?: number;
}

/** What the worker answers: the JSON text of `sbr validate --format json`, and whether the filing could not be validated. */
export interface ValidateOutcome {
  json: string;
  fatal: boolean;
  /** Findings by severity (for /metrics). */
  severities: Record<string, number>;
}

const validators = new Map<string, Promise<Validator>>();

function loadOnce(path: string): Promise<Validator> {
  let v = validators.get(path);
  if (!v) {
    v = Validator.load(path);
    validators.set(path, v);
  }
  return v;
}

/** Validates one filing. @throws FatalInputError only for an unreadable artifact (the server checked it at start). */
export default async function validateTask(task: ValidateTask): Promise<ValidateOutcome> {
  // Test hook (tests/server): a filing containing this marker ends the worker thread, as a crash would.
  const marker = process.env['SBR_SERVE_CRASH_MARKER'];
  if (marker && task.files.some((f) => Buffer.from(f.bytes).includes(marker))) process.exit(70);

  const validator = await loadOnce(task.validatorPath);
  const dir = mkdtempSync(join(tmpdir(), 'sbr-serve-'));
  try {
    for (const f of task.files) writeFileSync(join(dir, f.name), f.bytes);
    // the options of `sbr validate --validator FILE` with no package, cache or catalog and offline (src/cli/main.ts)
    const opts: ValidateOptions = {
      packages: [],
      caches: [],
      catalogs: [],
      online: false,
      lang: task.lang ?? 'en',
      formula: { mode: 'run' },
      keepGoing: true,
    };
    if (task.maxDocumentBytes !== undefined) opts.maxDocumentBytes = task.maxDocumentBytes;
    // untrusted input: no local file but the request's own (a schemaRef file:///etc/... or /etc/... is not read)
    opts.resolver = Resolver.create({ ...opts, localRoots: [dir] });
    opts.taxonomies = validator.taxonomySource(opts.resolver);
    opts.profile = task.profile ?? validator.header.profile;
    const first = task.files[0]!;
    const result = await validate(
      [task.url && task.files.length === 1 ? { url: task.url, bytes: first.bytes } : join(dir, first.name)],
      opts,
    );
    const severities: Record<string, number> = {};
    for (const f of result.findings) severities[f.severity] = (severities[f.severity] ?? 0) + 1;
    return {
      json: formatValidationJson(result)
        .split(dir + '/')
        .join(''),
      fatal: result.fatal,
      severities,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
