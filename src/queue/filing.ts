/**
 * A filing as a work-queue job: its bytes (and the bytes of the local documents it references, e.g. an extension
 * schema next to the instance), never a path, so any machine sharing the queue can validate it. Packaging only: no
 * validation logic here.
 */
import { paramFinding } from '../messages/index.js';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FatalInputError, finding } from '../findings.js';

/** One file of a filing job: its path relative to the job's folder (forward slashes) and its bytes in base64. */
export interface JobFile {
  path: string;
  base64: string;
}

/**
 * The data of one validation job (BullMQ job data, JSON).
 * - `name`: the name given by the submitter (`sbr queue submit` prints it as `file`)
 * - `main`: path (within `files`) of the document validated: an instance, Inline XBRL file, report package zip, or a
 *   report package folder
 * - `origin`: absolute folder of the files on the submitter's machine; the worker lays the files out under the same path
 *   inside a private temporary folder, so that relative references and the file names in the result are those of
 *   `sbr validate` on the submitter's machine (a name, never read on the worker)
 * - `validatorId`: a validator artifact served by the workers (`sbr queue worker --validator ID.sbrv`); none = live DTS discovery
 */
export interface FilingJobData {
  name: string;
  main: string;
  origin: string;
  files: JobFile[];
  validatorId?: string;
  lang?: string;
  profile?: string;
}

const MAX_FILES = 2000;
const MAX_BYTES = 200 * 1024 * 1024;

/** `href="..."`, `schemaLocation="ns loc ..."`: candidate references of an XML document to local files. */
function localReferences(bytes: Uint8Array, from: string): string[] {
  const text = Buffer.from(bytes).toString('utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:href|schemaLocation)\s*=\s*(["'])([\s\S]*?)\1/g)) {
    for (const token of m[2]!.split(/\s+/)) {
      const t = token.replace(/#.*$/, '');
      if (!t || /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(t) || !/\.(xsd|xml|xbrl)$/i.test(t)) continue;
      let p: string;
      try {
        p = resolve(dirname(from), decodeURIComponent(t));
      } catch {
        continue;
      }
      out.push(p);
    }
  }
  return out;
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/**
 * Packs a filing on this machine into job data: the file itself (or every file of a report package folder) and the local
 * documents it references, transitively (schemaRef, linkbaseRef, import, include by relative path; URLs are left to the
 * worker's resolver, as `sbr validate` leaves them to its own).
 * @throws FatalInputError `sbr:fileNotFound` for a missing input, `sbr:documentTooLarge` above 200 MiB or 2000 files
 */
export function packFiling(
  input: string,
  options: { validatorId?: string; lang?: string; profile?: string } = {},
): FilingJobData {
  const path = resolve(input);
  if (!existsSync(path))
    throw new FatalInputError(paramFinding('sbr:fileNotFound', 'error', { file: input }, { file: input }));
  const files = new Set<string>();
  const missing = new Set<string>();
  if (statSync(path).isDirectory()) {
    const all: string[] = [];
    walk(path, all);
    for (const f of all) files.add(f);
  } else {
    const todo = [path];
    while (todo.length) {
      const f = todo.pop()!;
      if (files.has(f)) continue;
      files.add(f);
      if (files.size > MAX_FILES) break;
      if (!/\.(xsd|xml|xbrl|html?|xhtml)$/i.test(f)) continue;
      for (const r of localReferences(readFileSync(f), f)) {
        if (files.has(r)) continue;
        if (existsSync(r) && statSync(r).isFile()) todo.push(r);
        else missing.add(r); // not sent, but inside the job's folder, so that its finding names it as sbr validate does
      }
    }
  }
  if (files.size > MAX_FILES)
    throw new FatalInputError(
      finding(
        'sbr:documentTooLarge',
        'error',
        `${input} references more than ${MAX_FILES} local files; submit it as a report package`,
        { file: input },
      ),
    );
  // the job's folder: the deepest folder holding the filing and everything it references
  let origin = dirname(path);
  for (const f of [...files, ...missing])
    while (relative(origin, f).startsWith('..') || isAbsolute(relative(origin, f))) origin = dirname(origin);
  let total = 0;
  const out: JobFile[] = [];
  for (const f of [...files].sort()) {
    const bytes = readFileSync(f);
    total += bytes.length;
    if (total > MAX_BYTES)
      throw new FatalInputError(
        finding('sbr:documentTooLarge', 'error', `${input} and the files it references are larger than 200 MiB`, {
          file: input,
        }),
      );
    out.push({ path: relative(origin, f).split(sep).join('/'), base64: bytes.toString('base64') });
  }
  return { name: input, main: relative(origin, path).split(sep).join('/'), origin, files: out, ...options };
}

/**
 * The job id: sha256 (hex) of the filing (every file's path and bytes), the artifact's sha256 (or `live` for DTS
 * discovery) and the options that change findings (lang, profile) and the folder names in the result are given under.
 */
export function jobKey(data: FilingJobData, artifactHash: string): string {
  const h = createHash('sha256');
  for (const f of [...data.files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    h.update(`${f.path}\0${createHash('sha256').update(f.base64, 'base64').digest('hex')}\0`);
  h.update(
    `main=${data.main}\0artifact=${artifactHash}\0lang=${data.lang ?? 'en'}\0profile=${data.profile ?? ''}\0origin=${data.origin}`,
  );
  return h.digest('hex');
}
