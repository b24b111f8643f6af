/**
 * Coded JSON errors of `sbr serve`: `{"error": {"code": "sbr:…", "message": "…"}}` with the HTTP status. The codes are a
 * contract like the findings' codes: 400 sbr:badRequest / sbr:unknownValidator / sbr:validatorRequired / sbr:badFileName,
 * 404 sbr:notFound, 413 sbr:requestTooLarge, 415 sbr:unsupportedMediaType, 422 (the filing could not be validated:
 * the finding's own code, e.g. sbr:notXml), 500 sbr:workerCrashed / sbr:internal, 503 sbr:busy, 504 sbr:timeout.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { MessageParams } from '../findings.js';
import { englishMessage } from '../messages/index.js';

/** The body of an error answer: the code, its English message, and the params it is rendered from (src/messages). */
export interface ErrorBody {
  error: { code: string; message: string; params?: MessageParams };
}

/**
 * An error the route handlers throw to answer with `status` and a coded body. The message is the English catalog's
 * rendering of `params` (src/messages/en-app.ts), or `message` when given (a finding's message, already rendered).
 * @throws Error when `code` has no English message and no `message` is given (a programming error)
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: MessageParams = {},
    readonly headers: Record<string, string> = {},
    message?: string,
  ) {
    super(message ?? englishMessage(code, params));
  }
}

/** Answers `status` with `{"error": {code, message, params}}`, the message rendered in English from `params` unless given. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  params: MessageParams,
  message: string = englishMessage(code, params),
): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send({ error: { code, message, params } } satisfies ErrorBody);
}

/** Maps Fastify's own errors (body too large, unknown content type, bad multipart) to coded bodies; registered at the root. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, 'sbr:notFound', { method: req.method, path: req.url.split('?')[0] ?? '' }),
  );
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      return sendError(reply, err.status, err.code, err.params, err.message);
    }
    const code = (err as FastifyError).code ?? '';
    if (
      code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
      code === 'FST_REQ_FILE_TOO_LARGE' ||
      code === 'FST_FILES_LIMIT' ||
      (err as FastifyError).statusCode === 413
    ) {
      return sendError(reply, 413, 'sbr:requestTooLarge', { limit: app.initialConfig.bodyLimit });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || (err as FastifyError).statusCode === 415) {
      return sendError(reply, 415, 'sbr:unsupportedMediaType', { type: req.headers['content-type'] ?? '(none)' });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500)
      return sendError(reply, 400, 'sbr:badRequest', { detail: err.message }, err.message);
    req.log.error(err);
    return sendError(reply, 500, 'sbr:internal', { k: 'server' });
  });
}
