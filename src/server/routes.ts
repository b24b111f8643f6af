/**
 * The API routes of `sbr serve`: `POST /v1/validate`, `GET /v1/validators`, `GET /v1/validators/{id}/artifact`,
 * `GET /healthz`, `GET /v1/openapi.json`. A handler parses the request, hands the filing to the worker pool (which calls
 * the library exactly as `sbr validate --validator FILE --format json` does) and returns its JSON text unchanged.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { ArtifactHeader } from '../artifact/format.js';
import type { MessageParams } from '../findings.js';
import { englishMessage } from '../messages/index.js';
import { HttpError } from './errors.js';
import type { Metrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { QueueFullError, type ValidationPool } from './pool.js';

/** A validator artifact the server offers: id (file name without `.sbrv`), path, header and bytes. */
export interface ServedValidator {
  id: string;
  path: string;
  header: ArtifactHeader;
  bytes: Uint8Array;
}

export interface RouteOptions {
  validators: ServedValidator[];
  pool: ValidationPool;
  metrics: Metrics;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Time a validation may take, in ms; then 504 sbr:timeout and the worker is replaced. */
  requestTimeoutMs: number;
  /** Seconds a client is told to wait in `Retry-After` when the queue is full. */
  retryAfterSeconds?: number;
}

/** Media types of a filing sent as the body, and the file name it gets when `name=` does not give one. */
const BODY_TYPES: Record<string, string> = {
  'application/xml': 'filing.xbrl',
  'text/xml': 'filing.xbrl',
  'application/xhtml+xml': 'filing.xhtml',
  'text/html': 'filing.html',
  'application/zip': 'filing.zip',
};

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._ ()-]{0,199}$/;

/** A client's file name as a bare, safe name. @throws HttpError 400 sbr:badFileName */
function safeName(name: string): string {
  const base = name;
  if (!FILE_NAME.test(base) || base.includes('..')) throw new HttpError(400, 'sbr:badFileName', { name });
  return base;
}

/** The summary of an artifact that `GET /v1/validators` lists. */
export function describeValidator(v: ServedValidator) {
  return {
    id: v.id,
    entryPoints: v.header.taxonomy.entryPoints,
    packages: v.header.taxonomy.packages.map((p) => ({
      name: p.name,
      version: p.version,
      ...(p.identifier ? { identifier: p.identifier } : {}),
    })),
    profile: v.header.profile ?? null,
    formatVersion: v.header.formatVersion,
    compiledFormatVersion: v.header.compiledFormatVersion,
    concepts: v.header.stats.concepts,
    documents: v.header.documents.length,
    artifact: `/v1/validators/${encodeURIComponent(v.id)}/artifact`,
  };
}

export function apiRoutes(o: RouteOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.removeAllContentTypeParsers(); // no JSON or text bodies: anything but the types below is a 415
    await app.register(multipart, { limits: { fileSize: o.bodyLimit, files: 200, fields: 20 } });
    app.addContentTypeParser(
      Object.keys(BODY_TYPES),
      { parseAs: 'buffer', bodyLimit: o.bodyLimit },
      (_req, body, done) => done(null, body),
    );

    const find = (id: string | undefined): ServedValidator => {
      if (id === undefined || id === '') {
        if (o.validators.length === 1) return o.validators[0]!;
        throw new HttpError(400, 'sbr:validatorRequired', { ids: o.validators.map((v) => v.id) });
      }
      const v = o.validators.find((x) => x.id === id);
      if (!v)
        throw new HttpError(400, 'sbr:unknownValidator', {
          k: 'served',
          id,
          ids: o.validators.map((x) => x.id),
        });
      return v;
    };

    app.get('/healthz', async () => ({
      status: 'ok',
      validators: o.validators.length,
      workers: o.pool.threads,
      queued: o.pool.queued,
    }));
    app.get('/v1/openapi.json', async () => openApiDocument());
    app.get('/v1/validators', async () => ({ validators: o.validators.map(describeValidator) }));
    app.get<{ Params: { id: string } }>('/v1/validators/:id/artifact', async (req, reply) => {
      const v = o.validators.find((x) => x.id === req.params.id);
      if (!v) throw new HttpError(404, 'sbr:unknownValidator', { k: 'artifact', id: req.params.id });
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${v.id}.sbrv"`)
        .header('cache-control', 'no-cache')
        .send(Buffer.from(v.bytes));
    });

    app.post<{ Querystring: { validator?: string; lang?: string; profile?: string; name?: string; url?: string } }>(
      '/v1/validate',
      async (req, reply) => {
        const v = find(req.query.validator);
        const lang = req.query.lang ?? 'en';
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
          throw new HttpError(400, 'sbr:badRequest', { k: 'lang', lang });
        const files = await readFiles(req, o.bodyLimit);
        const url = req.query.url;
        if (url !== undefined && (files.length !== 1 || !/^(\/|[A-Za-z]:[\\/]|https?:\/\/)/.test(url)))
          throw new HttpError(400, 'sbr:badRequest', { k: 'url' });
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), o.requestTimeoutMs);
        let outcome;
        try {
          outcome = await o.pool.run(
            {
              validatorPath: v.path,
              files,
              lang,
              ...(url ? { url } : {}),
              ...(req.query.profile ? { profile: req.query.profile } : {}),
            },
            controller.signal,
          );
        } catch (e) {
          if (e instanceof QueueFullError)
            throw new HttpError(503, 'sbr:busy', {}, { 'retry-after': String(o.retryAfterSeconds ?? 5) });
          if (controller.signal.aborted)
            throw new HttpError(504, 'sbr:timeout', { seconds: o.requestTimeoutMs / 1000 });
          const msg = (e as Error).message ?? String(e);
          type Coded = { code: string; message: string; params?: MessageParams };
          if ((e as { finding?: Coded }).finding) {
            const f = (e as { finding: Coded }).finding;
            throw new HttpError(422, f.code, f.params ?? {}, {}, f.message);
          }
          req.log.error({ err: e }, 'validation worker failed');
          throw new HttpError(500, 'sbr:workerCrashed', { k: 'server', reason: msg });
        } finally {
          clearTimeout(timer);
        }
        o.metrics.addFindings(outcome.severities);
        if (outcome.fatal) {
          // The filing could not be validated at all (not XML, schemaRef unresolvable, ...): 422 with the first
          // unvalidated document's code, and the JSON of `sbr validate --format json` under `report`.
          const report = JSON.parse(outcome.json) as {
            findings: { code: string; message: string; params?: MessageParams }[];
            documents: { kind: string; code?: string }[];
          };
          const code =
            report.documents.find((d) => d.kind === 'unvalidated')?.code ??
            report.findings[0]?.code ??
            'sbr:unvalidated';
          const f = report.findings.find((x) => x.code === code) ?? report.findings[0];
          return reply
            .code(422)
            .type('application/json')
            .send({
              error: f
                ? { code, message: f.message, params: f.params ?? {} }
                : { code, message: englishMessage('sbr:unvalidated', {}), params: {} },
              report,
            });
        }
        return reply.code(200).type('application/json').send(outcome.json);
      },
    );
  };
}

/** The filing's files from the body (one document, named by `name=` or by its media type) or from multipart parts. */
async function readFiles(
  req: FastifyRequest<{ Querystring: { name?: string } }>,
  bodyLimit: number,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (req.isMultipart()) {
    const files: { name: string; bytes: Uint8Array }[] = [];
    let total = 0;
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      const bytes = await part.toBuffer();
      total += bytes.length;
      if (total > bodyLimit) throw new HttpError(413, 'sbr:requestTooLarge', { limit: bodyLimit });
      const name = safeName(part.filename || `file${files.length}`);
      if (files.some((f) => f.name === name)) throw new HttpError(400, 'sbr:badRequest', { k: 'duplicateName', name });
      files.push({ name, bytes: new Uint8Array(bytes) });
    }
    if (!files.length) throw new HttpError(400, 'sbr:badRequest', { k: 'noFilePart' });
    return files;
  }
  const body = req.body;
  if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'sbr:badRequest', { k: 'noBody' });
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const name = req.query.name ? safeName(req.query.name) : (BODY_TYPES[type] ?? 'filing.xbrl');
  return [{ name, bytes: new Uint8Array(body) }];
}
